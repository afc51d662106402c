/**
 * The quiet economy tick (the AI's look-ahead: values moved directly, nothing recorded) moves
 * every meter to the very number the recorded tick does, on positions from real games with
 * their meters set at random (out of bounds, at the bounds, fractions), in every scenario.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/headless';
import { economyTick } from '../../src/sim/economy';
import { autoPlay, createGame, type GameState, type Scenario } from '../../src/sim/index';
import { objectivesCached, objectivesFor } from '../../src/sim/objectives';
import { sameValue } from '../../src/sim/sameValue';
import { stateCopy } from '../../src/sim/stateCopy';

const ids = ['paz-pivot', 'arce-era', 'dev-sandbox'];
const scenarios = new Map<string, Scenario>(ids.map((id) => [id, loadScenario(id).scenario]));

/** Positions a baseline game passes through, seven moves apart. */
function positions(sc: Scenario, seed: number): GameState[] {
  let s = createGame(sc, { seed });
  const out = [s];
  for (let i = 0; i < 200 && !s.over; i++) {
    s = autoPlay(s, sc, undefined, 7).state;
    out.push(s);
  }
  return out;
}

const value = fc.oneof(
  fc.double({ min: -200, max: 200, noNaN: true }),
  fc.constantFrom(0, 100, -100, 0.5, 99.999999, 1e-7, 50),
  fc.integer({ min: -5, max: 105 }),
);

/** The position with some meters (national and per department) set to the drawn values. */
function withMeters(s: GameState, values: number[], pick: number): GameState {
  const c = stateCopy(s);
  let k = 0;
  const next = (): number => values[k++ % values.length] as number;
  for (const [i, m] of Object.keys(c.national).entries()) if ((i + pick) % 3 === 0) c.national[m] = next();
  for (const [i, d] of Object.values(c.departments).entries()) {
    if ((i + pick) % 2 === 0) d.stability = next();
    for (const p of Object.keys(d.influence)) if ((i + pick) % 3 !== 1) d.influence[p] = next();
  }
  return c;
}

describe('the quiet economy tick', () => {
  it.each(ids)('%s: moves every meter as the recorded tick does, bit for bit', (id) => {
    const sc = scenarios.get(id) as Scenario;
    const base = positions(sc, 4);
    fc.assert(
      fc.property(fc.nat(base.length - 1), fc.array(value, { minLength: 1, maxLength: 6 }), fc.nat(5), (i, values, pick) => {
        const start = withMeters(base[i] as GameState, values, pick);
        const loud = stateCopy(start);
        const quiet = stateCopy(start);
        economyTick({ s: loud, sc, events: [] });
        economyTick({ s: quiet, sc, events: [], quiet: true });
        expect(sameValue(quiet.national, loud.national)).toBe(true);
        expect(sameValue(quiet.departments, loud.departments)).toBe(true);
        expect(quiet.rng).toBe(loud.rng);
      }),
      { numRuns: 400, seed: 7 },
    );
  });
});

describe('objectives found by the setup', () => {
  it.each(ids)('%s: each length of game gets its own objectives, also for a setup changed in place', (id) => {
    const sc = scenarios.get(id) as Scenario;
    for (const preset of [undefined, ...(sc.presets ?? []).map((p) => p.id)]) {
      const s = createGame(sc, { seed: 1, ...(preset ? { preset } : {}) });
      const setup = { ...s.setup };
      expect(objectivesCached(sc, setup)).toEqual(objectivesFor(sc, setup));
      expect(objectivesCached(sc, setup)).toBe(objectivesCached(sc, setup));
      setup.turns = 1;
      expect(objectivesCached(sc, setup)).toEqual(objectivesFor(sc, setup));
    }
  });
});
