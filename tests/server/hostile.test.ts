import { Client } from 'colyseus.js';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CreatedClass,
  type HttpRefusal,
  type JoinReply,
  MAX_FRAME_BYTES,
  MAX_MESSAGE_BYTES,
  RATE_BURST,
} from '../../src/net/protocol';
import { get, post, type ServerProcess, startServer, TestClient, tempData } from './harness';

/**
 * Bad and hostile input against the real server: each is refused with a message key to that
 * client, and the room and every other client are untouched. Ends with a fuzz of the message
 * handlers over the wire; the server must still answer afterwards.
 */
const PORT = 25602;
const setup = {
  scenarioId: 'dev-sandbox',
  turns: 3,
  seed: 9,
  teams: ['us', 'bolivia'],
  aiLevel: 'easy',
  rooms: 1,
  perTeam: 1,
  seating: 'assigned',
};

let server: ServerProcess;
let made: CreatedClass;
let us: TestClient;
let bolivia: TestClient;
let roomId: string;

async function join(name: string): Promise<TestClient> {
  const r = await post<JoinReply>(server.port, '/api/join', { code: made.code, name });
  if (!r.body.ok || !('seat' in r.body)) throw new Error(JSON.stringify(r.body));
  roomId = r.body.seat.roomId;
  return new TestClient(server.port).join(r.body.seat.roomId, { code: made.code, name });
}

/** The room as the bystander sees it: unchanged means the same log and the same hash. */
const snapshot = () => ({
  log: bolivia.log.length,
  hash: bolivia.hash(),
  seq: bolivia.received.filter((m) => m.type === 'applied').length,
});

beforeAll(async () => {
  server = await startServer(PORT, tempData());
  made = (await post<CreatedClass>(server.port, '/api/classes', setup)).body;
  us = await join('Uma');
  bolivia = await join('Bo');
}, 60_000);
afterAll(async () => {
  await us?.leave();
  await bolivia?.leave();
  await server?.stop();
}, 60_000);

describe('hostile input is refused, and leaves the room untouched', () => {
  it('over HTTP: unknown code, wrong teacher key, full room, bad setup, junk and oversized bodies', async () => {
    const expectRefusal = (r: { status: number; body: unknown }, status: number, key: string) => {
      expect(r.status).toBe(status);
      expect((r.body as HttpRefusal).refusal.key).toBe(key);
    };
    expectRefusal(await post(server.port, '/api/join', { code: 'ZZZZZZ', name: 'Al' }), 404, 'unknownClass');
    expectRefusal(await post(server.port, '/api/join', { code: made.code, name: '   ' }), 400, 'badName');
    expectRefusal(await post(server.port, '/api/join', { code: made.code, name: 'x'.repeat(31) }), 400, 'badName');
    // One seat per team, both taken.
    expectRefusal(await post(server.port, '/api/join', { code: made.code, name: 'Carl' }), 409, 'roomFull');
    expectRefusal(await post(server.port, '/api/join', { code: made.code, name: 'Carl', room: 0, side: 'us' }), 400, 'seatAssigned');
    expectRefusal(await get(server.port, `/api/classes/${made.code}`, { 'x-teacher-key': 'wrong' }), 401, 'wrongKey');
    expectRefusal(await get(server.port, `/api/classes/${made.code}`), 401, 'wrongKey');
    expectRefusal(await get(server.port, '/api/classes/ZZZZZZ', { 'x-teacher-key': made.teacherKey }), 404, 'unknownClass');
    expectRefusal(await post(server.port, '/api/classes', { ...setup, teams: ['china'] }), 400, 'badSetup');
    expectRefusal(await post(server.port, '/api/classes', { ...setup, scenarioId: 'nope' }), 400, 'unknownScenario');
    expectRefusal(await post(server.port, '/api/classes', { ...setup, preset: 'nope', turns: undefined }), 400, 'unknownPreset');
    expectRefusal(await post(server.port, '/api/classes', { ...setup, rooms: 1000 }), 400, 'badSetup');
    expectRefusal(await post(server.port, '/api/classes', { ...setup, extra: 1 }), 400, 'badSetup');
    expectRefusal(await post(server.port, '/api/classes', '{not json'), 400, 'badMessage');
    expectRefusal(await post(server.port, '/api/join', JSON.stringify({ code: made.code, name: 'a'.repeat(40_000) })), 413, 'tooLarge');
    expectRefusal(await get(server.port, '/api/nothing'), 404, 'badMessage');
    // A page served elsewhere may call the API (its preflight and its answers allow any origin).
    const pre = await fetch(`http://127.0.0.1:${server.port}/api/join`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://x', 'Access-Control-Request-Method': 'POST' },
    });
    expect([pre.status, pre.headers.get('access-control-allow-origin')]).toEqual([204, '*']);
    expect(us.mismatches).toEqual([]);
  });

  it('at join: unknown code, wrong teacher key, a name without a seat, junk options', async () => {
    const refusedJoin = async (options: unknown): Promise<string> => {
      try {
        await new Client(`ws://127.0.0.1:${server.port}`).joinById(roomId, options as object);
        return 'joined';
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(await refusedJoin({ code: 'ZZZZZZ', name: 'Uma' })).toBe('unknownClass');
    expect(await refusedJoin({ code: made.code, teacherKey: 'guess' })).toBe('wrongKey');
    expect(await refusedJoin({ code: made.code, name: 'Nobody' })).toBe('unknownRoom');
    expect(await refusedJoin({ code: made.code, name: '' })).toBe('badName');
    expect(await refusedJoin({ code: made.code, name: 'Uma', admin: true })).toBe('badMessage');
    expect(await refusedJoin({})).toBe('badMessage');
  });

  it('in the room: another team’s actor, junk, an oversized message, teacher orders from a student', async () => {
    const before = snapshot();
    const otherTeam = await us.act({ type: 'endPhase', actor: 'bolivia' });
    expect(otherTeam.ok ? 'accepted' : otherTeam.refused.reason).toEqual({
      from: 'server',
      refusal: { key: 'notYourSide', params: { side: 'us' } },
    });
    const referee = await us.act({ type: 'endGame' });
    expect(referee.ok ? 'accepted' : referee.refused.reason).toEqual({
      from: 'server',
      refusal: { key: 'notYourSide', params: { side: 'us' } },
    });
    const simRefusal = await us.act({ type: 'takeAction', actor: 'us', action: 'no_such_action' });
    expect(simRefusal.ok ? 'accepted' : simRefusal.refused.reason.from).toBe('sim');

    const refusal = async (type: string, payload: unknown) => (await us.sendAndWait(type, payload, 'refused')).reason;
    expect(await refusal('act', { clientSeq: 1, action: { type: 'endPhase', actor: 'us', extra: 1 } })).toEqual({
      from: 'server',
      refusal: { key: 'badMessage', params: { field: 'action' } },
    });
    expect(await refusal('act', 'hello')).toMatchObject({ refusal: { key: 'badMessage' } });
    expect(await refusal('launch', {})).toEqual({ from: 'server', refusal: { key: 'badMessage', params: { field: 'type' } } });
    expect(await refusal('message', { to: 'bolivia', text: 'x'.repeat(MAX_MESSAGE_BYTES + 10) })).toEqual({
      from: 'server',
      refusal: { key: 'tooLarge' },
    });
    expect(await refusal('message', { to: 'china', text: 'hi' })).toEqual({ from: 'server', refusal: { key: 'unknownSide' } });
    let deep: unknown = 1;
    for (let i = 0; i < 100; i++) deep = [deep];
    expect(await refusal('act', deep)).toEqual({ from: 'server', refusal: { key: 'tooLarge' } });
    for (const order of ['pause', 'resume', 'end', 'news', 'injectEvent', 'deadline'])
      expect(await refusal(order, order === 'news' ? { text: 'x' } : {})).toMatchObject({
        refusal: { key: expect.stringMatching(/notTeacher|badMessage/) },
      });
    expect(await refusal('end', {})).toEqual({ from: 'server', refusal: { key: 'notTeacher' } });

    // The teacher cannot move for a team.
    const teacher = await new TestClient(server.port).join(roomId, { code: made.code, teacherKey: made.teacherKey });
    expect((await teacher.sendAndWait('act', { clientSeq: 1, action: { type: 'endPhase', actor: 'us' } }, 'refused')).reason).toEqual({
      from: 'server',
      refusal: { key: 'observer' },
    });
    await teacher.leave();

    // None of it reached the room or the other team.
    await new Promise((ok) => setTimeout(ok, 100));
    expect(snapshot()).toEqual(before);
    expect(bolivia.received.filter((m) => m.type === 'refused')).toEqual([]);
  });

  it('a flood is rate-limited per client, and the room still answers the others', async () => {
    const before = snapshot();
    const flooder = await new TestClient(server.port).join(roomId, { code: made.code, teacherKey: made.teacherKey });
    const from = flooder.received.length;
    for (let i = 0; i < RATE_BURST * 3; i++) flooder.room.send('act', { clientSeq: i, action: { type: 'endPhase', actor: 'us' } });
    await flooder.next('refused', from);
    await new Promise((ok) => setTimeout(ok, 300));
    const keys = flooder.received
      .slice(from)
      .flatMap((m) => (m.type === 'refused' && m.body.reason.from === 'server' ? [m.body.reason.refusal.key] : []));
    expect(keys.filter((k) => k === 'rateLimited').length).toBeGreaterThanOrEqual(RATE_BURST);
    // Every refused move names its clientSeq, so no sender waits for an answer that never comes.
    const seqs = flooder.received.slice(from).flatMap((m) => (m.type === 'refused' ? [m.body.clientSeq] : []));
    expect(seqs).toEqual(Array.from({ length: RATE_BURST * 3 }, (_, i) => i));
    expect(keys.filter((k) => k === 'observer').length).toBeLessThanOrEqual(RATE_BURST + 2);
    await flooder.leave();
    // Another client is not limited by it.
    const r = await us.act({ type: 'takeAction', actor: 'us', action: 'no_such_action' });
    expect(r.ok ? 'accepted' : r.refused.reason.from).toBe('sim');
    expect(snapshot()).toEqual(before);
  });

  it('a frame over the transport’s limit closes only that connection', async () => {
    const before = snapshot();
    const big = await new TestClient(server.port).join(roomId, { code: made.code, teacherKey: made.teacherKey });
    const left = new Promise<number>((ok) => big.room.onLeave((code) => ok(code)));
    big.room.send('news', { text: 'x'.repeat(MAX_FRAME_BYTES + 1000) });
    expect(await left).toBeGreaterThan(1000);
    const r = await us.act({ type: 'takeAction', actor: 'us', action: 'no_such_action' });
    expect(r.ok).toBe(false);
    expect(snapshot()).toEqual(before);
  });

  it('fuzz: random messages from many clients never crash the server nor change the room', async () => {
    const before = snapshot();
    const fuzzers = await Promise.all(
      Array.from({ length: 6 }, () => new TestClient(server.port).join(roomId, { code: made.code, teacherKey: 'x' }).catch(() => null)),
    );
    // Wrong keys never join; the fuzz comes from the seated student and from teachers.
    expect(fuzzers.every((f) => f === null)).toBe(true);
    const senders = [us];
    for (let i = 0; i < 5; i++)
      senders.push(await new TestClient(server.port).join(roomId, { code: made.code, teacherKey: made.teacherKey }));
    const type = fc.oneof(fc.constantFrom('act', 'message', 'pause', 'deadline', 'injectEvent', 'news', 'welcome', '*', ''), fc.string());
    const payload = fc.oneof(
      fc.anything(),
      fc.record({ clientSeq: fc.integer(), action: fc.anything() }),
      fc.record({
        clientSeq: fc.nat(),
        action: fc.record({
          type: fc.constantFrom('takeAction', 'proposeDeal', 'endPhase'),
          actor: fc.constantFrom('bolivia', 'china', ''),
        }),
      }),
      fc.record({ seconds: fc.oneof(fc.double(), fc.constant(-1), fc.constant(1e12)) }),
      fc.record({ to: fc.string(), text: fc.string() }),
    );
    const samples = fc.sample(fc.tuple(type, payload), { numRuns: senders.length * (RATE_BURST - 2), seed: 42 });
    samples.forEach(([t, p], i) => {
      const s = senders[i % senders.length];
      // Teachers must not pause or end the room for this check: those are legal orders, not hostile input.
      if (s !== us && ['pause', 'end', 'deadline', 'injectEvent', 'news', 'resume'].includes(t)) return;
      try {
        s?.room.send(t, p);
      } catch {
        // the client library itself cannot encode some values: nothing was sent
      }
    });
    await new Promise((ok) => setTimeout(ok, 500));
    for (const s of senders.slice(1)) await s.leave();
    // The server is alive and the room is as it was.
    const r = await us.act({ type: 'takeAction', actor: 'us', action: 'no_such_action' });
    expect(r.ok).toBe(false);
    expect(snapshot()).toEqual(before);
    expect((await get(server.port, `/api/classes/${made.code}`, { 'x-teacher-key': made.teacherKey })).status).toBe(200);
    // And a legal move still goes through, checked by both teams.
    const ok = await us.act({ type: 'endPhase', actor: 'us' });
    expect(ok.ok).toBe(true);
    await bolivia.caughtUp(us.log.length);
    expect(bolivia.hash()).toBe(us.hash());
    expect([...us.mismatches, ...bolivia.mismatches]).toEqual([]);
  });
});
