import { indexOf } from './scenarioIndex';
import type { PresetDef, Scenario } from './scenarioTypes';
import type { GameSetup } from './stateTypes';

type LengthOf = Pick<GameSetup, 'turns' | 'startTurn'>;

/** The scenario turn a game starts on: its preset's `startTurn`, 1 for a game from the scenario's start. */
export function firstTurn(setup: LengthOf): number {
  return setup.startTurn ?? 1;
}

/** The scenario turn a game ends after: its first turn plus its length, less one. */
export function lastTurn(setup: LengthOf): number {
  return firstTurn(setup) + setup.turns - 1;
}

/** A scenario turn as the player counts it in this game: 1 on the game's first turn ("turn 1 of 6"). */
export function gameTurn(setup: LengthOf, turn: number): number {
  return turn - firstTurn(setup) + 1;
}

/** Turns still to be resolved in the game from scenario turn `turn` on, this one included. */
export function turnsLeft(setup: LengthOf, turn: number): number {
  return Math.max(0, lastTurn(setup) - turn + 1);
}

/** The preset a setup plays, when it names one the scenario has. */
export function presetOf(sc: Scenario, setup: Pick<GameSetup, 'preset'>): PresetDef | undefined {
  return setup.preset === undefined ? undefined : indexOf(sc).preset.get(setup.preset);
}
