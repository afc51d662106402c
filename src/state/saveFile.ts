import { type MessageKey, t } from '../i18n/messages';
import { type Action, type AiLevel, type Controller, canonicalJson, createGame, type GameState, hashValue, isAction, step } from '../sim';
import { controllersFor, type GameChoice, levelsFor, type PlayMode, type ScenarioEntry } from './createGameStore';

/**
 * Save files: building one, checking its shape, and replaying and verifying it.
 * Pure (no DOM, no storage, no clock): the caller passes the date and does the I/O,
 * so all of this is unit-tested in Node.
 *
 * A save holds no game state, only how to rebuild it: the scenario (id and hash),
 * the setup, and every action applied in order (human and AI). Loading replays the
 * actions with the sim's `step` and checks the state hash at the end of every turn
 * and at the end, so a save that does not rebuild the very same game is refused.
 */

export const SAVE_FORMAT = 'altiplano-save';
export const SAVE_VERSION = 1;
/** Import size guard: a whole 20-turn game is well under 200 KB. */
export const MAX_SAVE_BYTES = 2_000_000;

/** The start screen's choice, and what the game was built with (who is human, the AI levels). */
export type SaveSetup = GameChoice & {
  controllers: Record<string, Controller>;
  levels?: Record<string, AiLevel>;
};

const MODES: readonly string[] = ['solo', 'hotseat', 'watch'] satisfies PlayMode[];
const LEVELS: readonly string[] = ['easy', 'normal', 'hard'] satisfies AiLevel[];

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
  | 'notJson'
  | 'notSave'
  | 'newerVersion'
  | 'badField'
  | 'unknownScenario'
  | 'scenarioChanged'
  | 'badSetup'
  | 'actionRefused'
  | 'turnHashMismatch'
  | 'finalHashMismatch';

export type SaveError = { ok: false; code: SaveErrorCode; params: Record<string, string | number>; message: string };

export type LoadedSave = { ok: true; save: SaveFile; entry: ScenarioEntry; choice: GameChoice; game: GameState; log: Action[] };

function fail(code: SaveErrorCode, params: Record<string, string | number> = {}): SaveError {
  return { ok: false, code, params, message: t(`saves.error.${code}` as MessageKey, params) };
}

/** Where a replay stands: resumable, so an autosave only steps the actions added since the last one. */
export type ReplayCursor = { state: GameState; applied: number; turnHashes: TurnHash[] };

/** The first state of a game, as the store builds it for `setup`. */
export function startOfReplay(entry: ScenarioEntry, setup: SaveSetup): ReplayCursor {
  const state = createGame(entry.scenario, {
    seed: setup.seed,
    ...(setup.turns !== undefined ? { turns: setup.turns } : {}),
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
): { ok: true; cursor: ReplayCursor } | { ok: false; index: number; reason: string } {
  let state = cursor.state;
  const turnHashes = [...cursor.turnHashes];
  for (let i = cursor.applied; i < actions.length; i++) {
    const a = actions[i];
    if (!isAction(a)) return { ok: false, index: i, reason: t('saves.error.malformedAction') };
    const r = step(state, entry.scenario, a);
    if (!r.ok) return { ok: false, index: i, reason: r.reason.message };
    if (r.state.turn !== state.turn || (r.state.over && !state.over))
      turnHashes.push({ turn: state.turn, actions: i + 1, hash: hashValue(r.state) });
    state = r.state;
  }
  return { ok: true, cursor: { state, applied: actions.length, turnHashes } };
}

export function setupOf(choice: GameChoice, game: GameState): SaveSetup {
  return {
    scenarioId: choice.scenarioId,
    side: choice.side,
    seed: choice.seed,
    ...(choice.turns !== undefined ? { turns: choice.turns } : {}),
    ...(choice.mode !== undefined ? { mode: choice.mode } : {}),
    ...(choice.aiLevel !== undefined ? { aiLevel: choice.aiLevel } : {}),
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

function isObj(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

const isStr = (x: unknown): x is string => typeof x === 'string';
const isInt = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x);

/** Checks the shape of parsed JSON: the first wrong field is named. */
export function checkSaveShape(x: unknown): { ok: true; save: SaveFile } | SaveError {
  if (!isObj(x) || x.format !== SAVE_FORMAT) return fail('notSave');
  if (!isInt(x.version) || x.version < 1) return fail('badField', { field: 'version' });
  if (x.version > SAVE_VERSION) return fail('newerVersion', { version: x.version });
  if (!isStr(x.savedAt)) return fail('badField', { field: 'savedAt' });
  const sc = x.scenario;
  if (!isObj(sc) || !isStr(sc.id) || !isStr(sc.hash)) return fail('badField', { field: 'scenario' });
  const s = x.setup;
  if (!isObj(s)) return fail('badField', { field: 'setup' });
  if (!isStr(s.scenarioId)) return fail('badField', { field: 'setup.scenarioId' });
  if (!isStr(s.side)) return fail('badField', { field: 'setup.side' });
  if (!isInt(s.seed)) return fail('badField', { field: 'setup.seed' });
  if (s.turns !== undefined && (!isInt(s.turns) || s.turns < 1)) return fail('badField', { field: 'setup.turns' });
  if (s.mode !== undefined && !MODES.includes(s.mode as string)) return fail('badField', { field: 'setup.mode' });
  if (s.aiLevel !== undefined && !LEVELS.includes(s.aiLevel as string)) return fail('badField', { field: 'setup.aiLevel' });
  if (!isObj(s.controllers) || !Object.values(s.controllers).every((c) => c === 'human' || c === 'ai'))
    return fail('badField', { field: 'setup.controllers' });
  if (s.levels !== undefined && (!isObj(s.levels) || !Object.values(s.levels).every((l) => LEVELS.includes(l as string))))
    return fail('badField', { field: 'setup.levels' });
  if (!Array.isArray(x.actions)) return fail('badField', { field: 'actions' });
  const bad = x.actions.findIndex((a) => !isAction(a));
  if (bad >= 0) return fail('badField', { field: `actions[${bad}]` });
  if (!Array.isArray(x.turnHashes) || !x.turnHashes.every((h) => isObj(h) && isInt(h.turn) && isInt(h.actions) && isStr(h.hash))) {
    return fail('badField', { field: 'turnHashes' });
  }
  if (!isStr(x.finalHash)) return fail('badField', { field: 'finalHash' });
  return { ok: true, save: x as SaveFile };
}

/**
 * Checks a save and rebuilds its game: shape, scenario (known, unchanged since the save),
 * setup, then a replay of every action with a hash check at each turn's end and at the end.
 * Returns everything `store.restore` needs, or the first thing that is wrong.
 */
export function loadSave(x: unknown, scenarios: readonly ScenarioEntry[]): LoadedSave | SaveError {
  const shape = checkSaveShape(x);
  if (!shape.ok) return shape;
  const save = shape.save;
  const entry = scenarios.find((s) => s.id === save.scenario.id);
  if (!entry) return fail('unknownScenario', { id: save.scenario.id });
  if (entry.hash !== save.scenario.hash) return fail('scenarioChanged', { id: entry.id });
  const { setup } = save;
  const choice: GameChoice = {
    scenarioId: setup.scenarioId,
    side: setup.side,
    seed: setup.seed,
    ...(setup.turns !== undefined ? { turns: setup.turns } : {}),
    ...(setup.mode !== undefined ? { mode: setup.mode } : {}),
    ...(setup.aiLevel !== undefined ? { aiLevel: setup.aiLevel } : {}),
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
  if (!r.ok) return fail('actionRefused', { n: r.index + 1, reason: r.reason });
  const got = r.cursor.turnHashes;
  for (let i = 0; i < Math.max(got.length, save.turnHashes.length); i++) {
    const a = got[i];
    const b = save.turnHashes[i];
    if (!a || !b || a.turn !== b.turn || a.actions !== b.actions || a.hash !== b.hash)
      return fail('turnHashMismatch', { turn: (b ?? a)?.turn ?? 0 });
  }
  if (hashValue(r.cursor.state) !== save.finalHash) return fail('finalHashMismatch');
  return { ok: true, save, entry, choice, game: r.cursor.state, log: [...save.actions] };
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

/** `altiplano-<scenario>-<YYYY-MM-DD>.json`, from an ISO date. */
export function saveFileName(save: SaveFile): string {
  const day = save.savedAt.slice(0, 10).replace(/[^0-9-]/g, '') || 'save';
  const id = save.scenario.id.replace(/[^a-z0-9-]/gi, '');
  return `altiplano-${id}-${day}.json`;
}
