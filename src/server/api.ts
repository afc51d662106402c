import type { IncomingMessage, ServerResponse } from 'node:http';
import { matchMaker } from '@colyseus/core';
import {
  type ClassSetup,
  type ClassStatus,
  type CreatedClass,
  classSetupSchema,
  cleanName,
  type HttpRefusal,
  type JoinReply,
  joinRequestSchema,
  MAX_BODY_BYTES,
  MAX_NAME,
  type RoomStatus,
  type SeatOption,
  type ServerRefusal,
} from '../net/protocol';
import type { ClassRecord, SeatRecord } from '../net/store';
import { keyHash, keyMatches, newClassCode, newTeacherKey, normalCode } from './codes';
import { serverContext } from './context';
import { ensureRoom, roomIdOf } from './rooms';
import { rebuildWorld } from './world';
import type { WorldRoom } from './worldRoom';

/**
 * The teacher's and students' HTTP API, on the game's own port: make a class, find a seat, read
 * every room's status. JSON in and out; every refusal a message key (HttpRefusal).
 */

class Refused extends Error {
  constructor(
    readonly status: number,
    readonly refusal: ServerRefusal,
  ) {
    super(refusal.key);
  }
}
const refused = (status: number, key: ServerRefusal['key'], params?: Record<string, string | number>): Refused =>
  new Refused(status, params ? { key, params } : { key });

/**
 * Any origin may call the API (a game served elsewhere, e.g. `npm start`, may name this server), as
 * Colyseus' own matchmaking routes allow; nothing rides on cookies, so this opens nothing more.
 */
const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, X-Teacher-Key',
  'Access-Control-Max-Age': '600',
};

function reply(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...CORS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** The request's JSON body, refused when over MAX_BODY_BYTES or not JSON. */
function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) over = true;
      else chunks.push(c);
    });
    req.on('error', () => fail(refused(400, 'badMessage', { field: 'body' })));
    req.on('end', () => {
      if (over) return fail(refused(413, 'tooLarge'));
      try {
        ok(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        fail(refused(400, 'badMessage', { field: 'body' }));
      }
    });
  });
}

/** Handles /api/*; returns false for any other path (the static files' handler takes it). */
export function handleApi(req: IncomingMessage, res: ServerResponse): boolean {
  const url = new URL(req.url ?? '/', 'http://x');
  if (!url.pathname.startsWith('/api/')) return false;
  if (req.method === 'OPTIONS') {
    res.writeHead(204, CORS);
    res.end();
    return true;
  }
  const route = async (): Promise<[number, unknown]> => {
    if (url.pathname === '/api/classes' && req.method === 'POST') return [201, await createClass(await readBody(req))];
    if (url.pathname === '/api/join' && req.method === 'POST') return [200, await join(await readBody(req))];
    const m = /^\/api\/classes\/([^/]{1,20})$/.exec(url.pathname);
    if (m?.[1] && req.method === 'GET') return [200, await status(normalCode(decodeURIComponent(m[1])), req.headers['x-teacher-key'])];
    throw refused(404, 'badMessage', { field: 'path' });
  };
  route().then(
    ([code, body]) => reply(res, code, body),
    (e: unknown) => {
      if (e instanceof Refused) {
        serverContext().log(`api ${req.method} ${url.pathname}: refused ${e.refusal.key}`);
        return reply(res, e.status, { ok: false, refusal: e.refusal } satisfies HttpRefusal);
      }
      serverContext().log(`api ${req.method} ${url.pathname}: error ${(e as Error).stack ?? e}`);
      reply(res, 500, { ok: false, refusal: { key: 'serverError' } } satisfies HttpRefusal);
    },
  );
  return true;
}

function checkSetup(raw: unknown): ClassSetup {
  const r = classSetupSchema.safeParse(raw);
  if (!r.success) throw refused(400, 'badSetup', { field: r.error.issues[0]?.path.map(String).join('.') || 'setup' });
  const setup = r.data;
  const entry = serverContext().scenarios.get(setup.scenarioId);
  if (!entry) throw refused(400, 'unknownScenario', { id: setup.scenarioId });
  const sc = entry.scenario;
  if (setup.preset !== undefined && !sc.presets?.some((p) => p.id === setup.preset))
    throw refused(400, 'unknownPreset', { id: setup.preset });
  if (setup.preset !== undefined && setup.turns !== undefined) throw refused(400, 'badSetup', { field: 'turns' });
  if (setup.turns !== undefined && setup.turns > sc.turns) throw refused(400, 'badSetup', { field: 'turns' });
  const playable = new Set(sc.actors.filter((a) => a.playable).map((a) => a.id));
  if (new Set(setup.teams).size !== setup.teams.length || !setup.teams.every((t) => playable.has(t)))
    throw refused(400, 'badSetup', { field: 'teams' });
  return setup;
}

async function createClass(raw: unknown): Promise<CreatedClass> {
  const ctx = serverContext();
  const setup = checkSetup(raw);
  const entry = ctx.scenarios.get(setup.scenarioId);
  if (!entry) throw refused(400, 'unknownScenario', { id: setup.scenarioId });
  const teacherKey = newTeacherKey();
  for (let attempt = 0; attempt < 20; attempt++) {
    const code = newClassCode();
    const roomIds = Array.from({ length: setup.rooms }, (_, i) => roomIdOf(code, i));
    const record: ClassRecord = {
      code,
      teacherKeyHash: keyHash(teacherKey),
      setup,
      scenarioHash: entry.hash,
      roomIds,
      createdAt: ctx.now(),
      ended: false,
    };
    if (!(await ctx.store.createClass(record))) continue;
    for (let i = 0; i < setup.rooms; i++) await ensureRoom(code, i);
    ctx.log(
      `class ${code}: made, ${setup.scenarioId}${setup.preset ? ` (${setup.preset})` : ''}, ${setup.rooms} room(s), teams ${setup.teams.join('+')}`,
    );
    return { code, teacherKey, rooms: roomIds };
  }
  throw refused(500, 'serverError');
}

async function openClass(rawCode: string): Promise<ClassRecord> {
  const code = normalCode(rawCode);
  const record = /^[A-Z]{1,12}$/.test(code) ? await serverContext().store.getClass(code) : null;
  if (!record) throw refused(404, 'unknownClass', { code: rawCode.slice(0, 20) });
  if (record.ended) throw refused(410, 'classEnded');
  return record;
}

async function join(raw: unknown): Promise<JoinReply> {
  const ctx = serverContext();
  const r = joinRequestSchema.safeParse(raw);
  if (!r.success) throw refused(400, 'badMessage', { field: r.error.issues[0]?.path.map(String).join('.') || 'body' });
  const record = await openClass(r.data.code);
  const name = cleanName(r.data.name);
  if (name === null) throw refused(400, 'badName', { max: MAX_NAME });
  const { setup } = record;
  const seatReply = async (s: SeatRecord): Promise<JoinReply> => ({
    ok: true,
    name: s.name,
    seat: { room: s.room, roomId: await ensureRoom(record.code, s.room), side: s.side },
  });
  // A name keeps its seat: the same code and name again is the way back without a reconnection token.
  const held = await ctx.store.seatOf(record.code, name);
  if (held) return seatReply(held);

  const seats = await ctx.store.seats(record.code);
  const count = (room: number, side: string): number => seats.filter((s) => s.room === room && s.side === side).length;
  const options: SeatOption[] = [];
  for (let room = 0; room < setup.rooms; room++)
    for (const side of setup.teams)
      options.push({ room, roomId: roomIdOf(record.code, room), side, members: count(room, side), capacity: setup.perTeam });

  const chosen = r.data.room !== undefined || r.data.side !== undefined;
  let order: SeatOption[];
  if (setup.seating === 'choose') {
    if (!chosen) return { ok: true, choose: options };
    if (r.data.room === undefined || r.data.room >= setup.rooms) throw refused(400, 'unknownRoom');
    if (r.data.side === undefined || !setup.teams.includes(r.data.side)) throw refused(400, 'unknownSide');
    order = options.filter((o) => o.room === r.data.room && o.side === r.data.side);
  } else {
    if (chosen) throw refused(400, 'seatAssigned');
    // The emptiest team seat first, then the lowest room, then the teams' order: rooms fill evenly.
    order = options
      .map((o, i) => ({ o, i }))
      .sort((a, b) => a.o.members - b.o.members || a.i - b.i)
      .map((x) => x.o);
  }
  for (const o of order) {
    if (o.members >= o.capacity) continue;
    const seat: SeatRecord = { name, room: o.room, side: o.side };
    const got = await ctx.store.claimSeat(record.code, seat, setup.perTeam);
    if (got === 'ok') {
      ctx.log(`class ${record.code}: ${name} seated in room ${o.room} as ${o.side}`);
      return seatReply(seat);
    }
    if (got === 'nameTaken') {
      const now = await ctx.store.seatOf(record.code, name);
      if (now) return seatReply(now);
    }
  }
  throw refused(409, 'roomFull');
}

async function status(code: string, key: string | string[] | undefined): Promise<ClassStatus> {
  const ctx = serverContext();
  const record = await ctx.store.getClass(code);
  if (!record) throw refused(404, 'unknownClass', { code });
  if (typeof key !== 'string' || !keyMatches(key, record.teacherKeyHash)) throw refused(401, 'wrongKey');
  const entry = ctx.scenarios.get(record.setup.scenarioId);
  if (!entry) throw refused(500, 'unknownScenario', { id: record.setup.scenarioId });
  const seats = await ctx.store.seats(code);
  const rooms: RoomStatus[] = [];
  for (let i = 0; i < record.setup.rooms; i++) {
    // The console joins every room next: make sure each is up (an ended room is not remade at start).
    const roomId = await ensureRoom(code, i);
    // A room of this process is read as it is; one elsewhere (several processes) is rebuilt from its log.
    const local = matchMaker.getLocalRoomById(roomId) as WorldRoom | undefined;
    let view = local?.worldView();
    if (!view) {
      const log = await ctx.store.readLog(roomId);
      const r = rebuildWorld(entry, record.setup, log);
      // A log that does not replay: the room as far as it does, marked broken.
      const partial = r.ok
        ? r
        : rebuildWorld(
            entry,
            record.setup,
            log.filter((e) => e.seq < r.seq),
          );
      if (!partial.ok) continue;
      view = {
        world: partial.world,
        broken: !r.ok || entry.hash !== record.scenarioHash,
        members: seats.filter((s) => s.room === i).map((s) => ({ name: s.name, side: s.side, connected: false })),
        deadlineAt: null,
      };
    }
    const v = view.world.view();
    const g = v.game;
    rooms.push({
      room: i,
      roomId,
      turn: g.turn,
      phase: g.over ? null : (entry.scenario.turnOrder[g.phase] ?? null),
      over: v.ended,
      paused: v.paused,
      deadlineAt: view.deadlineAt,
      broken: view.broken,
      members: view.members,
      scores: view.world.scores(),
      pendingOffers: g.deals.filter((d) => d.status === 'proposed').length,
      lastMoves: v.moves.slice(-5),
      hash: view.world.stateHash(),
    });
  }
  return { code, setup: record.setup, ended: record.ended, rooms };
}
