import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AiLevel, autoPlay, createGame, type GameState, meterBounds, meterIds, readMeter, type Scenario } from '../../src/sim/index';
import { devSandbox } from './helpers';

function assertInvariants(s: GameState, sc: Scenario): void {
  for (const m of meterIds(sc)) {
    const [lo, hi] = meterBounds(sc, m);
    const v = readMeter(s, m);
    expect(Number.isFinite(v), m).toBe(true);
    expect(v, m).toBeGreaterThanOrEqual(lo);
    expect(v, m).toBeLessThanOrEqual(hi);
    for (const d of sc.departments) {
      const dv = readMeter(s, m, d.id);
      expect(Number.isFinite(dv), `${m} in ${d.id}`).toBe(true);
    }
  }
  for (const [id, a] of Object.entries(s.actors)) {
    expect(a.budget.capital, id).toBeGreaterThanOrEqual(0);
    expect(a.budget.money, id).toBeGreaterThanOrEqual(0);
  }
}

describe('any mix of AI levels plays whole games without breaking an invariant', () => {
  const level = fc.constantFrom<AiLevel | 'baseline'>('easy', 'normal', 'hard', 'baseline');
  it('bounds, no NaN, budgets never negative, the game always ends', () => {
    const sc = devSandbox();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        level,
        level,
        level,
        fc.integer({ min: 1, max: 4 }),
        (seed, us, bo, cn, turns) => {
          const picks: Record<string, AiLevel | 'baseline'> = { us, bolivia: bo, china: cn };
          const levels = Object.fromEntries(Object.entries(picks).filter(([, l]) => l !== 'baseline')) as Record<string, AiLevel>;
          let s = createGame(sc, { seed, turns, levels });
          // Check the invariants at every turn boundary, not only at the end.
          for (let i = 0; i < 10 && !s.over; i++) {
            s = autoPlay(s, sc, undefined, 200).state;
            assertInvariants(s, sc);
          }
          expect(s.over).toBeDefined();
          expect(s.turn).toBeLessThanOrEqual(turns);
        },
      ),
      { numRuns: 12 },
    );
  });
});
