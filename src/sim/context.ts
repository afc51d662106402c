import type { GameEvent } from './eventTypes';
import { nextRandom } from './rng';
import type { Scenario } from './scenarioTypes';
import type { GameState } from './stateTypes';

/** What every rule function works on inside one step: the draft state, the scenario and the events so far. */
export type Ctx = { s: GameState; sc: Scenario; events: GameEvent[] };

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
