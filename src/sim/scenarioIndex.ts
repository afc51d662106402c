import type { ActionDef, Actor, Department, EventDef, MeterDef, PresetDef, Scenario, Site, TermDef } from './scenarioTypes';

/**
 * Lookups by id into a scenario, built once per scenario object and kept in a WeakMap: the rules
 * look ids up on every step (the AI's look-ahead thousands of times a move), and `find` over the
 * scenario's lists was a good part of a step's cost. A scenario is never changed once loaded, so
 * an index built from it stays true. Each map keeps the first definition of an id, as `find` did.
 */
export type ScenarioIndex = {
  action: Map<string, ActionDef>;
  term: Map<string, TermDef>;
  event: Map<string, EventDef>;
  meter: Map<string, MeterDef>;
  actor: Map<string, Actor>;
  department: Map<string, Department>;
  site: Map<string, Site>;
  preset: Map<string, PresetDef>;
  /** The foreign powers' ids, in the scenario's order. */
  powers: string[];
  /** The departments' ids, in the scenario's order. */
  departmentIds: string[];
  /** Each action's allowed targets (by the action's own object: `whyNot` may be handed any). */
  targets: WeakMap<ActionDef, Set<string>>;
};

const cache = new WeakMap<Scenario, ScenarioIndex>();

function byId<T extends { id: string }>(xs: readonly T[] | undefined): Map<string, T> {
  const m = new Map<string, T>();
  for (const x of xs ?? []) if (!m.has(x.id)) m.set(x.id, x);
  return m;
}

export function indexOf(sc: Scenario): ScenarioIndex {
  let ix = cache.get(sc);
  if (ix) return ix;
  ix = {
    action: byId(sc.actions),
    term: byId(sc.terms),
    event: byId(sc.events),
    meter: byId(sc.meters),
    actor: byId(sc.actors),
    department: byId(sc.departments),
    site: byId(sc.sites),
    preset: byId(sc.presets),
    powers: sc.actors.filter((a) => a.kind === 'power').map((a) => a.id),
    departmentIds: sc.departments.map((d) => d.id),
    targets: new WeakMap(),
  };
  cache.set(sc, ix);
  return ix;
}
