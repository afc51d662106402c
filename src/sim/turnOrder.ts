import type { Scenario } from './scenarioTypes';
import type { GameState } from './stateTypes';

/** The actor whose phase it is, or undefined once the game is over. */
export function currentActor(s: GameState, sc: Scenario): string | undefined {
  if (s.over) return undefined;
  return sc.turnOrder[s.phase];
}

/** The calendar quarter of a turn, e.g. "2025 Q4". */
export function turnDate(sc: Pick<Scenario, 'start'>, turn: number): { year: number; quarter: number; label: string } {
  const q0 = sc.start.quarter - 1 + (turn - 1);
  const year = sc.start.year + Math.floor(q0 / 4);
  const quarter = (q0 % 4) + 1;
  return { year, quarter, label: `${year} Q${quarter}` };
}
