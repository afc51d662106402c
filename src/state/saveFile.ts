// zod/mini: the browser bundle carries only the pieces used here (see src/sim/actionSchema.ts).
import * as z from 'zod/mini';
import {
  type Action,
  type AiLevel,
  actionSchema,
  type Controller,
  canonicalJson,
  createGame,
  firstTurn,
  type GameState,
  hashValue,
  issuePath,
  type Said,
  type SaidParam,
  said,
  step,
  withinDepth,
} from '../sim';
import { controllersFor, type GameChoice, levelsFor, type PlayMode, type ScenarioEntry } from './gameChoice';
import type { BranchedFrom } from './replayBranch';
import { MAX_TEAM, teamFilePart } from './setupLink';

export { teamFilePart } from './setupLink';

/**
 * Save files: building one, checking its shape, and replaying and verifying it.
 * Pure (no DOM, no storage, no clock): the caller passes the date and does the I/O,
 * so all of this is unit-tested in Node.
 *
 * A save holds no game state, only how to rebuild it: the scenario (id and hash),
 * the setup, and every action applied in order (human and AI). Loading replays the
 * actions with the sim's `step` and checks the state hash at the end of every turn
 * and at the end, so a save that does not rebuild the very same game is refused.
 *
 * Format versions: 2 holds actions whose reasons are message keys (`Said`). 1, written before,
 * held English reasons and hashed an older state shape (with English sentences in it): such a
 * save still loads, its reasons dropped, verified by replay alone (every move accepted, the
 * scenario unchanged), and `older` tells the interface so.
 */

export const SAVE_FORMAT = 'altiplano-save';
export const SAVE_VERSION = 2;
/** Import size guard: a whole 20-turn game is well under 200 KB. */
export const MAX_SAVE_BYTES = 2_000_000;
/** A real save nests a dozen levels at most; anything deeper is refused before it is walked. */
export const MAX_SAVE_DEPTH = 32;

/** The start screen's choice, and what the game was built with (who is human, the AI levels). */
export type SaveSetup = GameChoice & {
  controllers: Record<string, Controller>;
  levels?: Record<string, AiLevel>;
};

const MODES = ['solo', 'hotseat', 'watch'] as const satisfies readonly PlayMode[];
const LEVELS = ['easy', 'normal', 'hard'] as const satisfies readonly AiLevel[];

/** The state hash when a turn ended: after `actions` actions of the log, turn `turn` was over. */
export type TurnHash = { turn: number; actions: number; hash: string };

export type SaveFile = {
  format: typeof SAVE_FORMAT;
  version: number;
  savedAt: string;
  scenario: { id: string; hash: string };
  setup: SaveSetup;
  actions: Action[];
  turnHashes: TurnHash[];
  finalHash: string;
};

export type SaveErrorCode =
  | 'tooLarge'
  | 'tooDeep'
  | 'notJson'
  | 'notSave'
  | 'newerVersion'
  | 'badField'
  | 'unknownScenario'
  | 'scenarioChanged'
  | 'unknownPreset'
  | 'badSetup'
  | 'actionRefused'
  | 'turnHashMismatch'
  | 'finalHashMismatch'
  | 'branchMismatch';

/**
 * Why a save was refused, as data: an interface words it as the message `saves.error.<code>`
 * with these params (a refused move's reason is a `Said` among them).
 */
export type SaveError = { ok: false; code: SaveErrorCode; params: Record<string, SaidParam> };

/**
 * A save that replayed and verified. `save` is as it would be written now (the current version,
 * with the hashes of this replay); `older` is true when the file was an older version, verified
 * by replay only (the interface may say so).
 */
export type LoadedSave = {
  ok: true;
  save: SaveFile;
  entry: ScenarioEntry;
  choice: GameChoice;
  game: GameState;
  log: Action[];
  older: boolean;
};

function fail(code: SaveErrorCode, params: Record<string, SaidParam> = {}): SaveError {
  return { ok: false, code, params };
}

/** Where a replay stands: resumable, so an autosave only steps the actions added since the last one. */
export type ReplayCursor = { state: GameState; applied: number; turnHashes: TurnHash[] };

/** The first state of a game, as the store builds it for `setup`. */
export function startOfReplay(entry: ScenarioEntry, setup: SaveSetup): ReplayCursor {
  const state = createGame(entry.scenario, {
    seed: setup.seed,
    ...(setup.turns !== undefined ? { turns: setup.turns } : {}),
    ...(setup.preset !== undefined ? { preset: setup.preset } : {}),
    controllers: setup.controllers,
    ...(setup.levels !== undefined ? { levels: setup.levels } : {}),
  });
  return { state, applied: 0, turnHashes: [] };
}

/**
 * Applies `actions[cursor.applied..]` with `step` (never the AI policy: the log already
 * holds the AI's moves), recording the state hash each time a turn ends. Returns the new
 * cursor, or the index and reason of the first refused action. The cursor passed in is
 * not changed.
 */
export function replayActions(
  entry: ScenarioEntry,
  cursor: ReplayCursor,
  actions: readonly unknown[],
): { ok: true; cursor: ReplayCursor } | { ok: false; index: number; reason: Said } {
  let state = cursor.state;
  const turnHashes = [...cursor.turnHashes];
  for (let i = cursor.applied; i < actions.length; i++) {
    // `step` refuses a malformed action itself (code `malformed`); a save's schema has checked each in full.
    const r = step(state, entry.scenario, actions[i] as Action);
    if (!r.ok) return { ok: false, index: i, reason: said(`refusal.${r.reason.key}`, r.reason.params) };
    if (r.state.turn !== state.turn || (r.state.over && !state.over))
      turnHashes.push({ turn: state.turn, actions: i + 1, hash: hashValue(r.state) });
    state = r.state;
  }
  return { ok: true, cursor: { state, applied: actions.length, turnHashes } };
}

export function setupOf(choice: GameChoice, game: GameState): SaveSetup {
  // A class seat's game is saved as the class built it (remoteSession's choiceOfSeat).
  const side = choice.saveAs?.side ?? choice.side;
  const mode = choice.saveAs ? choice.saveAs.mode : choice.mode;
  return {
    scenarioId: choice.scenarioId,
    side,
    seed: choice.seed,
    ...(choice.turns !== undefined ? { turns: choice.turns } : {}),
    ...(choice.preset !== undefined ? { preset: choice.preset } : {}),
    ...(mode !== undefined ? { mode } : {}),
    ...(choice.aiLevel !== undefined ? { aiLevel: choice.aiLevel } : {}),
    ...(choice.branchedFrom !== undefined ? { branchedFrom: { ...choice.branchedFrom } } : {}),
    ...(choice.team !== undefined ? { team: choice.team } : {}),
    controllers: { ...game.setup.controllers },
    ...(game.setup.levels !== undefined ? { levels: { ...game.setup.levels } } : {}),
  };
}

/** Builds a save from a replayed cursor (its state is the game the log leads to). */
export function buildSave(
  entry: ScenarioEntry,
  setup: SaveSetup,
  actions: readonly Action[],
  cursor: ReplayCursor,
  savedAt: string,
): SaveFile {
  return {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    savedAt,
    scenario: { id: entry.id, hash: entry.hash },
    setup,
    actions: [...actions],
    turnHashes: cursor.turnHashes,
    finalHash: hashValue(cursor.state),
  };
}

/**
 * Builds a save of a game in progress by replaying its log from the start. Returns null
 * if the log does not rebuild `game` (which would be a bug, never a player's doing).
 */
export function saveGame(
  entry: ScenarioEntry,
  choice: GameChoice,
  game: GameState,
  log: readonly Action[],
  savedAt: string,
): SaveFile | null {
  const setup = setupOf(choice, game);
  const r = replayActions(entry, startOfReplay(entry, setup), log);
  if (!r.ok || hashValue(r.cursor.state) !== hashValue(game)) return null;
  return buildSave(entry, setup, log, r.cursor, savedAt);
}

const str = z.string().check(z.maxLength(200));
const hash = z.string().check(z.maxLength(64));
const count = z.int().check(z.minimum(0));
const turnHash = z.strictObject({ turn: count, actions: count, hash });
const setupSchema = z.strictObject({
  scenarioId: str,
  side: str,
  seed: z.int(),
  turns: z.optional(z.int().check(z.minimum(1))),
  preset: z.optional(str),
  mode: z.optional(z.enum(MODES)),
  aiLevel: z.optional(z.enum(LEVELS)),
  // A class team's name (a setup link's `team`); a save without one is a game of its own.
  team: z.optional(z.string().check(z.minLength(1), z.maxLength(MAX_TEAM))),
  controllers: z.record(str, z.enum(['human', 'ai'])),
  levels: z.optional(z.record(str, z.enum(LEVELS))),
  branchedFrom: z.optional(z.strictObject({ label: str, scenarioHash: hash, turn: count, hash })),
});
const fields = {
  format: z.literal(SAVE_FORMAT),
  savedAt: z.string().check(z.maxLength(100)),
  scenario: z.strictObject({ id: str, hash }),
  setup: setupSchema,
  turnHashes: z.array(turnHash).check(z.maxLength(10_000)),
  finalHash: hash,
};
const actionList = z.array(actionSchema).check(z.maxLength(100_000));
/** The current version: every field known, unknown ones refused. */
const saveSchema = z.strictObject({ ...fields, version: z.literal(SAVE_VERSION), actions: actionList });
/** Version 1: the same, but a deal's `reason` was an English sentence (dropped, then each action checked as today's). */
const saveV1Schema = z.strictObject({ ...fields, version: z.literal(1), actions: z.array(z.unknown()).check(z.maxLength(100_000)) });
const v1Reason = z.string().check(z.maxLength(2000));

// Compile-time checks: the schema's setup is exactly a SaveSetup, and a parsed save is a SaveFile
// with the same fields (its version the current one), so the types and the schema cannot drift.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _setupMatches: Same<z.infer<typeof setupSchema>, SaveSetup> = true;
const _saveMatches: [z.infer<typeof saveSchema>] extends [SaveFile] ? Same<keyof z.infer<typeof saveSchema>, keyof SaveFile> : false = true;

function badField(issues: readonly z.core.$ZodIssue[]): SaveError {
  return fail('badField', { field: issuePath(issues) || '(top level)' });
}

/** A version-1 action in today's shape: an English `reason` dropped (anything else is left for the schema to judge). */
function upgradeV1Action(a: unknown): unknown {
  if (typeof a !== 'object' || a === null || Array.isArray(a) || !Object.hasOwn(a, 'reason')) return a;
  const { reason, ...rest } = a as Record<string, unknown>;
  return v1Reason.safeParse(reason).success ? rest : a;
}

/**
 * Checks the shape of parsed JSON against the save schema of its version: the first wrong or
 * unknown field is named. A version-1 save comes back in today's shape, with `older` set.
 */
export function checkSaveShape(x: unknown): { ok: true; save: SaveFile; older: boolean } | SaveError {
  if (typeof x !== 'object' || x === null || Array.isArray(x) || (x as { format?: unknown }).format !== SAVE_FORMAT) return fail('notSave');
  if (!withinDepth(x, MAX_SAVE_DEPTH)) return fail('tooDeep');
  const version = (x as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail('badField', { field: 'version' });
  if (version > SAVE_VERSION) return fail('newerVersion', { version });
  if (version === SAVE_VERSION) {
    const r = saveSchema.safeParse(x);
    return r.success ? { ok: true, save: r.data, older: false } : badField(r.error.issues);
  }
  const v1 = saveV1Schema.safeParse(x);
  if (!v1.success) return badField(v1.error.issues);
  const upgraded = actionList.safeParse(v1.data.actions.map(upgradeV1Action));
  if (!upgraded.success) return badField(upgraded.error.issues.map((i) => ({ ...i, path: ['actions', ...i.path] })));
  return { ok: true, save: { ...v1.data, version: SAVE_VERSION, actions: upgraded.data }, older: true };
}

/**
 * Checks a save and rebuilds its game: shape, scenario (known, unchanged since the save),
 * setup, then a replay of every action with a hash check at each turn's end and at the end.
 * Returns everything `store.restore` needs, or the first thing that is wrong.
 */
export function loadSave(x: unknown, scenarios: readonly ScenarioEntry[]): LoadedSave | SaveError {
  const shape = checkSaveShape(x);
  if (!shape.ok) return shape;
  const { save, older } = shape;
  const entry = scenarios.find((s) => s.id === save.scenario.id);
  if (!entry) return fail('unknownScenario', { id: save.scenario.id });
  if (entry.hash !== save.scenario.hash) return fail('scenarioChanged', { id: entry.id });
  const { setup } = save;
  if (setup.preset !== undefined && !entry.scenario.presets?.some((p) => p.id === setup.preset))
    return fail('unknownPreset', { id: setup.preset, scenario: entry.id });
  const choice: GameChoice = {
    scenarioId: setup.scenarioId,
    side: setup.side,
    seed: setup.seed,
    ...(setup.turns !== undefined ? { turns: setup.turns } : {}),
    ...(setup.preset !== undefined ? { preset: setup.preset } : {}),
    ...(setup.mode !== undefined ? { mode: setup.mode } : {}),
    ...(setup.aiLevel !== undefined ? { aiLevel: setup.aiLevel } : {}),
    ...(setup.branchedFrom !== undefined ? { branchedFrom: setup.branchedFrom } : {}),
    ...(setup.team !== undefined ? { team: setup.team } : {}),
  };
  // The recorded controllers and levels must be the ones the store builds for this choice.
  if (
    setup.scenarioId !== entry.id ||
    !entry.scenario.actors.some((a) => a.id === setup.side && a.playable) ||
    canonicalJson(setup.controllers) !== canonicalJson(controllersFor(entry.scenario, setup.side, setup.mode)) ||
    (setup.levels !== undefined && canonicalJson(setup.levels) !== canonicalJson(levelsFor(entry.scenario, choice)))
  ) {
    return fail('badSetup');
  }
  const r = replayActions(entry, startOfReplay(entry, setup), save.actions);
  if (!r.ok) return fail('actionRefused', { n: r.index + 1, reason: { said: [r.reason] } });
  const got = r.cursor.turnHashes;
  const finalHash = hashValue(r.cursor.state);
  // An older save's hashes were taken over an older state shape: its replay is its check.
  const verified = { ...save, turnHashes: got, finalHash };
  if (older) return { ok: true, save: verified, entry, choice, game: r.cursor.state, log: [...save.actions], older };
  for (let i = 0; i < Math.max(got.length, save.turnHashes.length); i++) {
    const a = got[i];
    const b = save.turnHashes[i];
    if (!a || !b || a.turn !== b.turn || a.actions !== b.actions || a.hash !== b.hash)
      return fail('turnHashMismatch', { turn: (b ?? a)?.turn ?? 0 });
  }
  if (finalHash !== save.finalHash) return fail('finalHashMismatch');
  if (setup.branchedFrom && !sharesBranchPoint(setup.branchedFrom, entry, r.cursor.state, got)) return fail('branchMismatch');
  return { ok: true, save: verified, entry, choice, game: r.cursor.state, log: [...save.actions], older };
}

/**
 * A branched game shares its origin's history up to the branch: same scenario, and its own state
 * hash at the end of the branch turn is the one recorded for the origin there.
 */
function sharesBranchPoint(b: BranchedFrom, entry: ScenarioEntry, game: GameState, got: readonly TurnHash[]): boolean {
  const turn = firstTurn(game.setup) + b.turn - 1;
  return b.scenarioHash === entry.hash && b.turn >= 1 && got.some((t) => t.turn === turn && t.hash === b.hash);
}

/** Parses and loads save-file text, refusing text that is too large or is not JSON. */
export function loadSaveText(text: string, scenarios: readonly ScenarioEntry[]): LoadedSave | SaveError {
  if (text.length > MAX_SAVE_BYTES) return fail('tooLarge', { max: Math.round(MAX_SAVE_BYTES / 1_000_000) });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail('notJson');
  }
  return loadSave(parsed, scenarios);
}

/** `altiplano-<scenario>-<YYYY-MM-DD>.json`, from an ISO date; a class team's save `altiplano-<team>-<scenario>-<YYYY-MM-DD>.json`. */
export function saveFileName(save: Pick<SaveFile, 'savedAt' | 'scenario'> & { setup?: { team?: string } }): string {
  const day = save.savedAt.slice(0, 10).replace(/[^0-9-]/g, '') || 'save';
  const id = save.scenario.id.replace(/[^a-z0-9-]/gi, '');
  const team = save.setup?.team !== undefined ? teamFilePart(save.setup.team) : '';
  return team ? `altiplano-${team}-${id}-${day}.json` : `altiplano-${id}-${day}.json`;
}
