import {
  type Action,
  firstTurn,
  type GameState,
  hashValue,
  influencePower,
  isDepartmentMeter,
  lastTurn,
  type ScoreCard,
  scoreAll,
} from '../../sim';
import type { GameChoice, ScenarioEntry } from '../gameChoice';
import { type LoadedSave, type SaveSetup, setupOf, startOfReplay } from '../saveFile';
import { type DecisionRow, replayDecisions } from './decisions';
import { type MeterRow, meterRows } from './meters';

/** The setup as a save records it, with the team's name when the game was played as one. */
export type ExportSetup = SaveSetup & { team?: string };

/** A finished (or unfinished) game, replayed once and ready to be written as CSV or JSON. */
export type GameExport = {
  entry: ScenarioEntry;
  setup: ExportSetup;
  game: GameState;
  log: readonly Action[];
  meters: MeterRow[];
  decisions: DecisionRow[];
  scores: Record<string, ScoreCard>;
  finalHash: string;
};

/** A team's name, when the setup (or choice) carries one as text. */
function teamOf(x: object): string | undefined {
  const team = (x as { team?: unknown }).team;
  return typeof team === 'string' && team.trim() !== '' ? team.trim() : undefined;
}

function build(entry: ScenarioEntry, setup: ExportSetup, game: GameState, log: readonly Action[]): GameExport | null {
  const replay = replayDecisions(entry.scenario, startOfReplay(entry, setup).state, log);
  const finalHash = hashValue(game);
  if (!replay.ok || hashValue(replay.final) !== finalHash) return null;
  return {
    entry,
    setup,
    game,
    log: [...log],
    meters: meterRows(entry.scenario, game),
    decisions: replay.rows,
    scores: game.over?.scores ?? scoreAll(game, entry.scenario),
    finalHash,
  };
}

/**
 * The export of a game as the store holds it (its scenario entry, choice, state and log).
 * Null when the log does not rebuild the state (a bug, never a player's doing).
 */
export function exportOfGame(entry: ScenarioEntry, choice: GameChoice, game: GameState, log: readonly Action[]): GameExport | null {
  const team = teamOf(choice);
  return build(entry, { ...setupOf(choice, game), ...(team !== undefined ? { team } : {}) }, game, log);
}

/** The export of a save that `loadSaveText` verified (a team's file on the comparison page). */
export function exportOfSave(loaded: LoadedSave): GameExport | null {
  const team = teamOf(loaded.save.setup);
  return build(loaded.entry, { ...loaded.save.setup, ...(team !== undefined ? { team } : {}) }, loaded.game, loaded.log);
}

/** Where a meter is kept and whose it is: for the JSON's list of meters. */
export function meterScope(id: string): { scope: 'national' | 'department'; actor?: string } {
  const actor = influencePower(id);
  return { scope: isDepartmentMeter(id) ? 'department' : 'national', ...(actor !== null ? { actor } : {}) };
}

export function lengthOf(x: GameExport): { turns: number; firstTurn: number; lastTurn: number } {
  return { turns: x.game.setup.turns, firstTurn: firstTurn(x.game.setup), lastTurn: lastTurn(x.game.setup) };
}
