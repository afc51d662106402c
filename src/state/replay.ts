import { type Action, type GameEvent, type GameState, gameTurn, step } from '../sim';
import type { GameChoice, ScenarioEntry } from './gameChoice';
import type { BranchedFrom } from './replayBranch';
import { firstState, type SessionStart, type TurnHash } from './session';

/**
 * Replay: a finished record (a save, or the game the store holds) rebuilt turn by turn, and a new
 * game branched from any turn of it. Pure: the states are the sim's own, rebuilt by `step` from the
 * log, so the turn shown is the turn that was played, bit for bit.
 */

/** A game's record: enough to rebuild every turn of it. `label` names it (the file it came from, or would be saved as). */
export type ReplayRecord = {
  label: string;
  entry: ScenarioEntry;
  choice: GameChoice;
  actions: readonly Action[];
  /** The verified hash at each turn's end (a save's, or the session's). */
  turnHashes: readonly TurnHash[];
};

/**
 * One stop of the scrubber: frame 0 is the game as it began, frame k the game as turn k (of the
 * game, not the scenario) ended, after `actions` moves of the log. `hash` is the recorded hash there.
 */
export type ReplayFrame = { turn: number; state: GameState; actions: number; hash: string | null; events: number };

/** The frames, and every event the moves caused, in order (frame k's news is the first `events` of them). */
export type Timeline = ReplayRecord & { frames: readonly ReplayFrame[]; events: readonly GameEvent[] };

/** What the interface reads of a replay: where the scrubber stands, and whether "play from here" can start there. */
export type ReplayView = {
  label: string;
  /** The frame shown (0 = the start; k = as game turn k ended). */
  frame: number;
  /** The last frame there is (turns the record completed). */
  last: number;
  /** The game's length in turns. */
  turns: number;
  branchable: boolean;
  /** The record's own branch origin, if it is a branch. */
  branchedFrom?: BranchedFrom;
  /** Every event from the game's start to the frame shown: the news as it stood then (the snapshot carries none, so nothing replays its animation or sound). */
  news: readonly GameEvent[];
};

/**
 * Rebuilds every turn's end of a record. The states are kept as the sim made them: each step copies
 * only what it changes and shares the rest (the ledger's entries, the history, the setup), so twenty
 * turns hold little more than the last one. Moves after the last turn's end (a turn under way) are
 * not stepped. Fails on the first move the sim refuses (a record that was not verified).
 */
export function buildTimeline(rec: ReplayRecord): { ok: true; timeline: Timeline } | { ok: false; index: number } {
  let state = firstState(rec.entry, rec.choice);
  const frames: ReplayFrame[] = [{ turn: 0, state, actions: 0, hash: null, events: 0 }];
  const events: GameEvent[] = [];
  const end = rec.turnHashes.length > 0 ? (rec.turnHashes[rec.turnHashes.length - 1] as TurnHash).actions : 0;
  for (let i = 0; i < end; i++) {
    const r = step(state, rec.entry.scenario, rec.actions[i] as Action);
    if (!r.ok) return { ok: false, index: i };
    events.push(...r.events);
    if (r.state.turn !== state.turn || (r.state.over && !state.over)) {
      const recorded = rec.turnHashes[frames.length - 1];
      const hash = recorded && recorded.actions === i + 1 && recorded.turn === state.turn ? recorded.hash : null;
      frames.push({ turn: gameTurn(r.state.setup, state.turn), state: r.state, actions: i + 1, hash, events: events.length });
    }
    state = r.state;
  }
  return { ok: true, timeline: { ...rec, frames, events } };
}

/** The view of a timeline at `frame`. */
export function viewAt(t: Timeline, frame: number): ReplayView {
  return {
    label: t.label,
    frame,
    last: t.frames.length - 1,
    turns: (t.frames[0] as ReplayFrame).state.setup.turns,
    branchable: branchAt(t, frame) !== null,
    news: t.events.slice(0, (t.frames[frame] as ReplayFrame).events),
    ...(t.choice.branchedFrom ? { branchedFrom: t.choice.branchedFrom } : {}),
  };
}

/**
 * "Play from here": a new game whose history is the record's up to the end of frame `k`'s turn (the
 * same moves, hence the same hashes), recording where it came from. Null at the start (that is a new
 * game), at a game's end (nothing is left to play) and where the record's hash is unknown.
 */
export function branchAt(t: Timeline, k: number): { choice: GameChoice; start: SessionStart } | null {
  const f = t.frames[k];
  if (!f || k === 0 || f.state.over || f.hash === null) return null;
  const { branchedFrom: _origin, ...choice } = t.choice;
  const branchedFrom: BranchedFrom = { label: t.label, scenarioHash: t.entry.hash, turn: f.turn, hash: f.hash };
  return {
    choice: { ...choice, branchedFrom },
    start: { game: f.state, log: t.actions.slice(0, f.actions), turnHashes: t.turnHashes.slice(0, k) },
  };
}
