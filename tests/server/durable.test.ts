import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { ClassStatus, CreatedClass, JoinReply, SeatOption } from '../../src/net/protocol';
import { sqliteStore } from '../../src/server/sqliteStore';
import { get, post, type ServerProcess, startServer, TestClient, tempData } from './harness';

/** Seats by the students' choice, the SQLite store itself, and a room whose log was tampered with. */
const PORT = 25603;
const setup = {
  scenarioId: 'dev-sandbox',
  turns: 3,
  seed: 2,
  teams: ['us', 'bolivia'],
  aiLevel: 'easy',
  rooms: 2,
  perTeam: 1,
  seating: 'choose',
};
let server: ServerProcess | undefined;
afterAll(async () => {
  await server?.stop();
}, 60_000);

describe('the SQLite store', () => {
  it('keeps classes, seats and logs across a reopen, numbering each room’s log from 1', async () => {
    const file = join(tempData(), 'c.sqlite');
    const a = sqliteStore(file);
    const record = {
      code: 'ACDEFH',
      teacherKeyHash: 'ab',
      setup: { ...setup, aiLevel: 'easy' as const, seating: 'choose' as const },
      scenarioHash: 'h',
      roomIds: ['ACDEFH-0', 'ACDEFH-1'],
      createdAt: 5,
      ended: false,
    };
    expect(await a.createClass(record)).toBe(true);
    expect(await a.createClass(record)).toBe(false);
    expect(await a.claimSeat('ACDEFH', { name: 'Ana', room: 0, side: 'us' }, 1)).toBe('ok');
    expect(await a.claimSeat('ACDEFH', { name: 'ANA ', room: 1, side: 'us' }, 1)).toBe('nameTaken');
    expect(await a.claimSeat('ACDEFH', { name: 'Ben', room: 0, side: 'us' }, 1)).toBe('full');
    expect(await a.append('ACDEFH-0', { kind: 'news', text: 'one' }, 10)).toBe(1);
    expect(await a.append('ACDEFH-1', { kind: 'news', text: 'other room' }, 11)).toBe(1);
    expect(await a.append('ACDEFH-0', { kind: 'control', paused: true }, 12)).toBe(2);
    await a.close();
    const b = sqliteStore(file);
    expect(await b.getClass('ACDEFH')).toEqual(record);
    expect(await b.seatOf('ACDEFH', 'ana')).toEqual({ name: 'Ana', room: 0, side: 'us' });
    expect(await b.readLog('ACDEFH-0')).toEqual([
      { kind: 'news', text: 'one', seq: 1, at: 10 },
      { kind: 'control', paused: true, seq: 2, at: 12 },
    ]);
    await b.endClass('ACDEFH');
    expect(await b.openClasses()).toEqual([]);
    await b.close();
  });
});

describe('a class on the real server', () => {
  it('lets students choose their seat where the teacher allows, up to each team’s size', async () => {
    const data = tempData();
    server = await startServer(PORT, data);
    const made = (await post<CreatedClass>(PORT, '/api/classes', setup)).body;
    const ask = await post<JoinReply>(PORT, '/api/join', { code: made.code.toLowerCase(), name: 'Ana' });
    expect(ask.status).toBe(200);
    const choose = 'choose' in ask.body ? ask.body.choose : [];
    expect(choose.map((o: SeatOption) => [o.room, o.side, o.members, o.capacity])).toEqual([
      [0, 'us', 0, 1],
      [0, 'bolivia', 0, 1],
      [1, 'us', 0, 1],
      [1, 'bolivia', 0, 1],
    ]);
    const pick = await post<JoinReply>(PORT, '/api/join', { code: made.code, name: 'Ana', room: 1, side: 'bolivia' });
    expect('seat' in pick.body && pick.body.seat).toEqual({ room: 1, roomId: `${made.code}-1`, side: 'bolivia' });
    const taken = await post<JoinReply>(PORT, '/api/join', { code: made.code, name: 'Ben', room: 1, side: 'bolivia' });
    expect(taken.status).toBe(409);
    expect((await post(PORT, '/api/join', { code: made.code, name: 'Ben', room: 1, side: 'china' })).status).toBe(400);
    expect((await post(PORT, '/api/join', { code: made.code, name: 'Ben', room: 7, side: 'us' })).status).toBe(400);
    // Ana asking again gets her seat back, whatever she names.
    const again = await post<JoinReply>(PORT, '/api/join', { code: made.code, name: 'ana', room: 0, side: 'us' });
    expect('seat' in again.body && again.body.seat.side).toBe('bolivia');

    // Play a move in room 1 so its log has a checked turn... then tamper with the stored hashes.
    const ana = await new TestClient(PORT).join(`${made.code}-1`, { code: made.code, name: 'Ana' });
    const us = await post<JoinReply>(PORT, '/api/join', { code: made.code, name: 'Cy', room: 1, side: 'us' });
    expect(us.status).toBe(200);
    const cy = await new TestClient(PORT).join(`${made.code}-1`, { code: made.code, name: 'Cy' });
    expect((await cy.act({ type: 'endPhase', actor: 'us' })).ok).toBe(true);
    expect((await ana.act({ type: 'endPhase', actor: 'bolivia' })).ok).toBe(true);
    await cy.caughtUp(ana.log.length);
    expect(ana.turnHashes.length).toBe(1);
    await ana.leave();
    await cy.leave();
    await server.stop();

    const db = new Database(join(data, 'classes.sqlite'));
    const rows = db.prepare<[string], { seq: number; entry: string }>('SELECT seq, entry FROM log WHERE room_id = ?').all(`${made.code}-1`);
    const row = rows.find((r) => JSON.parse(r.entry).turnHashes?.length > 0);
    if (!row) throw new Error('no act entry with a turn hash');
    const entry = JSON.parse(row.entry);
    entry.turnHashes[0].hash = '0'.repeat(16);
    db.prepare('UPDATE log SET entry = ? WHERE room_id = ? AND seq = ?').run(JSON.stringify(entry), `${made.code}-1`, row.seq);
    db.close();

    server = await startServer(PORT, data);
    const out = server.output.join('\n');
    expect(out).toContain(`room ${made.code}-1: BROKEN, log entry ${row.seq} does not replay to its recorded turn hashes`);
    expect(out).toMatch(new RegExp(`room ${made.code}-0: resumed from \\d+ log entries`));
    // The broken room still shows what replayed, and refuses every change with a reason.
    const back = await new TestClient(PORT).join(`${made.code}-1`, { code: made.code, name: 'Cy' });
    expect(back.welcome.control.broken).toBe(true);
    const r = await back.act({ type: 'endPhase', actor: 'us' });
    expect(r.ok ? 'accepted' : r.refused.reason).toEqual({ from: 'server', refusal: { key: 'roomBroken' } });
    const st = await get<ClassStatus>(PORT, `/api/classes/${made.code}`, { 'x-teacher-key': made.teacherKey });
    expect(st.body.rooms.map((x) => x.broken)).toEqual([false, true]);
    await back.leave();
  });
});
