import type { Action } from '../actionTypes';
import { own } from '../own';
import type { Scenario } from '../scenarioTypes';
import type { GameState } from '../stateTypes';
import { aiMove } from './aiPolicy';
import { baselineMove } from './baseline';

/** The policy a game's setup asks for: each AI actor at its level, the baseline where none is set. */
export function setupPolicy(s: GameState, sc: Scenario, actor: string): Action | null {
  const level = own(s.setup.levels, actor);
  return level ? aiMove(level, s, sc, actor) : baselineMove(s, sc, actor);
}
