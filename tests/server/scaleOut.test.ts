/**
 * Scale-out, for real: a redis-server and two class server processes on loopback ports. A class
 * made through one process seats students through both; they play (real colyseus.js clients, moves
 * chosen by the AI) with every turn hash checked against the server's; then the process hosting a
 * room is killed, its students come back through the other, which rebuilds the room from the log
 * in Redis, and the game goes on from where it stood.
 */
import { RedisDriver } from '@colyseus/redis-driver';
import { Client } from 'colyseus.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreatedClass, JoinReply } from '../../src/net/protocol';
import { type Bot, RoomDriver } from '../../src/server/loadtest/roomDriver';
import { loadEntry, seeded } from '../../src/server/loadtest/run';
import { type ServerSet, startServers } from '../../src/server/loadtest/servers';
import { newStats } from '../../src/server/loadtest/stats';

const entry = loadEntry('paz-pivot');
let set: ServerSet;

beforeAll(async () => {
  set = await startServers(2, true, { redis: 25710, servers: [25711, 25712] });
}, 120_000);
afterAll(async () => {
  if (process.env.SCALE_DEBUG) for (const s of set?.servers ?? []) console.log(`--- server :${s.port}\n${s.output()}`);
  await set?.stop();
}, 30_000);

async function post<T>(url: string, body: unknown): Promise<T> {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(r.status, `${url} ${JSON.stringify(body)}`).toBeLessThan(300);
  return (await r.json()) as T;
}

let detail = (): string => '';

async function until(what: string, ok: () => boolean, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${detail()}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('two class server processes on Redis', () => {
  it('plays a class with students on each process, and resumes a room whose process died', async () => {
    const [a, b] = set.servers;
    if (!a || !b) throw new Error('two servers expected');
    const made = await post<CreatedClass>(`${a.url}/api/classes`, {
      scenarioId: 'paz-pivot',
      preset: 'class',
      seed: 11,
      teams: ['us', 'bolivia'],
      aiLevel: 'easy',
      rooms: 2,
      perTeam: 2,
      seating: 'assigned',
    });
    expect(made.rooms).toHaveLength(2);

    // The class code works through either process: eight students, alternately through A and B.
    const stats = newStats();
    let budget = 0;
    const options = {
      entry,
      stats,
      paceMs: 0,
      botLevel: 'easy' as const,
      rng: seeded(3),
      mayAct: () => budget-- > 0,
      answerTimeoutMs: 10_000,
      now: () => performance.now(),
    };
    const drivers = new Map<string, RoomDriver>();
    detail = () =>
      JSON.stringify({
        ...stats,
        roundTrips: stats.roundTrips.length,
        budget,
        rooms: [...drivers.values()].map((d) => ({ log: d.shadow().log.length, over: d.over, busy: d.busy() })),
      });
    const bots: { bot: Bot; roomId: string; via: string }[] = [];
    for (let i = 0; i < 8; i++) {
      const via = (i % 2 === 0 ? a : b).url;
      const reply = await post<JoinReply>(`${via}/api/join`, { code: made.code, name: `Student ${i + 1}` });
      if (!('seat' in reply)) throw new Error('expected an assigned seat');
      const roomId = reply.seat.roomId;
      const d = drivers.get(roomId) ?? new RoomDriver(roomId, options);
      drivers.set(roomId, d);
      const bot: Bot = { name: reply.name, side: reply.seat.side, room: null, clientSeq: 0, pending: null };
      await d.join(new Client(via), made.code, bot);
      bots.push({ bot, roomId, via });
    }
    expect(drivers.size).toBe(2);
    for (const d of drivers.values()) await until('welcome', () => d.ready());

    // Which process hosts which room, as the matchmaker's shared list in Redis says.
    const driver = new RedisDriver(set.redis?.url);
    const listed = await driver.query({ name: 'world' });
    await driver.shutdown();
    expect(listed.map((r) => r.roomId).sort()).toEqual([...made.rooms].sort());

    // Play: 24 moves across both rooms, every turn hash checked by the students' shadow games.
    budget = 24;
    for (const d of drivers.values()) d.start();
    await until('24 moves answered', () => stats.applied + stats.refused >= 24 && [...drivers.values()].every((d) => !d.busy()), 60_000);
    expect(stats.errors).toEqual({});
    expect(stats.applied).toBeGreaterThan(12);

    // Kill -9 the process of the first room; its students rejoin through the other process.
    const victimRoom = listed[0];
    if (!victimRoom) throw new Error('no room listed');
    const victim = set.servers.find((s) => victimRoom.publicAddress === `127.0.0.1:${s.port}`);
    if (!victim) throw new Error(`room ${victimRoom.roomId} listed at ${victimRoom.publicAddress}, not at either server`);
    const survivor = victim === a ? b : a;
    const roomDriver = drivers.get(victimRoom.roomId) as RoomDriver;
    const before = [...roomDriver.shadow().log];
    victim.child.kill('SIGKILL');
    const hosted = listed.filter((r) => r.publicAddress === victimRoom.publicAddress).map((r) => r.roomId);
    const dropped = bots.filter((x) => hosted.includes(x.roomId));
    await until('the dropped students see the drop', () => dropped.every((x) => x.bot.room === null), 10_000);
    expect(bots.filter((x) => x.bot.room === null)).toHaveLength(dropped.length); // the other process's students played on
    for (const x of dropped) {
      const reply = await post<JoinReply>(`${survivor.url}/api/join`, { code: made.code, name: x.bot.name });
      if (!('seat' in reply)) throw new Error('expected the same seat');
      expect(reply.seat.roomId).toBe(x.roomId); // the same seat, by name
      await (drivers.get(x.roomId) as RoomDriver).join(new Client(survivor.url), made.code, x.bot);
    }
    // The rebuilt room's welcome held the same log (a different one counts an error), and play goes on.
    expect(roomDriver.shadow().log.slice(0, before.length)).toEqual(before);
    const disconnects = Object.keys(stats.errors).filter((k) => k.startsWith('disconnected'));
    for (const k of disconnects) delete stats.errors[k];
    const applied = stats.applied;
    budget = 8;
    for (const d of drivers.values()) d.start(); // wake the teams the spent budget had stopped
    await until(
      '8 more moves',
      () => stats.applied + stats.refused >= applied + 8 && [...drivers.values()].every((d) => !d.busy()),
      60_000,
    );
    expect(stats.errors).toEqual({});
    expect(roomDriver.shadow().log.length).toBeGreaterThan(before.length);
    for (const d of drivers.values()) await d.stop();
  }, 180_000);
});
