import { join } from 'node:path';
import { SCENARIO_DIR } from '../headless';
import {
  type Action,
  type AiLevel,
  autoPlay,
  canonicalJson,
  createGame,
  type GameState,
  hashValue,
  type Scenario,
  setupPolicy,
  step,
} from '../sim';

/**
 * Golden games: for each scenario, whole AI-against-AI games (a fixed seed, every actor on the
 * normal AI, the full length and each preset's length) recorded as an action log with the state
 * hash at the end of every turn, the final hash and the scores. tests/unit/golden.test.ts replays
 * the logs and plays the games afresh, so a change that silently alters play fails;
 * `npm run golden:record` (src/cli/recordGolden.ts) records them again on purpose.
 */

/** Where the recorded games live: tests/golden/<scenario-id>.json. */
export const GOLDEN_DIR = join(SCENARIO_DIR, '..', 'tests', 'golden');

/** The one seed every golden game is played with. */
export const GOLDEN_SEED = 1;

/** The AI level of every actor in a golden game. */
export const GOLDEN_LEVEL: AiLevel = 'normal';

/** The state hash when a turn ends (or the game does): after `actions` actions of the log. */
export type TurnHash = { turn: number; actions: number; hash: string };
export type GoldenScore = { score: number; max: number; winAt: number; won: boolean };
export type GoldenEnd = { reason: string; scores: Record<string, GoldenScore> };

/** One recorded game. */
export type GoldenGame = {
  /** `full`, or the id of the scenario preset whose length it plays. */
  name: string;
  seed: number;
  turns: number;
  level: AiLevel;
  startHash: string;
  finalHash: string;
  end: GoldenEnd | null;
  turnHashes: TurnHash[];
  actions: Action[];
};

/** A scenario's golden file. */
export type GoldenFile = { about: string; scenario: string; scenarioHash: string; games: GoldenGame[] };

export const GOLDEN_ABOUT =
  'Whole AI-against-AI games, checked by tests/unit/golden.test.ts. Written by `npm run golden:record`; do not edit by hand.';

/** The games recorded for a scenario: its full length, then each preset's length (presets as long as the scenario are skipped). */
export function goldenGameSpecs(sc: Scenario): { name: string; turns: number }[] {
  const specs = [{ name: 'full', turns: sc.turns }];
  for (const p of sc.presets ?? []) if (p.turns < sc.turns) specs.push({ name: p.id, turns: p.turns });
  return specs;
}

/** The first state of a golden game: what the store starts in watch mode (every actor the AI, at the golden level). */
export function goldenStart(sc: Scenario, turns: number, name?: string): GameState {
  const levels = Object.fromEntries(sc.actors.map((a) => [a.id, GOLDEN_LEVEL])) as Record<string, AiLevel>;
  // The game's name is its preset's id (two presets may be as long); `full` and older callers go by length.
  const preset = name !== undefined && sc.presets?.some((p) => p.id === name) ? name : undefined;
  return createGame(sc, { seed: GOLDEN_SEED, turns, levels, ...(preset !== undefined ? { preset } : {}) });
}

function endOf(s: GameState): GoldenEnd | null {
  if (!s.over) return null;
  const scores: Record<string, GoldenScore> = {};
  for (const [id, c] of Object.entries(s.over.scores)) scores[id] = { score: c.score, max: c.max, winAt: c.winAt, won: c.won };
  return { reason: s.over.reason, scores };
}

/** What replaying a log gives: the hashes, the end, or the first refused action. */
export type Replayed = {
  finalHash: string;
  end: GoldenEnd | null;
  turnHashes: TurnHash[];
  refused?: { index: number; turn: number; reason: string };
};

/**
 * Applies a log with `step` only (never the AI), recording the state hash each time a turn
 * ends, as saves do (src/state/saveFile.ts). Stops at the first refused action.
 */
export function replayLog(sc: Scenario, start: GameState, actions: readonly Action[]): Replayed {
  let s = start;
  const turnHashes: TurnHash[] = [];
  for (let i = 0; i < actions.length; i++) {
    const a = actions[i] as Action;
    const r = step(s, sc, a);
    if (!r.ok) {
      return { finalHash: hashValue(s), end: endOf(s), turnHashes, refused: { index: i, turn: s.turn, reason: r.reason.code } };
    }
    if (r.state.turn !== s.turn || (r.state.over && !s.over)) turnHashes.push({ turn: s.turn, actions: i + 1, hash: hashValue(r.state) });
    s = r.state;
  }
  return { finalHash: hashValue(s), end: endOf(s), turnHashes };
}

/**
 * Plays a golden game afresh: the AI (each actor at its setup level, as the store does) moves one
 * move at a time, as the store's watch mode advances, until the game ends; the state hash is
 * taken each time a turn ends.
 */
export function playGolden(sc: Scenario, name: string, turns: number): GoldenGame {
  const start = goldenStart(sc, turns, name);
  let s = start;
  const actions: Action[] = [];
  const turnHashes: TurnHash[] = [];
  for (;;) {
    const r = autoPlay(s, sc, setupPolicy, 1);
    const a = r.actions[0];
    if (a === undefined) break;
    actions.push(a);
    if (r.state.turn !== s.turn || (r.state.over && !s.over))
      turnHashes.push({ turn: s.turn, actions: actions.length, hash: hashValue(r.state) });
    s = r.state;
  }
  return {
    name,
    seed: GOLDEN_SEED,
    turns: s.setup.turns,
    level: GOLDEN_LEVEL,
    startHash: hashValue(start),
    finalHash: hashValue(s),
    end: endOf(s),
    turnHashes,
    actions,
  };
}

/** Records every golden game of a scenario. */
export function recordGolden(sc: Scenario, scenarioHash: string): GoldenFile {
  return {
    about: GOLDEN_ABOUT,
    scenario: sc.id,
    scenarioHash,
    games: goldenGameSpecs(sc).map((g) => playGolden(sc, g.name, g.turns)),
  };
}

/** The turn in which the action at `index` of a log was taken, from the log's turn hashes. */
export function turnOfAction(turnHashes: readonly TurnHash[], index: number): number {
  const end = turnHashes.find((t) => t.actions > index);
  return end?.turn ?? (turnHashes[turnHashes.length - 1]?.turn ?? 0) + 1;
}

/** An action as canonical JSON, without the words it carries (an AI's reason) when `moveOnly`. */
function actionKey(a: Action, moveOnly: boolean): string {
  if (!moveOnly || !('reason' in a)) return canonicalJson(a);
  const { reason: _words, ...move } = a;
  return canonicalJson(move);
}

/**
 * The first index at which two action logs differ (by canonical JSON), or -1 when they are equal.
 * With `moveOnly`, an action's `reason` (what the AI says about it, not what it does) is ignored.
 */
export function firstDifferentAction(a: readonly Action[], b: readonly Action[], moveOnly = false): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === undefined || y === undefined || actionKey(x, moveOnly) !== actionKey(y, moveOnly)) return i;
  }
  return -1;
}

/** The first turn whose end-of-turn hash differs between two lists, or null when they are equal. */
export function firstDifferentTurn(
  a: readonly TurnHash[],
  b: readonly TurnHash[],
): { turn: number; want?: TurnHash; got?: TurnHash } | null {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const want = a[i];
    const got = b[i];
    if (!want || !got || canonicalJson(want) !== canonicalJson(got)) {
      return { turn: want?.turn ?? got?.turn ?? 0, ...(want ? { want } : {}), ...(got ? { got } : {}) };
    }
  }
  return null;
}
