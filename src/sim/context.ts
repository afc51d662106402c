import type { GameEvent } from './eventTypes';
import { nextRandom } from './rng';
import type { Scenario } from './scenarioTypes';
import type { GameState } from './stateTypes';

/**
 * What every rule function works on inside one step: the draft state, the scenario and
 * the events so far. `quiet` (the AI's look-ahead only) skips the ledger, the history
 * and the events, which nothing in a look-ahead reads; the rules themselves are the same.
 */
export type Ctx = {
  s: GameState;
  sc: Scenario;
  events: GameEvent[];
  quiet?: boolean;
  /** The ledger is still the input state's own array (see stateCopy): copy it before the first entry. */
  ledgerShared?: boolean;
};

/** Draws from the game's own generator, advancing it inside the state. */
export function draw(ctx: Ctx): number {
  const [v, n] = nextRandom(ctx.s.rng);
  ctx.s.rng = n;
  return v;
}

/** A standard normal draw (Box–Muller), from two uniform draws. */
export function drawNormal(ctx: Ctx): number {
  const u = Math.max(draw(ctx), 1e-12);
  const v = draw(ctx);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
