import {
  type Action,
  type ActionPreview,
  canonicalJson,
  type GameEvent,
  type GameState,
  type Refusal,
  type Said,
  said,
  step,
} from '../sim';
import type { ClassMember, ClassMessage, ClassMove, ClassNews, ClassroomLink, ClassroomView } from './classroom';
import { MAX_CLASS_MESSAGE } from './classroom';
import type { GameChoice, ScenarioEntry } from './gameChoice';
import { previewsOf } from './previews';
import { replayActions, type SaveSetup, startOfReplay } from './saveFile';
import { type Outcome, recordTurnEnd, type Session, type SessionSnapshot, type TurnHash } from './session';

/** Where a client sits: the class, the room (0-based), the side played (null: the teacher, watching), the display name. */
export type ClassSeat = { code: string; room: number; side: string | null; name: string };

/**
 * What the server sends on joining (and again on a rejoin): the setup the room's game was made
 * with, every action applied so far and the hash at each turn's end, and the class around it.
 * (src/net/classClient.ts builds it from the protocol's `welcome`.)
 */
export type ClassWelcome = {
  setup: SaveSetup;
  teams: readonly string[];
  log: readonly Action[];
  turnHashes: readonly TurnHash[];
  seat: ClassSeat;
  members: readonly ClassMember[];
  paused: boolean;
  deadline: number | null;
  ended: boolean;
  moves: readonly ClassMove[];
  messages: readonly ClassMessage[];
  news: readonly ClassNews[];
};

/**
 * A move the room accepted: `first` is the log index of `actions[0]`, `actions` the move then the
 * computer players' replies, `turnHashes` the server's hash for each turn these actions ended.
 * `clientSeq`, when the server says it, is the sender's own number for the move.
 */
export type ClassApplied = {
  seq: number;
  first: number;
  by: string | null;
  side: string | null;
  clientSeq?: number;
  actions: readonly Action[];
  turnHashes: readonly TurnHash[];
};

/** What the wire reports, translated from the server's messages (src/net/classClient.ts does it for Colyseus). */
export type WireEvent =
  | { kind: 'applied'; applied: ClassApplied }
  | { kind: 'refused'; clientSeq: number | null; reason: Refusal }
  | { kind: 'welcome'; welcome: ClassWelcome }
  | { kind: 'class'; patch: Partial<Pick<ClassroomView, 'members' | 'paused' | 'deadline' | 'ended'>> }
  | { kind: 'message'; message: ClassMessage }
  | { kind: 'opened'; messages: readonly ClassMessage[] }
  | { kind: 'news'; news: ClassNews }
  | { kind: 'connection'; state: ClassroomView['connection'] };

/** The link to the room, as the session uses it: what it sends, and where the server's messages arrive. */
export type ClassWire = {
  act(clientSeq: number, action: Action): void;
  message(to: string, text: string): void;
  /** Asks the server for a fresh welcome (after a hash mismatch). */
  resync(): void;
  leave(): void;
  /** Sets the one receiver of the server's messages. */
  listen(receive: (e: WireEvent) => void): void;
};

/** A session played through a class server's room, with the class around the game. */
export type RemoteSession = Session & { readonly classroom: ClassroomLink };

/** The game a welcome leads to, rebuilt by replay and checked against the server's hashes; or why it could not be. */
export function rebuild(
  entry: ScenarioEntry,
  w: ClassWelcome,
): { ok: true; game: GameState; turnHashes: TurnHash[] } | { ok: false; problem: Said } {
  const r = replayActions(entry, startOfReplay(entry, w.setup), w.log);
  if (!r.ok) return { ok: false, problem: said('classroom.replayRefused', { move: r.index + 1, reason: { said: [r.reason] } }) };
  const mine = r.cursor.turnHashes;
  const bad = w.turnHashes.find((h) => !mine.some((m) => m.actions === h.actions && m.hash === h.hash));
  if (bad || mine.length !== w.turnHashes.length) return { ok: false, problem: said('classroom.hashMismatch', { turn: bad?.turn ?? 0 }) };
  return { ok: true, game: r.cursor.state, turnHashes: mine };
}

/**
 * The store's choice for a seat: the seat's side played as one person plays it (the other teams
 * are on other devices); the teacher watches the first team's side.
 */
export function choiceOfSeat(setup: SaveSetup, seat: ClassSeat, teams: readonly string[]): GameChoice {
  return {
    scenarioId: setup.scenarioId,
    side: seat.side ?? teams[0] ?? setup.side,
    seed: setup.seed,
    ...(setup.turns !== undefined ? { turns: setup.turns } : {}),
    ...(setup.preset !== undefined ? { preset: setup.preset } : {}),
    ...(setup.aiLevel !== undefined ? { aiLevel: setup.aiLevel } : {}),
    mode: seat.side === null ? 'watch' : 'solo',
    saveAs: { side: setup.side, ...(setup.mode !== undefined ? { mode: setup.mode } : {}) },
  };
}

/** A refusal the session gives itself (not connected, link replaced): its words are `classroom.refused.<key>`. */
export function classRefusal(key: 'offline' | 'resynced' | 'left'): Refusal {
  // The interface words a refusal key with a dot as a message key of its own (present/words.ts).
  return { code: 'malformed', key: `classroom.refused.${key}` as Refusal['key'], params: {} };
}

/** A refusal as a `Said` (a server's or the session's key is a message key of its own). */
export function refusalSaid(r: Refusal): Said {
  return said(r.key.includes('.') ? r.key : `refusal.${r.key}`, r.params);
}

const MAX_KEPT = 200;

type Waiting = { seq: number; key: string; done: (o: Outcome) => void };

/**
 * A session whose game runs on a class server (the authority). Moves are synced as actions: the
 * welcome's log is replayed here with the same sim (as a save load is), and every move the room
 * accepts is stepped here too, its turn hashes checked against the server's. A mismatch says so
 * and asks the wire for a fresh welcome (a rejoin). `submit` resolves when the server's answer to
 * it arrives: the move applied, or refused.
 */
export function remoteSession(entry: ScenarioEntry, first: ClassWelcome, wire: ClassWire): RemoteSession {
  const sc = entry.scenario;
  const built = rebuild(entry, first);
  if (!built.ok) throw new Error(`remoteSession: ${built.problem.key}`);
  let choice = choiceOfSeat(first.setup, first.seat, first.teams);
  let game: GameState = built.game;
  let log: Action[] = [...first.log];
  let turnHashes: TurnHash[] = built.turnHashes;
  let events: GameEvent[] = [];
  const classPart = (w: ClassWelcome) => ({
    members: w.members,
    paused: w.paused,
    deadline: w.deadline,
    ended: w.ended,
    teams: w.teams,
    moves: w.moves.slice(-MAX_KEPT),
    messages: w.messages.slice(-MAX_KEPT),
    news: w.news.slice(-MAX_KEPT),
  });
  let view: ClassroomView = {
    code: first.seat.code,
    room: first.seat.room,
    side: first.seat.side,
    name: first.seat.name,
    ...classPart(first),
    connection: 'online',
    problem: null,
  };
  let clientSeq = 0;
  // Moves sent and not yet answered, oldest first: the server answers them in order.
  let waiting: Waiting[] = [];
  const listeners = new Set<(s: SessionSnapshot) => void>();
  const classListeners = new Set<(v: ClassroomView) => void>();
  const previews = previewsOf(game);
  let resyncing = false;
  let closed = false;

  const snapshot = (): SessionSnapshot => ({ entry, choice, game, log, turnHashes, events });
  const publish = (): void => {
    const s = snapshot();
    for (const l of listeners) l(s);
  };
  const setView = (patch: Partial<ClassroomView>): void => {
    view = { ...view, ...patch };
    for (const l of classListeners) l(view);
  };
  // Every move in flight is answered when the link is lost or replaced: nothing waits for ever.
  const settleAll = (reason: Refusal): void => {
    const all = waiting;
    waiting = [];
    for (const w of all) w.done({ ok: false, reason });
  };
  const askResync = (problem: Said): void => {
    setView({ problem });
    if (resyncing) return;
    resyncing = true;
    wire.resync();
  };
  /** The move of ours this answer is for: by its number when the server echoes it, else the oldest sent with the same action. */
  const takeWaiting = (clientSeqOf: number | null, action: Action | undefined): Waiting | undefined => {
    const key = action ? canonicalJson(action) : null;
    const i = waiting.findIndex((w) => (clientSeqOf !== null ? w.seq === clientSeqOf : w.key === key));
    if (i < 0) return undefined;
    const [w] = waiting.splice(i, 1);
    return w;
  };

  const applied = (a: ClassApplied): void => {
    if (resyncing) return; // the fresh welcome will carry it
    if (a.first !== log.length) {
      askResync(said('classroom.outOfStep', { have: log.length, got: a.first }));
      return;
    }
    let g = game;
    const evs: GameEvent[] = [];
    const hashes = [...turnHashes];
    for (const [i, action] of a.actions.entries()) {
      const r = (i === 0 ? previews.get(game, action) : undefined) ?? step(g, sc, action);
      if (!r.ok) {
        askResync(said('classroom.stepRefused', { reason: { said: [said(`refusal.${r.reason.key}`, r.reason.params)] } }));
        return;
      }
      recordTurnEnd(hashes, g, r.state, log.length + i);
      g = r.state;
      evs.push(...r.events);
    }
    const mine = hashes.slice(turnHashes.length);
    const bad = a.turnHashes.find((h) => !mine.some((m) => m.actions === h.actions && m.hash === h.hash));
    if (bad || mine.length !== a.turnHashes.length) {
      askResync(said('classroom.hashMismatch', { turn: bad?.turn ?? g.turn }));
      return;
    }
    const before = game.turn;
    game = g;
    log = [...log, ...a.actions];
    turnHashes = hashes;
    events = evs;
    const move: ClassMove = { seq: a.seq, by: a.by, side: a.side, first: a.first, count: a.actions.length, turn: before };
    setView({ moves: [...view.moves, move].slice(-MAX_KEPT), problem: null });
    publish();
    const ours = a.side !== null && a.side === view.side && a.by === view.name;
    const w = a.clientSeq !== undefined || ours ? takeWaiting(a.clientSeq ?? null, a.actions[0]) : undefined;
    w?.done({ ok: true, actions: [...a.actions], events: evs });
  };

  const welcomed = (w: ClassWelcome): void => {
    const r = rebuild(entry, w);
    resyncing = false;
    if (!r.ok) {
      setView({ problem: r.problem, connection: 'lost' });
      settleAll(classRefusal('offline'));
      return;
    }
    choice = choiceOfSeat(w.setup, w.seat, w.teams);
    const fresh = w.log.length !== log.length || r.game !== game;
    game = r.game;
    log = [...w.log];
    turnHashes = r.turnHashes;
    events = [];
    // A move sent before the rejoin is in the log it carried, or was lost with the old link.
    settleAll(classRefusal('resynced'));
    const mended = view.problem !== null && view.problem.key !== 'classroom.connection.reconnecting';
    setView({ ...classPart(w), connection: 'online', problem: mended ? said('classroom.resynced') : null });
    if (fresh) publish();
  };

  wire.listen((e) => {
    if (closed) return;
    switch (e.kind) {
      case 'applied':
        return applied(e.applied);
      case 'refused': {
        const w = takeWaiting(e.clientSeq, undefined);
        // A refusal of something else than a move (a message, say) is said on the class line.
        if (!w) return setView({ problem: refusalSaid(e.reason) });
        return w.done({ ok: false, reason: e.reason });
      }
      case 'welcome':
        return welcomed(e.welcome);
      case 'class':
        return setView(e.patch);
      case 'message':
        return setView({ messages: [...view.messages.filter((m) => m.seq !== e.message.seq), e.message].slice(-MAX_KEPT) });
      case 'opened':
        return setView({ messages: e.messages.slice(-MAX_KEPT) });
      case 'news':
        return setView({ news: [...view.news.filter((n) => n.seq !== e.news.seq), e.news].slice(-MAX_KEPT) });
      case 'connection':
        if (e.state !== 'online') settleAll(classRefusal('offline'));
        return setView({ connection: e.state, problem: e.state === 'online' ? null : said(`classroom.connection.${e.state}`) });
    }
  });

  const classroom: ClassroomLink = {
    view: () => view,
    onChange: (l) => {
      classListeners.add(l);
      return () => classListeners.delete(l);
    },
    sendMessage: (to, text) => {
      const t = text.trim();
      if (t === '' || t.length > MAX_CLASS_MESSAGE || view.connection !== 'online' || view.side === null || to === view.side) return false;
      wire.message(to, t);
      return true;
    },
    leave: () => {
      closed = true;
      settleAll(classRefusal('left'));
      wire.leave();
    },
  };

  return {
    kind: 'remote',
    classroom,
    snapshot,
    submit: (action) => {
      if (closed) return Promise.resolve({ ok: false, reason: classRefusal('left') });
      if (view.connection !== 'online') return Promise.resolve({ ok: false, reason: classRefusal('offline') });
      // The server checks the move; checking it here first spares a round trip for what it would refuse.
      const r = step(game, sc, action);
      if (!r.ok) return Promise.resolve({ ok: false, reason: r.reason });
      previews.put(game, action, r);
      clientSeq += 1;
      const seq = clientSeq;
      return new Promise<Outcome>((done) => {
        waiting.push({ seq, key: canonicalJson(action), done });
        wire.act(seq, action);
      });
    },
    // The room's computer players move on the server; their moves arrive as the room applies them.
    advance: () => Promise.resolve({ ok: true, actions: [], events: [] }),
    preview: (actor, actionId, target): ActionPreview => previews.preview(game, sc, actor, actionId, target),
    onChange: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    close: () => {
      if (!closed) classroom.leave();
      listeners.clear();
      classListeners.clear();
    },
  };
}
