import {
  type Action,
  type ActionPreview,
  autoPlay,
  createGame,
  type GameEvent,
  type GameState,
  hashValue,
  type Policy,
  type Refusal,
  type StepResult,
  step,
} from '../sim';
import type { ClassroomLink } from './classroom';
import { controllersFor, type GameChoice, levelsFor, type ScenarioEntry } from './gameChoice';
import { previewsOf } from './previews';
import type { ReplayView } from './replay';

/** The state hash when a turn ended: after `actions` actions of the log, turn `turn` was over. */
export type TurnHash = { turn: number; actions: number; hash: string };

/**
 * What became of a submitted action: accepted, with the actions applied (the submitted one first,
 * then the computer players' replies) and the events they caused; or refused, with the reason.
 */
export type Outcome = { ok: true; actions: Action[]; events: GameEvent[] } | { ok: false; reason: Refusal };

/** What a session holds: the game now, every action applied since it began (its replay log), and the hash at each turn's end. */
export type SessionSnapshot = {
  readonly entry: ScenarioEntry;
  readonly choice: GameChoice;
  readonly game: GameState;
  readonly log: readonly Action[];
  readonly turnHashes: readonly TurnHash[];
  /** The events of the last change, in order. */
  readonly events: readonly GameEvent[];
  /** Set by a replay session: the game shown is a past turn of a finished record, and nothing can be played. */
  readonly replay?: ReplayView;
};

/**
 * The store's one way into a game. The interface submits actions and reads snapshots; it cannot
 * tell where the sim runs. The local session steps the sim in the page; a remote session sends the
 * action to a class server, whose room runs the very same sim as the authority, and reports the
 * outcome when it arrives (hence the promises: a local session settles them at once, having
 * already published the new snapshot).
 */
export type Session = {
  readonly kind: 'local' | 'remote';
  snapshot(): SessionSnapshot;
  /** Applies an action of a human player, then lets the computer players move until a human must act. */
  submit(action: Action): Promise<Outcome>;
  /** Lets the computer players make up to `moves` moves (watch mode steps a game so). An empty outcome when there was nothing to do. */
  advance(moves: number): Promise<Outcome>;
  /** What an action would do now, without doing it. A submit of the same action in the same state reuses the work. */
  preview(actor: string, actionId: string, target?: string): ActionPreview;
  /** Called after every change, with the new snapshot. Returns the unsubscribe function. */
  onChange(listener: (s: SessionSnapshot) => void): () => void;
  close(): void;
  /** A remote session's class around the game (who is online, pause, deadline, messages). */
  readonly classroom?: ClassroomLink;
};

/** Where a local session begins: a new game, or a verified one put back in place (a save's replay). */
export type SessionStart = { game: GameState; log: readonly Action[]; turnHashes: readonly TurnHash[] };

/** The first state of a game for a choice, as every session builds it. */
export function firstState(entry: ScenarioEntry, choice: GameChoice): GameState {
  return createGame(entry.scenario, {
    seed: choice.seed,
    ...(choice.turns !== undefined ? { turns: choice.turns } : {}),
    ...(choice.preset !== undefined ? { preset: choice.preset } : {}),
    controllers: controllersFor(entry.scenario, choice.side, choice.mode),
    levels: levelsFor(entry.scenario, choice),
  });
}

/** Appends the turn hash `after` earns when applying action number `index` (0-based) moved from `before` to `after`. */
export function recordTurnEnd(turnHashes: TurnHash[], before: GameState, after: GameState, index: number): void {
  if (after.turn !== before.turn || (after.over && !before.over))
    turnHashes.push({ turn: before.turn, actions: index + 1, hash: hashValue(after) });
}

/**
 * A session that runs the sim in this page. A new game lets the computer players open (except
 * in watch mode, where the viewer's clock calls `advance`).
 */
export function localSession(entry: ScenarioEntry, choice: GameChoice, policy: Policy, from?: SessionStart): Session {
  const sc = entry.scenario;
  let game: GameState = from?.game ?? firstState(entry, choice);
  let log: Action[] = [...(from?.log ?? [])];
  let turnHashes: TurnHash[] = [...(from?.turnHashes ?? [])];
  let events: GameEvent[] = [];
  const listeners = new Set<(s: SessionSnapshot) => void>();
  // The last previews, for the state they were made in: a click on an action just previewed
  // steps nothing again.
  const previews = previewsOf(game);

  const snapshot = (): SessionSnapshot => ({ entry, choice, game, log, turnHashes, events });
  const publish = (): void => {
    const s = snapshot();
    for (const l of listeners) l(s);
  };

  /** Steps `action` from the current state (reusing a preview's result), recording the turn hash. */
  const apply = (action: Action): StepResult => {
    const r = previews.get(game, action) ?? step(game, sc, action);
    if (r.ok) {
      recordTurnEnd(turnHashes, game, r.state, log.length);
      log.push(action);
      game = r.state;
    }
    return r;
  };

  /** Lets the computer players move, one step at a time so that every turn's end is hashed. */
  const playComputers = (maxMoves: number): { actions: Action[]; events: GameEvent[] } => {
    const actions: Action[] = [];
    const evs: GameEvent[] = [];
    for (let n = 0; n < maxMoves && !game.over; n++) {
      const r = autoPlay(game, sc, policy, 1);
      const a = r.actions[0];
      if (a === undefined) break;
      recordTurnEnd(turnHashes, game, r.state, log.length);
      log.push(a);
      game = r.state;
      actions.push(a);
      evs.push(...r.events);
    }
    return { actions, events: evs };
  };

  // Fresh arrays on every change, so a snapshot handed out never changes under its holder.
  const change = (): void => {
    log = [...log];
    turnHashes = [...turnHashes];
  };

  if (!from && choice.mode !== 'watch') {
    events = playComputers(Number.POSITIVE_INFINITY).events;
  }

  return {
    kind: 'local',
    snapshot,
    submit: (action) => {
      change();
      const r = apply(action);
      if (!r.ok) return Promise.resolve({ ok: false, reason: r.reason });
      const auto = playComputers(Number.POSITIVE_INFINITY);
      events = [...r.events, ...auto.events];
      publish();
      return Promise.resolve({ ok: true, actions: [action, ...auto.actions], events });
    },
    advance: (moves) => {
      change();
      const auto = playComputers(moves);
      if (auto.actions.length === 0) return Promise.resolve({ ok: true, actions: [], events: [] });
      events = auto.events;
      publish();
      return Promise.resolve({ ok: true, ...auto });
    },
    preview: (actor, actionId, target) => previews.preview(game, sc, actor, actionId, target),
    onChange: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    close: () => listeners.clear(),
  };
}
