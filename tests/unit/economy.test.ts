import { describe, expect, it } from 'vitest';
import { createGame, readMeter, type Scenario } from '../../src/sim/index';
import { endTurn, tinyScenario } from './helpers';

/** One turn of the economy tick on a hand-built scenario, with nobody acting. */
function oneTick(sc: Scenario) {
  return endTurn(createGame(sc, { seed: 1 }), sc);
}

describe('economy tick', () => {
  it('moves growth toward the trend by inertia, with no drivers', () => {
    const sc = tinyScenario({
      initial: { gdp: 100, growth: 1 },
      economy: { growth: { trend: 3, inertia: 0.25 }, stability: {}, influence: {} },
    });
    const s = oneTick(sc);
    expect(readMeter(s, 'growth')).toBeCloseTo(1 + 0.25 * (3 - 1), 9);
  });

  it('moves growth toward trend + drivers by inertia', () => {
    // x starts at 5: the driver shifts the target by coef × (x − baseline) = 0.4 × 3 = 1.2.
    const sc = tinyScenario({
      initial: { gdp: 100, growth: 1 },
      economy: { growth: { trend: 2, inertia: 0.5, drivers: [{ from: 'x', baseline: 2, coef: 0.4 }] }, stability: {}, influence: {} },
    });
    const s = oneTick(sc);
    expect(readMeter(s, 'growth')).toBeCloseTo(1 + 0.5 * (2 + 1.2 - 1), 9);
  });

  it('at rest, a meter with drivers sits coef × input away from its toward', () => {
    const sc = tinyScenario({
      initial: { gdp: 100, growth: 2 + 0.4 * 3 },
      economy: { growth: { trend: 2, inertia: 0.5, drivers: [{ from: 'x', baseline: 2, coef: 0.4 }] }, stability: {}, influence: {} },
    });
    const s = oneTick(sc);
    expect(readMeter(s, 'growth')).toBeCloseTo(3.2, 9);
  });

  it('compounds GDP by a quarter of the annual growth rate', () => {
    const sc = tinyScenario({
      initial: { gdp: 100, growth: 4 },
      economy: { growth: { trend: 4, inertia: 0.3 }, stability: {}, influence: {} },
    });
    let s = oneTick(sc);
    expect(readMeter(s, 'growth')).toBe(4);
    expect(readMeter(s, 'gdp')).toBeCloseTo(100 * 1.04 ** 0.25, 5);
    s = endTurn(s, sc);
    s = endTurn(s, sc);
    s = endTurn(s, sc);
    // Four quarters at 4% a year make a year's 4%.
    expect(readMeter(s, 'gdp')).toBeCloseTo(104, 4);
    expect(s.ledger.filter((l) => l.meter === 'gdp').every((l) => l.cause.kind === 'rule')).toBe(true);
  });

  it('drifts each department toward its own stabilityToward, else the national toward', () => {
    const base = tinyScenario();
    const sc = tinyScenario({
      departments: [{ ...base.departments[0]!, stabilityToward: 60 }, base.departments[1]!],
      economy: { growth: { trend: 1, inertia: 0 }, stability: { toward: 50, rate: 0.5 }, influence: {} },
    });
    const s = oneTick(sc);
    expect(s.departments.A?.stability).toBe(40 + 0.5 * (60 - 40));
    expect(s.departments.B?.stability).toBe(80 + 0.5 * (50 - 80));
    expect(readMeter(s, 'stability')).toBe((3 * 50 + 65) / 4);
  });

  it('without a rate, each driver adds coef × input every turn', () => {
    const sc = tinyScenario({
      meters: [
        { id: 'x', name: 'X', min: 0, max: 10, initial: 5 },
        { id: 'y', name: 'Y', min: -100, max: 100, initial: 0, dynamics: { drivers: [{ from: 'x', baseline: 1, coef: 0.5 }] } },
      ],
    });
    let s = oneTick(sc);
    expect(readMeter(s, 'y')).toBe(2);
    s = endTurn(s, sc);
    expect(readMeter(s, 'y')).toBe(4);
  });

  it('influence decays toward its floor in every department', () => {
    const sc = tinyScenario({ economy: { growth: { trend: 1, inertia: 0 }, stability: {}, influence: { p: { toward: 20, rate: 0.1 } } } });
    const s = oneTick(sc);
    expect(s.departments.A?.influence.p).toBe(10 + 0.1 * 10);
    expect(s.departments.B?.influence.p).toBe(30 - 0.1 * 10);
  });

  it('noise moves a meter only when set, and deterministically by seed', () => {
    const noisy = tinyScenario({ meters: [{ id: 'x', name: 'X', min: -100, max: 100, initial: 0, dynamics: { noise: 5 } }] });
    const a = oneTick(noisy);
    const b = oneTick(noisy);
    expect(readMeter(a, 'x')).toBe(readMeter(b, 'x'));
    expect(readMeter(a, 'x')).not.toBe(0);
    const quiet = tinyScenario({ meters: [{ id: 'x', name: 'X', min: -100, max: 100, initial: 0 }] });
    expect(readMeter(oneTick(quiet), 'x')).toBe(0);
  });
});
