import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/headless';
import { setupForClass } from '../../src/server/world';
import { type Action, autoPlay, type GameState, hashValue, type Refusal, setupPolicy, step } from '../../src/sim/index';
import { createGameStore } from '../../src/state/createGameStore';
import {
  type ClassApplied,
  type ClassWelcome,
  type ClassWire,
  classRefusal,
  type RemoteSession,
  remoteSession,
  type WireEvent,
} from '../../src/state/remoteSession';
import { loadSave, type SaveSetup, saveGame, startOfReplay } from '../../src/state/saveFile';
import { recordTurnEnd, type TurnHash } from '../../src/state/session';

const { scenario: sc, hash } = loadScenario('paz-pivot');
const entry = { id: sc.id, hash, scenario: sc };
// The setup the class server builds for a class of two teams (its own function, so the two agree).
const setup: SaveSetup = setupForClass(sc, {
  scenarioId: sc.id,
  preset: 'class',
  seed: 7,
  teams: ['us', 'bolivia'],
  aiLevel: 'normal',
  rooms: 1,
  perTeam: 6,
  seating: 'assigned',
});

type Client = {
  side: string;
  name: string;
  receive: (e: WireEvent) => void;
  sent: { act: number; resync: number; message: number; left: number };
};

/**
 * A class room in the test's own memory, run as the class server runs one: the sim is the authority,
 * every accepted move is broadcast with the computer players' replies and the hash of each turn it
 * ended; a refusal goes to the sender only. It speaks the session's wire directly (the Colyseus
 * translation is src/net/classClient.ts's, tested against the real server end to end).
 */
function fakeRoom() {
  const first = startOfReplay(entry, setup).state;
  let game: GameState = first;
  const log: Action[] = [];
  const turnHashes: TurnHash[] = [];
  const clients: Client[] = [];
  const room = {
    paused: false,
    seq: 0,
    /** Corrupts the next broadcast's hashes (a server and a client that disagree). */
    corruptNext: false,
    game: () => game,
    turnHashes: () => turnHashes,
    welcome(c: Client): ClassWelcome {
      return {
        setup,
        teams: ['us', 'bolivia'],
        log: [...log],
        turnHashes: [...turnHashes],
        seat: { code: 'ACDEFH', room: 0, side: c.side, name: c.name },
        members: clients.map((x) => ({ name: x.name, side: x.side, online: true })),
        paused: room.paused,
        deadline: null,
        ended: !!game.over,
        moves: [],
        messages: [],
        news: [],
      };
    },
    apply(by: Client | null, action: Action): Refusal | null {
      const r = step(game, sc, action);
      if (!r.ok) return r.reason;
      const firstAt = log.length;
      const hashes: TurnHash[] = [];
      recordTurnEnd(hashes, game, r.state, log.length);
      log.push(action);
      game = r.state;
      const actions = [action];
      for (;;) {
        const a = autoPlay(game, sc, setupPolicy, 1);
        const next = a.actions[0];
        if (next === undefined || game.over) break;
        recordTurnEnd(hashes, game, a.state, log.length);
        log.push(next);
        actions.push(next);
        game = a.state;
      }
      turnHashes.push(...hashes);
      room.seq += 1;
      const sent = room.corruptNext ? hashes.map((h) => ({ ...h, hash: 'bad' })) : hashes;
      room.corruptNext = false;
      const applied: ClassApplied = {
        seq: room.seq,
        first: firstAt,
        by: by?.name ?? null,
        side: by?.side ?? null,
        actions,
        turnHashes: sent,
      };
      for (const c of clients) c.receive({ kind: 'applied', applied });
      return null;
    },
    join(side: string, name: string): { welcome: ClassWelcome; wire: ClassWire; client: Client } {
      const client: Client = { side, name, receive: () => {}, sent: { act: 0, resync: 0, message: 0, left: 0 } };
      clients.push(client);
      const wire: ClassWire = {
        act: (clientSeq, action) => {
          client.sent.act += 1;
          // Delivered later, as a network would: the submit's promise is still pending when this runs.
          queueMicrotask(() => {
            if (room.paused) return client.receive({ kind: 'refused', clientSeq, reason: pausedRefusal });
            if (!('actor' in action) || action.actor !== side) return client.receive({ kind: 'refused', clientSeq, reason: pausedRefusal });
            const no = room.apply(client, action);
            if (no) client.receive({ kind: 'refused', clientSeq, reason: no });
          });
        },
        message: () => {
          client.sent.message += 1;
        },
        resync: () => {
          client.sent.resync += 1;
          queueMicrotask(() => client.receive({ kind: 'welcome', welcome: room.welcome(client) }));
        },
        leave: () => {
          client.sent.left += 1;
        },
        listen: (receive) => {
          client.receive = receive;
        },
      };
      return { welcome: room.welcome(client), wire, client };
    },
  };
  return room;
}

const pausedRefusal = { code: 'malformed', key: 'classServer.refused.paused', params: {} } as unknown as Refusal;

/** A side's next move: answer an event waiting for it (first option), else end its phase. */
function moveOf(game: GameState, side: string): Action {
  const p = game.pending.find((x) => x.actor === side);
  const option = p ? sc.events?.find((e) => e.id === p.event)?.options?.[0] : undefined;
  return p && option ? { type: 'chooseOption', actor: side, choice: p.id, option: option.id } : { type: 'endPhase', actor: side };
}

function mover(game: GameState): string | undefined {
  return game.over ? undefined : sc.turnOrder[game.phase];
}

describe('the remote session', () => {
  it('two teams play a whole short game through one room; every client holds the server’s state and turn hashes', async () => {
    const room = fakeRoom();
    const j1 = room.join('us', 'Ana');
    const us = remoteSession(entry, j1.welcome, j1.wire);
    const j2 = room.join('bolivia', 'Beto');
    const bo = remoteSession(entry, j2.welcome, j2.wire);
    const byName: Record<string, RemoteSession> = { us, bolivia: bo };
    let moves = 0;
    for (let i = 0; i < 400 && !room.game().over; i++) {
      const side = mover(room.game()) ?? '';
      const s = byName[side];
      if (!s) throw new Error(`no client plays ${side}`);
      const o = await s.submit(moveOf(s.snapshot().game, side));
      expect(o.ok).toBe(true);
      moves += 1;
      for (const c of [us, bo]) expect(hashValue(c.snapshot().game)).toBe(hashValue(room.game()));
    }
    expect(room.game().over).toBeTruthy();
    expect(moves).toBeGreaterThan(6);
    for (const c of [us, bo]) {
      expect(c.snapshot().turnHashes).toEqual(room.turnHashes());
      expect(c.classroom.view().problem).toBeNull();
    }
    // Who did what, for each team to see.
    expect(us.classroom.view().moves.some((m) => m.by === 'Beto' && m.side === 'bolivia')).toBe(true);
    // A save of a seat's game (a student's export, the console's debrief) loads as the class's game on one device.
    const s = bo.snapshot();
    const save = saveGame(entry, s.choice, s.game, s.log, '2026-01-01T00:00:00.000Z');
    expect(save?.setup).toMatchObject({ side: 'us', mode: 'hotseat', controllers: setup.controllers });
    const loaded = loadSave(JSON.parse(JSON.stringify(save)), [entry]);
    expect(loaded.ok ? hashValue(loaded.game) : loaded).toBe(hashValue(room.game()));
  });

  it('a refusal from the server answers the move, and the game is untouched; a move for another side is refused here first', async () => {
    const room = fakeRoom();
    const j = room.join('us', 'Ana');
    const us = remoteSession(entry, j.welcome, j.wire);
    room.paused = true;
    const before = us.snapshot().game;
    const o = await us.submit(moveOf(before, 'us'));
    expect(o).toEqual({ ok: false, reason: pausedRefusal });
    expect(us.snapshot().game).toBe(before);
    const other = await us.submit({ type: 'endPhase', actor: 'bolivia' });
    expect(other.ok).toBe(false);
    expect(j.client.sent.act).toBe(1);
  });

  it('a turn hash that differs from the server’s is said, and a fresh welcome puts the server’s game back', async () => {
    const room = fakeRoom();
    const j = room.join('us', 'Ana');
    const us = remoteSession(entry, j.welcome, j.wire);
    expect((await us.submit({ type: 'endPhase', actor: 'us' })).ok).toBe(true);
    // Bolivia ends its phase (played by the room here), which ends the turn: its hash is corrupted on the way.
    room.corruptNext = true;
    expect(room.apply(null, moveOf(room.game(), 'bolivia'))).toBeNull();
    expect(us.classroom.view().problem?.key).toBe('classroom.hashMismatch');
    await new Promise((r) => setTimeout(r, 0));
    expect(j.client.sent.resync).toBe(1);
    expect(us.classroom.view().problem?.key).toBe('classroom.resynced');
    expect(hashValue(us.snapshot().game)).toBe(hashValue(room.game()));
    expect(us.snapshot().turnHashes).toEqual(room.turnHashes());
  });

  it('a lost link answers every move in flight, refuses new ones, and the store mirrors the class', async () => {
    const room = fakeRoom();
    const j = room.join('us', 'Ana');
    const us = remoteSession(entry, j.welcome, j.wire);
    const store = createGameStore([entry]);
    store.getState().attach(us);
    expect(store.getState().classroom?.code).toBe('ACDEFH');
    expect(store.getState().choice?.side).toBe('us');
    expect(store.getState().ui.screen).toBe('game');
    j.client.receive({ kind: 'connection', state: 'reconnecting' });
    expect(store.getState().classroom?.connection).toBe('reconnecting');
    const o = await store.getState().dispatch({ type: 'endPhase', actor: 'us' });
    expect(o).toEqual({ ok: false, reason: classRefusal('offline') });
    expect(store.getState().error?.key).toBe('classroom.refused.offline');
    j.client.receive({ kind: 'welcome', welcome: room.welcome(j.client) });
    expect(store.getState().classroom?.connection).toBe('online');
    const ok = await store.getState().dispatch({ type: 'endPhase', actor: 'us' });
    expect(ok.ok).toBe(true);
    expect(store.getState().log.length).toBeGreaterThan(0);
    j.client.receive({ kind: 'message', message: { seq: 1, turn: 1, from: 'bolivia', to: 'us', by: 'Beto', text: 'Hola' } });
    expect(store.getState().classroom?.messages.map((m) => m.text)).toEqual(['Hola']);
    expect(us.classroom.sendMessage('bolivia', '  ')).toBe(false);
    expect(us.classroom.sendMessage('us', 'to myself')).toBe(false);
    expect(us.classroom.sendMessage('bolivia', 'Hello')).toBe(true);
    expect(j.client.sent.message).toBe(1);
    // "Play again" on this device: a local game of its own, saved as one, and the class room left.
    const again = store.getState().choice;
    expect(again?.saveAs).toEqual({ side: 'us', mode: 'hotseat' });
    if (again) expect(await store.getState().startGame(again)).toBe(true);
    expect(store.getState().session?.kind).toBe('local');
    expect(store.getState().choice?.saveAs).toBeUndefined();
    expect(store.getState().classroom).toBeNull();
    expect(j.client.sent.left).toBe(1);
  });

  it('refuses a welcome whose log does not lead to its turn hashes', () => {
    const room = fakeRoom();
    room.apply(null, { type: 'endPhase', actor: 'us' });
    const j = room.join('us', 'Ana');
    const bad = { ...j.welcome, turnHashes: j.welcome.turnHashes.map((h) => ({ ...h, hash: 'x' })) };
    if (bad.turnHashes.length === 0) bad.turnHashes = [{ turn: 1, actions: 1, hash: 'x' }];
    expect(() => remoteSession(entry, bad, j.wire)).toThrow(/hashMismatch/);
  });
});
