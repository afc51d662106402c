import type { Action } from '../actionTypes';
import { sameValue } from '../sameValue';
import type { Scenario } from '../scenarioTypes';
import type { GameState } from '../stateTypes';

/**
 * The play-out the AI has just run for the move it chose, kept for its next decision.
 *
 * Weighing a move means stepping it on a look-ahead copy and playing on with everyone passive;
 * the first passive move is then, most often, the actor ending its phase. When the actor takes
 * that move, its next decision weighs "end the phase now" from the very state the kept play-out
 * stood in before that first passive move, and plays the very same moves from it: the value is
 * the same number, so it is taken from here instead of being played again. It is used only when
 * the state is the same down to every bit and key (`sameValue`), so no decision can change.
 */
export type KeptPlayout = {
  actor: string;
  horizon: number;
  discount: number;
  /**
   * The state after the chosen move, where the kept play-out's first move was the actor's own end
   * of phase; undefined when it was not. Worked out only when asked: most often the actor's next
   * decision has no move left to weigh and never asks.
   */
  start: () => GameState | undefined;
  value: number;
};

const kept = new WeakMap<Scenario, KeptPlayout>();

export function keepPlayout(sc: Scenario, k: KeptPlayout): void {
  kept.set(sc, k);
}

/** The kept value of playing `a` from `s`, or undefined when no kept play-out is that one. */
export function keptValue(s: GameState, sc: Scenario, actor: string, a: Action, horizon: number, discount: number): number | undefined {
  if (a.type !== 'endPhase' || a.actor !== actor) return undefined;
  const k = kept.get(sc);
  if (!k || k.actor !== actor || k.horizon !== horizon || k.discount !== discount) return undefined;
  const start = k.start();
  return start !== undefined && sameValue(start, s) ? k.value : undefined;
}
