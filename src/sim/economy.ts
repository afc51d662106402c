import { type Ctx, drawNormal } from './context';
import { changeMeter, influenceId, readMeter } from './meters';
import { own } from './own';
import type { Driver, Dynamics, Sourced, Text } from './scenarioTypes';
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

function driverInput(start: MeterValues, d: Driver): number {
  return (own(start, d.from) ?? 0) - (d.baseline ?? 0);
}

/**
 * Moves one meter by its dynamics. With a rate: toward (toward + drivers) by `rate` of the gap.
 * Without: each driver adds coef × input. Noise is drawn only where it is set, so adding a
 * meter without noise never shifts other meters' luck.
 */
function move(
  ctx: Ctx,
  meter: string,
  dyn: Dynamics & Sourced,
  start: MeterValues,
  departments: (string | undefined)[],
  towardFor: (dep: string | undefined) => number | undefined,
): void {
  const rate = dyn.rate;
  // The drift goes first, on the value from the start of the tick: adding the drivers'
  // share after it makes the step exactly rate × (toward + drivers − value).
  if (rate !== undefined) {
    for (const dep of departments) {
      const toward = towardFor(dep);
      if (toward === undefined) continue;
      const gap = toward - readMeter(ctx.s, meter, dep);
      if (gap !== 0)
        changeMeter(ctx, meter, { add: rate * gap }, ruleCause(`drift:${meter}`, { rule: 'drift', params: { toward } }, dyn), dep);
    }
  }
  for (const d of dyn.drivers ?? []) {
    const input = driverInput(start, d);
    const amount = (rate ?? 1) * d.coef * input;
    if (amount !== 0)
      changeMeter(
        ctx,
        meter,
        { add: amount },
        ruleCause(
          `driver:${meter}<-${d.from}`,
          d.label !== undefined ? { label: d.label } : { rule: 'driver', params: { from: d.from, meter } },
          d,
        ),
      );
  }
  if (dyn.noise) {
    const shock = dyn.noise * drawNormal(ctx);
    changeMeter(ctx, meter, { add: shock }, ruleCause(`noise:${meter}`, { rule: 'noise' }, {}));
  }
}

export function economyTick(ctx: Ctx): void {
  const { s, sc } = ctx;
  const start: MeterValues = { ...s.national };
  const eco = sc.economy;
  const deps = sc.departments.map((d) => d.id);

  // Growth: toward trend plus drivers, closing `inertia` of the gap each quarter.
  move(
    ctx,
    'growth',
    { ...eco.growth, toward: eco.growth.trend, rate: eco.growth.inertia, drivers: eco.growth.drivers ?? [] },
    start,
    [undefined],
    () => eco.growth.trend,
  );

  // GDP compounds by the new annual growth rate over one quarter.
  const g = readMeter(s, 'growth');
  const gdp = readMeter(s, 'gdp');
  changeMeter(ctx, 'gdp', { add: gdp * ((1 + g / 100) ** 0.25 - 1) }, ruleCause('rule:gdp', { rule: 'gdp' }, eco.growth));

  // Stability: every department drifts toward its own level; drivers move all alike.
  const stabToward = (dep: string | undefined): number | undefined =>
    sc.departments.find((d) => d.id === dep)?.stabilityToward ?? eco.stability.toward;
  move(ctx, 'stability', eco.stability, start, deps, stabToward);

  // Influence of each power decays toward its floor in every department.
  for (const [power, dyn] of Object.entries(eco.influence)) {
    move(ctx, influenceId(power), dyn, start, deps, () => dyn.toward);
  }

  // The scenario's own meters.
  for (const m of sc.meters ?? []) {
    if (m.dynamics) move(ctx, m.id, { ...m, ...m.dynamics }, start, [undefined], () => m.dynamics?.toward);
  }
}
