import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClassStatus, CreatedClass, JoinReply } from '../../src/net/protocol';
import { type Action, baselineMove, currentActor } from '../../src/sim/index';
import { entryOf, get, post, type ServerProcess, startServer, TestClient, tempData } from './harness';

/**
 * A whole short class game on the real server: two teams (the United States with two members,
 * Bolivia with one) and the teacher in room 0, a second room beside it. Every client keeps its
 * own game by actions and checks the server's hash at every turn's end. Mid-game a student drops
 * and reconnects to the same seat, and the server is killed and started again on the same data.
 */
const PORT = 25601;
const sc = entryOf('dev-sandbox').scenario;
const setup = {
  scenarioId: 'dev-sandbox',
  turns: 3,
  seed: 5,
  teams: ['us', 'bolivia'],
  aiLevel: 'easy',
  rooms: 2,
  perTeam: 2,
  seating: 'assigned',
  // The teacher's reading level for the class: every welcome carries it.
  reading: 'basic',
};

let server: ServerProcess;
const data = tempData();
let made: CreatedClass;

async function seat(name: string): Promise<{ roomId: string; side: string; name: string }> {
  const r = await post<JoinReply>(server.port, '/api/join', { code: made.code, name });
  if (r.status !== 200 || !r.body.ok || !('seat' in r.body)) throw new Error(`no seat for ${name}: ${JSON.stringify(r.body)}`);
  return { roomId: r.body.seat.roomId, side: r.body.seat.side, name: r.body.name };
}

async function student(name: string): Promise<TestClient> {
  const s = await seat(name);
  return new TestClient(server.port).join(s.roomId, { code: made.code, name: s.name });
}

beforeAll(async () => {
  server = await startServer(PORT, data);
}, 60_000);
afterAll(async () => {
  await server?.stop();
}, 60_000);

describe('a class game on the real server', () => {
  let ana: TestClient; // us
  let ben: TestClient; // bolivia
  let cy: TestClient; // us: Eve, the second US member
  let teacher: TestClient;
  let clients: TestClient[];

  /** The team's next move in the game this client holds (an owed answer first), by the baseline policy. */
  const moveFor = (c: TestClient): Action | null => {
    const side = c.welcome.seat.role === 'student' ? c.welcome.seat.side : '';
    if (c.game.over) return null;
    const m = baselineMove(c.game, sc, side);
    if (m) return m;
    return currentActor(c.game, sc) === side ? { type: 'endPhase', actor: side } : null;
  };

  /** Plays moves until `until` holds: whichever team must act moves, its members taking turns. */
  const play = async (until: () => boolean, turnsLimit = 50): Promise<number> => {
    let moves = 0;
    let usTurn = 0;
    for (let i = 0; i < 500 && !until(); i++) {
      const side = currentActor(ana.game, sc);
      const pendingBolivia =
        ana.game.pending.some((p) => p.actor === 'bolivia') || ana.game.deals.some((d) => d.status === 'proposed' && d.to === 'bolivia');
      const mover = side === 'bolivia' || pendingBolivia ? ben : usTurn++ % 2 === 0 ? ana : cy;
      const m = moveFor(mover);
      if (!m) throw new Error(`nothing to do for ${mover.welcome.seat.role === 'student' ? mover.welcome.seat.side : ''} in phase ${side}`);
      const r = await mover.act(m);
      if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.refused)}`);
      moves++;
      for (const c of clients) await c.caughtUp(mover.log.length);
      for (const c of clients) expect(c.hash()).toBe(mover.hash());
      if (mover.game.turn > turnsLimit) break;
    }
    return moves;
  };

  it('the teacher makes a class and students are seated evenly, team by team', async () => {
    const r = await post<CreatedClass>(server.port, '/api/classes', setup);
    expect(r.status).toBe(201);
    made = r.body;
    expect(made.code).toMatch(/^[ACDEFHJKMNPRTUVWXY]{6}$/);
    expect(made.rooms).toEqual([`${made.code}-0`, `${made.code}-1`]);
    ana = await student('Ana');
    ben = await student('Ben');
    expect([ana.welcome.seat, ben.welcome.seat]).toEqual([
      { role: 'student', side: 'us', name: 'Ana' },
      { role: 'student', side: 'bolivia', name: 'Ben' },
    ]);
    expect([ana.welcome.reading, ben.welcome.reading]).toEqual(['basic', 'basic']);
    // The emptiest team seat first, then the lowest room: room 1 fills before room 0 has a second member.
    const dan = await seat('Dan');
    const cyd = await seat('Cyd');
    expect([dan, cyd].map((x) => [x.roomId, x.side])).toEqual([
      [`${made.code}-1`, 'us'],
      [`${made.code}-1`, 'bolivia'],
    ]);
    const eve = await seat('Eve');
    expect([eve.roomId, eve.side]).toEqual([`${made.code}-0`, 'us']);
    cy = await new TestClient(server.port).join(eve.roomId, { code: made.code, name: 'Eve' });
  });

  it('plays a whole short game: every move checked, every client on the server’s hash at every turn', async () => {
    const second = { name: 'Eve' };
    teacher = await new TestClient(server.port).join(`${made.code}-0`, { code: made.code, teacherKey: made.teacherKey });
    clients = [ana, ben, cy, teacher];
    for (const c of clients) expect(c.mismatches).toEqual([]);
    expect(new Set(clients.map((c) => c.hash())).size).toBe(1);
    expect(teacher.welcome.members.map((m) => [m.name, m.side, m.connected])).toEqual([
      ['Ana', 'us', true],
      ['Ben', 'bolivia', true],
      [second?.name, 'us', true],
    ]);

    // A private message from the United States to Bolivia: both teams see it, the teacher does not (yet).
    const benGets = ben.next('message');
    const cyGets = cy.next('message');
    ana.room.send('message', { to: 'bolivia', text: 'Shall we talk about lithium?' });
    expect((await benGets).text).toBe('Shall we talk about lithium?');
    expect((await cyGets).by).toBe('Ana');

    // Turn 1 to the start of turn 2.
    await play(() => ana.game.turn >= 2);
    expect(ana.game.turn).toBe(2);

    // Ben drops (Wi-Fi) and comes back with his reconnection token: the same seat and the same game.
    const token = ben.room.reconnectionToken;
    const dropped = teacher.next('members');
    ben.room.connection.close();
    expect((await dropped).members.find((m) => m.name === 'Ben')?.connected).toBe(false);
    const back = await new TestClient(server.port).reconnect(token);
    expect(back.welcome.seat).toEqual({ role: 'student', side: 'bolivia', name: 'Ben' });
    expect(back.hash()).toBe(ana.hash());
    ben = back;
    clients = [ana, ben, cy, teacher];

    // The server is killed mid-game and started again on the same data: it resumes from the log.
    const before = { hash: ana.hash(), log: ana.log.length };
    await server.stop('SIGKILL');
    server = await startServer(PORT, data);
    expect(server.output.join('\n')).toMatch(new RegExp(`room ${made.code}-0: resumed from \\d+ log entries, turn 2, hashes verified`));
    // Without the old server's reconnection state, each comes back by code and name: the same seat.
    const rejoin = async (name: string): Promise<TestClient> => {
      const s = await seat(name);
      return new TestClient(server.port).join(s.roomId, { code: made.code, name: s.name });
    };
    ana = await rejoin('ana'); // a name is the same seat however it is cased
    ben = await rejoin('Ben');
    cy = await rejoin(second?.name ?? '');
    teacher = await new TestClient(server.port).join(`${made.code}-0`, { code: made.code, teacherKey: made.teacherKey });
    clients = [ana, ben, cy, teacher];
    for (const c of clients) {
      expect(c.mismatches).toEqual([]);
      expect(c.hash()).toBe(before.hash);
      expect(c.log.length).toBe(before.log);
    }
    expect(ana.welcome.seat).toEqual({ role: 'student', side: 'us', name: 'Ana' });
    expect(ana.welcome.messages.map((m) => m.text)).toEqual(['Shall we talk about lithium?']);
    expect(teacher.welcome.messages).toEqual([]);

    // Play on to the end of the game.
    const moves = await play(() => ana.game.over !== undefined);
    expect(moves).toBeGreaterThan(0);
    expect(ana.game.over?.reason).toBe('length');
    for (const c of clients) {
      expect(c.mismatches).toEqual([]);
      expect(c.hash()).toBe(ana.hash());
    }
    // Turns 1, 2 and 3 each ended with a checked hash (the game's end is turn 3's).
    expect(ana.turnHashes.map((t) => t.turn)).toEqual([1, 2, 3]);
    // Who did what: moves by both US members and by Bolivia (the computer's replies ride on the move they answer).
    const by = new Set(teacher.welcome.moves.map((m) => m.by));
    expect([...by].sort()).toEqual(['Ana', 'Ben', 'Eve']);

    // The game is over: private messages are opened to everyone.
    const opened = await teacher.next('opened', 0);
    expect(opened.messages.map((m) => [m.from, m.to, m.by])).toEqual([['us', 'bolivia', 'Ana']]);

    const st = await get<ClassStatus>(server.port, `/api/classes/${made.code}`, { 'x-teacher-key': made.teacherKey });
    expect(st.status).toBe(200);
    expect(st.body.rooms.map((r) => [r.room, r.over, r.turn])).toEqual([
      [0, true, 3],
      [1, false, 1],
    ]);
    expect(Object.keys(st.body.rooms[0]?.scores ?? {}).sort()).toEqual(['bolivia', 'china', 'us']);
    // The server's own hash of the game is every client's.
    expect(st.body.rooms[0]?.hash).toBe(ana.hash());
  });

  it('the teacher pauses, injects an event, sets a deadline, sends news and ends room 1', async () => {
    const room1 = `${made.code}-1`;
    const dan = await new TestClient(server.port).join(room1, { code: made.code, name: 'Dan' });
    const t = await new TestClient(server.port).join(room1, { code: made.code, teacherKey: made.teacherKey });
    const side = (dan.welcome.seat.role === 'student' && dan.welcome.seat.side) || '';
    expect(side).toBe('us');

    // Paused: a move is refused with a reason, and nothing changes.
    expect((await t.sendAndWait('pause', {}, 'control')).paused).toBe(true);
    const refused = await dan.act({ type: 'endPhase', actor: 'us' });
    expect(refused.ok ? 'accepted' : refused.refused.reason).toEqual({ from: 'server', refusal: { key: 'paused' } });
    expect((await t.sendAndWait('resume', {}, 'control')).paused).toBe(false);

    // An injected event comes to every client as the referee's move.
    const got = dan.next('applied');
    t.room.send('injectEvent', { eventId: 'price_slump' });
    const applied = await got;
    expect(applied.by).toBeNull();
    expect(applied.actions[0]).toEqual({ type: 'fireEvent', event: 'price_slump' });
    expect(dan.game.fired.price_slump).toBe(1);
    const unknown = await t.sendAndWait('injectEvent', { eventId: 'no_such_event' }, 'refused');
    expect(unknown.reason).toEqual({ from: 'server', refusal: { key: 'unknownEvent', params: { id: 'no_such_event' } } });

    // News to everyone.
    const news = dan.next('news');
    t.room.send('news', { text: 'Ten minutes left in the lesson.' });
    expect((await news).text).toBe('Ten minutes left in the lesson.');

    // A one-second deadline: the countdown is sent, and when it passes the referee ends the US phase.
    const control = dan.next('control');
    const ended = dan.next('applied');
    t.room.send('deadline', { seconds: 1 });
    const c = await control;
    expect(c.deadlineSeconds).toBe(1);
    expect(c.deadlineAt).toBeGreaterThan(c.serverNow);
    const byDeadline = await ended;
    expect(byDeadline.by).toBeNull();
    expect(byDeadline.actions[0]).toEqual({ type: 'endPhase', actor: 'us' });
    t.room.send('deadline', { seconds: null });

    // The end: the game is scored as it stands and the debrief opens.
    const over = dan.next('opened');
    t.room.send('end', {});
    await over;
    expect(dan.game.over?.reason).toBe('referee');
    expect(dan.mismatches).toEqual([]);
    expect(t.hash()).toBe(dan.hash());
    const after = await dan.act({ type: 'endPhase', actor: 'us' });
    expect(after.ok ? 'accepted' : after.refused.reason).toEqual({ from: 'server', refusal: { key: 'gameOver' } });
    await dan.leave();
    await t.leave();
  });

  it('after a restart an ended room is made again only when asked for, with its debrief', async () => {
    await server.stop();
    server = await startServer(PORT, data);
    const room1 = `${made.code}-1`;
    expect(server.output.join('\n')).not.toContain(`room ${room1}: resumed`);
    // The console's status asks for every room: the ended one comes back, over, from its log.
    const st = await get<ClassStatus>(server.port, `/api/classes/${made.code}`, { 'x-teacher-key': made.teacherKey });
    expect(st.body.rooms.map((r) => [r.room, r.over])).toEqual([
      [0, true],
      [1, true],
    ]);
    expect(server.output.join('\n')).toContain(`room ${room1}: resumed`);
    const dan = await new TestClient(server.port).join(room1, { code: made.code, name: 'Dan' });
    expect(dan.game.over?.reason).toBe('referee');
    expect(dan.welcome.control.ended).toBe(true);
    expect(dan.mismatches).toEqual([]);
    await dan.leave();
  });
});
