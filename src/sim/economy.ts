import { type Ctx, drawNormal } from './context';
import {
  addQuiet,
  changeMeterBy,
  driftDepartmentQuiet,
  influenceId,
  isDepartmentMeter,
  type QuietMeter,
  quietMeterOf,
  readMeter,
  recomputeMeter,
} from './meters';
import { own } from './own';
import type { Driver, Dynamics, Scenario, Sourced, Text } from './scenarioTypes';
import type { Cause, EngineRule, MeterValues } from './stateTypes';

/**
 * The economy tick, once a turn: GDP growth, GDP, stability, influence and the
 * scenario's own meters move by their dynamics. Drivers read the values from the
 * start of the tick, so the order in which meters are updated does not matter.
 */

/** An engine rule's cause: a `rule` and its `params` (worded by the interface), or the scenario's own `label` for a labelled driver. */
function ruleCause(
  id: string,
  named: { rule: EngineRule; params?: Record<string, string | number> } | { label: Text },
  src: Sourced,
): Cause {
  return {
    kind: 'rule',
    id,
    ...named,
    ...(src.sources ? { sources: src.sources } : {}),
    ...(src.assumption ? { assumption: src.assumption } : {}),
  };
}

/**
 * One meter's dynamics, worked out once per scenario: where each of its places (the nation, or
 * each department) drifts to and the cause recorded for it, and each driver with its cause. The
 * causes depend on the scenario alone, so every turn's ledger shares them rather than building
 * them again on every tick (look-ahead ticks thousands of times a move).
 */
type Place = { department: string | undefined; toward: number | undefined; drift: Cause | undefined };
type MeterPlan = {
  meter: string;
  rate: number | undefined;
  noise: number | undefined;
  places: Place[];
  drivers: { d: Driver; cause: Cause }[];
  noiseCause: Cause;
  perDepartment: boolean;
  /** The meter's kind and bounds, for the quiet tick (see `moveQuiet`). */
  quiet: QuietMeter;
};
type Plan = { growth: MeterPlan; gdp: Cause; rest: MeterPlan[] };

function planMeter(
  sc: Scenario,
  meter: string,
  dyn: Dynamics & Sourced,
  departments: (string | undefined)[],
  towardFor: (dep: string | undefined) => number | undefined,
): MeterPlan {
  return {
    meter,
    rate: dyn.rate,
    noise: dyn.noise,
    places: departments.map((department) => {
      const toward = towardFor(department);
      const drift = toward === undefined ? undefined : ruleCause(`drift:${meter}`, { rule: 'drift', params: { toward } }, dyn);
      return { department, toward, drift };
    }),
    drivers: (dyn.drivers ?? []).map((d) => ({
      d,
      cause: ruleCause(
        `driver:${meter}<-${d.from}`,
        d.label !== undefined ? { label: d.label } : { rule: 'driver', params: { from: d.from, meter } },
        d,
      ),
    })),
    noiseCause: ruleCause(`noise:${meter}`, { rule: 'noise' }, {}),
    perDepartment: isDepartmentMeter(meter),
    quiet: quietMeterOf(sc, meter),
  };
}

const plans = new WeakMap<Scenario, Plan>();

function planOf(sc: Scenario): Plan {
  let plan = plans.get(sc);
  if (plan) return plan;
  const eco = sc.economy;
  const deps = sc.departments.map((d) => d.id);
  const rest: MeterPlan[] = [];
  // Stability: every department drifts toward its own level; drivers move all alike.
  const stabToward = (dep: string | undefined): number | undefined =>
    sc.departments.find((d) => d.id === dep)?.stabilityToward ?? eco.stability.toward;
  rest.push(planMeter(sc, 'stability', eco.stability, deps, stabToward));
  // Influence of each power decays toward its floor in every department.
  for (const [power, dyn] of Object.entries(eco.influence)) rest.push(planMeter(sc, influenceId(power), dyn, deps, () => dyn.toward));
  // The scenario's own meters.
  for (const m of sc.meters ?? []) {
    if (m.dynamics) rest.push(planMeter(sc, m.id, { ...m, ...m.dynamics }, [undefined], () => m.dynamics?.toward));
  }
  plan = {
    // Growth: toward trend plus drivers, closing `inertia` of the gap each quarter.
    growth: planMeter(
      sc,
      'growth',
      { ...eco.growth, toward: eco.growth.trend, rate: eco.growth.inertia, drivers: eco.growth.drivers ?? [] },
      [undefined],
      () => eco.growth.trend,
    ),
    gdp: ruleCause('rule:gdp', { rule: 'gdp' }, eco.growth),
    rest,
  };
  plans.set(sc, plan);
  return plan;
}

/**
 * Moves one meter by its dynamics. With a rate: toward (toward + drivers) by `rate` of the gap.
 * Without: each driver adds coef × input. Noise is drawn only where it is set, so adding a
 * meter without noise never shifts other meters' luck.
 */
function move(ctx: Ctx, m: MeterPlan, start: MeterValues): void {
  if (ctx.quiet) {
    moveQuiet(ctx, m, start);
    return;
  }
  const { meter, rate } = m;
  // The drift goes first, on the value from the start of the tick: adding the drivers'
  // share after it makes the step exactly rate × (toward + drivers − value).
  if (rate !== undefined) {
    // A department meter's national mean is worked out once, after every department has
    // drifted: nothing reads it in between, and the mean of the same values is the same number.
    let moved = false;
    for (const { department, toward, drift } of m.places) {
      if (toward === undefined || drift === undefined) continue;
      const gap = toward - readMeter(ctx.s, meter, department);
      if (gap !== 0) {
        changeMeterBy(ctx, meter, rate * gap, undefined, drift, department, m.perDepartment);
        moved = true;
      }
    }
    if (moved && m.perDepartment) recomputeMeter(ctx.s, ctx.sc, meter);
  }
  for (const { d, cause } of m.drivers) {
    const input = (own(start, d.from) ?? 0) - (d.baseline ?? 0);
    const amount = (rate ?? 1) * d.coef * input;
    if (amount !== 0) changeMeterBy(ctx, meter, amount, undefined, cause);
  }
  if (m.noise) {
    const shock = m.noise * drawNormal(ctx);
    changeMeterBy(ctx, meter, shock, undefined, m.noiseCause);
  }
}

/**
 * `move` on a quiet state (the AI's look-ahead, which records no change): the same moves in the
 * same order, on values read and written directly (see QuietMeter), so the very same numbers.
 */
function moveQuiet(ctx: Ctx, m: MeterPlan, start: MeterValues): void {
  const { s, sc } = ctx;
  const { rate, quiet: q } = m;
  if (rate !== undefined) {
    let moved = false;
    for (const { department, toward, drift } of m.places) {
      if (toward === undefined || drift === undefined) continue;
      if (m.perDepartment && department !== undefined) {
        if (driftDepartmentQuiet(s, q, department, toward, rate)) moved = true;
        continue;
      }
      const gap = toward - readMeter(s, m.meter, department);
      if (gap !== 0) {
        changeMeterBy(ctx, m.meter, rate * gap, undefined, drift, department, m.perDepartment);
        moved = true;
      }
    }
    if (moved && m.perDepartment) recomputeMeter(s, sc, m.meter);
  }
  for (const { d } of m.drivers) {
    const input = (own(start, d.from) ?? 0) - (d.baseline ?? 0);
    const amount = (rate ?? 1) * d.coef * input;
    if (amount !== 0) addQuiet(s, sc, q, amount);
  }
  if (m.noise) addQuiet(s, sc, q, m.noise * drawNormal(ctx));
}

export function economyTick(ctx: Ctx): void {
  const { s, sc } = ctx;
  const start: MeterValues = { ...s.national };
  const plan = planOf(sc);
  move(ctx, plan.growth, start);

  // GDP compounds by the new annual growth rate over one quarter.
  const g = readMeter(s, 'growth');
  const gdp = readMeter(s, 'gdp');
  changeMeterBy(ctx, 'gdp', gdp * ((1 + g / 100) ** 0.25 - 1), undefined, plan.gdp);

  for (const m of plan.rest) move(ctx, m, start);
}
