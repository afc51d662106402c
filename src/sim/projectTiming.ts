import { lastTurn } from './gameLength';
import type { ActionDef } from './scenarioTypes';
import type { GameState } from './stateTypes';

/** When a project decided now would be built, and whether that is before the game ends. */
export type ProjectTiming = { doneTurn: number; lastTurn: number; finishes: boolean };

/**
 * For an action that builds a project, taken in `s`'s current turn: the turn at whose end it is
 * built (a project of `turns` turns decided in turn t opens when turn t + turns − 1 resolves) and
 * whether that comes before the game's last turn has resolved. Null for an action with no project.
 */
export function projectTiming(s: GameState, def: ActionDef): ProjectTiming | null {
  if (!def.project) return null;
  const doneTurn = s.turn + Math.max(1, def.project.turns) - 1;
  const last = lastTurn(s.setup);
  return { doneTurn, lastTurn: last, finishes: doneTurn <= last };
}
