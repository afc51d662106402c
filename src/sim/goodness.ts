import { influencePower, meterDef } from './meters';
import type { GoodDirection, Scenario } from './scenarioTypes';

/** How a change of a meter reads from one actor's seat. */
export type Tone = 'good' | 'bad' | 'neutral';

/**
 * Which way a meter is good for an actor. Scenario meters say so in data (`good`, with
 * `goodFor` per actor overriding it; neutral when the file says nothing). Engine meters:
 * - `influence.<power>` is good up for that power and good down for every other power (its
 *   rivals for the same ground); the host and the other actors are neutral, since a host that
 *   balances its partners wants none of them to lead for good;
 * - `gdp`, `growth` and `stability` are good up for every actor: the host first, and most
 *   others too (a partner in crisis buys, pays and keeps its promises less). A scenario that
 *   disagrees for an actor says so with a meter of its own.
 */
export function goodDirection(sc: Scenario, actor: string, meter: string): GoodDirection {
  const power = influencePower(meter);
  if (power !== null) {
    if (power === actor) return 'up';
    return sc.actors.find((a) => a.id === actor)?.kind === 'power' ? 'down' : 'neutral';
  }
  if (meter === 'gdp' || meter === 'growth' || meter === 'stability') return 'up';
  const def = meterDef(sc, meter);
  return def?.goodFor?.[actor] ?? def?.good ?? 'neutral';
}

/**
 * Is a change of `delta` on `meter` good, bad or neutral for `actor`? A change too small to
 * show (|delta| ≤ `epsilon`) is neutral, as is any change of a neutral meter.
 */
export function changeTone(sc: Scenario, actor: string, meter: string, delta: number, epsilon = 1e-9): Tone {
  if (!Number.isFinite(delta) || Math.abs(delta) <= epsilon) return 'neutral';
  const dir = goodDirection(sc, actor, meter);
  if (dir === 'neutral') return 'neutral';
  return delta > 0 === (dir === 'up') ? 'good' : 'bad';
}
