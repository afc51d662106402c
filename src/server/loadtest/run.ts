/**
 * One load test: start (or target) the class servers, make the classes as a teacher would
 * (POST /api/classes), seat every student (POST /api/join) and connect each with its own
 * colyseus.js client, let the teams play at the given pace until the time or action bound, then
 * measure and report. Every loop here is bounded: joins by the student count, play by
 * `duration` and `maxActions`, the wind-down by the answer timeout.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Client } from 'colyseus.js';
import type { ClassSetup, CreatedClass, HttpRefusal, JoinReply } from '../../net/protocol';
import { loadScenarioText } from '../../scenario/loadScenario';
import type { ScenarioEntry } from '../../state/gameChoice';
import type { LoadOptions } from './options';

import { type Bot, RoomDriver } from './roomDriver';
import { heapOf, startServers, usageOf } from './servers';
import { buildReport, countError, type LoadReport, newStats, type ServerUsage } from './stats';

const ANSWER_TIMEOUT_MS = 10_000;
const JOIN_CONCURRENCY = 25;
const TEACHER_POLL_MS = 10_000;

export function loadEntry(id: string, dir = 'scenarios'): ScenarioEntry {
  const file = join(dir, `${id}.yaml`);
  const r = loadScenarioText(readFileSync(file, 'utf8'), file);
  if (!r.ok) throw new Error(`scenario ${id} does not load: ${r.problems.map((p) => p.message).join('; ')}`);
  return { id, hash: r.hash, scenario: r.scenario };
}

/** A small seeded generator (mulberry32) for think times: two runs with one seed pace alike. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function postJson<T>(url: string, body: unknown, headers: Record<string, string> = {}): Promise<T> {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const reply = (await r.json().catch(() => null)) as T | HttpRefusal | null;
  if (!r.ok || !reply) throw new Error(`${url}: HTTP ${r.status} ${JSON.stringify((reply as HttpRefusal | null)?.refusal ?? reply)}`);
  return reply as T;
}

/** Runs in bounded batches of `limit` at once. */
async function inBatches<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await fn(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

export type RunLog = (line: string) => void;

export async function runLoadTest(o: LoadOptions, log: RunLog = () => {}): Promise<LoadReport> {
  const entry = loadEntry(o.scenario);
  const sc = entry.scenario;
  const teams = sc.actors.filter((a) => a.playable).map((a) => a.id);
  if (o.preset && !(sc.presets ?? []).some((p) => p.id === o.preset)) throw new Error(`scenario ${o.scenario} has no preset ${o.preset}`);
  const roomsPerClass = Math.ceil(o.students / o.roomSize);
  const perTeam = Math.ceil(Math.ceil(o.students / roomsPerClass) / teams.length);

  const set = o.url ? null : await startServers(o.processes, o.redis);
  const urls = o.url ? [o.url.replace(/\/$/, '')] : (set?.servers.map((s) => s.url) ?? []);
  const stats = newStats();
  const drivers = new Map<string, RoomDriver>();
  const rng = seeded(o.seed);
  let sent = 0;
  let endAt = Number.POSITIVE_INFINITY;
  const timers: ReturnType<typeof setInterval>[] = [];
  try {
    const before = new Map(set?.servers.map((s) => [s.pid, usageOf(s)]) ?? []);
    const heapBefore = new Map(await Promise.all((set?.servers ?? []).map(async (s) => [s.pid, await heapOf(s)] as const)));
    log(`servers: ${urls.join(' ')}${set?.redis ? ` on ${set.redis.url}` : ''}`);

    // The classes, made by their teachers, spread over the processes.
    const classes: { code: string; key: string; url: string }[] = [];
    for (let c = 0; c < o.classes; c++) {
      const setup: ClassSetup = {
        scenarioId: o.scenario,
        ...(o.preset ? { preset: o.preset } : {}),
        seed: o.seed + c,
        teams,
        aiLevel: 'normal',
        rooms: roomsPerClass,
        perTeam,
        seating: 'assigned',
      };
      const url = urls[c % urls.length] as string;
      const made = await postJson<CreatedClass>(`${url}/api/classes`, setup);
      classes.push({ code: made.code, key: made.teacherKey, url });
    }
    log(`${classes.length} classes made (${roomsPerClass} rooms each, up to ${perTeam} per team)`);

    // Every student: a seat by code and name, through the process their number falls on, then their own WebSocket.
    const students = classes.flatMap((c, ci) =>
      Array.from({ length: o.students }, (_, si) => ({ c, name: `Student ${ci + 1}-${si + 1}`, n: ci * o.students + si })),
    );
    const driverOptions = {
      entry,
      stats,
      paceMs: o.pace * 1000,
      botLevel: 'easy' as const,
      rng,
      mayAct: () => {
        if (Date.now() >= endAt || (o.maxActions > 0 && sent >= o.maxActions)) return false;
        sent++;
        return true;
      },
      answerTimeoutMs: ANSWER_TIMEOUT_MS,
      now: () => performance.now(),
    };
    const joinStart = performance.now();
    await inBatches(students, JOIN_CONCURRENCY, async (s) => {
      const url = urls[s.n % urls.length] as string;
      try {
        const reply = await postJson<JoinReply>(`${url}/api/join`, { code: s.c.code, name: s.name });
        if (!('seat' in reply)) throw new Error('seating asks to choose');
        let d = drivers.get(reply.seat.roomId);
        if (!d) {
          d = new RoomDriver(reply.seat.roomId, driverOptions);
          drivers.set(reply.seat.roomId, d);
        }
        const bot: Bot = { name: reply.name, side: reply.seat.side, room: null, clientSeq: 0, pending: null };
        await d.join(new Client(url), s.c.code, bot);
      } catch (e) {
        countError(stats, 'join failed');
        log(`join failed for ${s.name}: ${(e as Error).message}`);
      }
    });
    const joinSeconds = (performance.now() - joinStart) / 1000;
    log(`${students.length} students joined ${drivers.size} rooms in ${joinSeconds.toFixed(1)} s`);

    // The teachers' consoles ask for their class's status now and then, as an open console does.
    for (const c of classes) {
      timers.push(
        setInterval(() => {
          fetch(`${c.url}/api/classes/${c.code}`, { headers: { 'x-teacher-key': c.key } })
            .then((r) => {
              if (!r.ok) countError(stats, `console HTTP ${r.status}`);
            })
            .catch(() => countError(stats, 'console unreachable'));
        }, TEACHER_POLL_MS),
      );
    }

    const playStart = Date.now();
    endAt = playStart + o.duration * 1000;
    const cpuStart = process.cpuUsage();
    // The tester's own event-loop delay: a round trip also waits for the tester to read its answer.
    const lag = monitorEventLoopDelay({ resolution: 10 });
    lag.enable();
    for (const d of drivers.values()) d.start();
    // Play until the time is up, the action bound is reached, or every game is over; then let the last answers arrive.
    while (Date.now() < endAt && !(o.maxActions > 0 && sent >= o.maxActions) && [...drivers.values()].some((d) => !d.over)) {
      await new Promise((r) => setTimeout(r, 200));
    }
    const windDown = Date.now() + ANSWER_TIMEOUT_MS + 1000;
    endAt = Math.min(endAt, Date.now());
    while (Date.now() < windDown && [...drivers.values()].some((d) => d.busy())) await new Promise((r) => setTimeout(r, 50));
    const seconds = (Date.now() - playStart) / 1000;
    const tester = process.cpuUsage(cpuStart);
    lag.disable();

    const heapAfter = new Map(await Promise.all((set?.servers ?? []).map(async (s) => [s.pid, await heapOf(s)] as const)));
    const servers: ServerUsage[] = (set?.servers ?? []).flatMap((s) => {
      const a = before.get(s.pid);
      const b = usageOf(s);
      const heapStart = heapBefore.get(s.pid)?.heapUsed ?? null;
      const heapEnd = heapAfter.get(s.pid)?.heapUsed ?? null;
      return a && b
        ? [{ label: `process :${s.port}`, cpuSeconds: b.cpuSeconds - a.cpuSeconds, rssStart: a.rss, rssEnd: b.rss, heapStart, heapEnd }]
        : [];
    });
    const report = buildReport(
      stats,
      { classes: o.classes, students: students.length, rooms: drivers.size, processes: urls.length, redis: !!set?.redis, seconds },
      servers,
    );
    report.tester = {
      cpuSeconds: (tester.user + tester.system) / 1e6,
      lagP99: lag.percentile(99) / 1e6,
      loadAverage: loadavg()[0] ?? 0,
      cores: availableParallelism(),
    };
    return report;
  } finally {
    for (const t of timers) clearInterval(t);
    await Promise.all([...drivers.values()].map((d) => d.stop()));
    await set?.stop();
  }
}
