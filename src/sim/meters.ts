import type { Ctx } from './context';
import { LIMITS } from './limits';
import { own } from './own';
import type { MeterDef, Scenario } from './scenarioTypes';
import type { Cause, GameState } from './stateTypes';

/**
 * Meters: reading, bounds and the one function that changes them. Every change
 * goes through `changeMeter`, which clamps, refuses NaN, and writes the cause
 * to the ledger, so every number can be explained.
 */

export const ENGINE_METERS = ['gdp', 'growth', 'stability'] as const;

/** Is this meter kept per department (stability and each power's influence)? */
export function isDepartmentMeter(id: string): boolean {
  return id === 'stability' || influencePower(id) !== null;
}

const INFLUENCE = 'influence.';

export function influenceId(actor: string): string {
  return `${INFLUENCE}${actor}`;
}

/** The power whose influence a meter id names (`influence.<power>`), or null for any other meter. */
export function influencePower(id: string): string | null {
  return id.startsWith(INFLUENCE) ? id.slice(INFLUENCE.length) : null;
}

/** Ids of the foreign powers whose influence is tracked. */
export function powers(sc: Scenario): string[] {
  return sc.actors.filter((a) => a.kind === 'power').map((a) => a.id);
}

/** Every meter id the scenario can name. */
export function meterIds(sc: Scenario): string[] {
  return [...ENGINE_METERS, ...powers(sc).map(influenceId), ...(sc.meters ?? []).map((m) => m.id)];
}

export function meterDef(sc: Scenario, id: string): MeterDef | undefined {
  return sc.meters?.find((m) => m.id === id);
}

/** Lower and upper bounds of a meter. */
export function meterBounds(sc: Scenario, id: string): [number, number] {
  if (id === 'gdp') return [0, LIMITS.gdp];
  if (id === 'growth') return [-LIMITS.growth, LIMITS.growth];
  if (id === 'stability' || id.startsWith('influence.')) return [0, 100];
  const def = meterDef(sc, id);
  return def ? [def.min, def.max] : [-LIMITS.meter, LIMITS.meter];
}

function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

function clamp(v: number, [lo, hi]: [number, number]): number {
  return Math.min(hi, Math.max(lo, v));
}

/** The value of a meter, nationally or in one department. */
export function readMeter(s: GameState, id: string, department?: string): number {
  if (department !== undefined && isDepartmentMeter(id)) {
    const d = own(s.departments, department);
    if (d) return id === 'stability' ? d.stability : (own(d.influence, id.slice(10)) ?? 0);
  }
  return own(s.national, id) ?? 0;
}

/** Recomputes national stability and influence as population-weighted means of the departments. */
export function recomputeNational(s: GameState, sc: Scenario): void {
  let total = 0;
  let stab = 0;
  const inf: Record<string, number> = {};
  const ps = powers(sc);
  for (const dep of sc.departments) {
    const d = own(s.departments, dep.id);
    if (!d) continue;
    const w = dep.population ?? 1;
    total += w;
    stab += w * d.stability;
    for (const p of ps) inf[p] = (own(inf, p) ?? 0) + w * (own(d.influence, p) ?? 0);
  }
  if (total <= 0) return;
  s.national.stability = round(stab / total);
  for (const p of ps) s.national[influenceId(p)] = round((own(inf, p) ?? 0) / total);
}

function setDepartmentValue(s: GameState, id: string, department: string, v: number): void {
  const d = own(s.departments, department);
  if (!d) return;
  if (id === 'stability') d.stability = v;
  else d.influence[id.slice(10)] = v;
}

/**
 * Changes a meter by `delta` (or to `set`), clamped to its bounds, and records why.
 * A department meter changed without a department moves every department alike.
 * Returns the change actually made (after clamping). Non-finite input changes nothing.
 */
export function changeMeter(ctx: Ctx, id: string, change: { add?: number; set?: number }, cause: Cause, department?: string): number {
  const { s, sc } = ctx;
  const bounds = meterBounds(sc, id);
  const { add, set } = change;
  if ((add !== undefined && !Number.isFinite(add)) || (set !== undefined && !Number.isFinite(set))) return 0;
  const apply = (old: number): number => round(clamp(set !== undefined ? set : old + (add ?? 0), bounds));

  let from: number;
  let to: number;
  if (isDepartmentMeter(id)) {
    from = readMeter(s, id, department);
    const targets = department !== undefined ? [department] : sc.departments.map((d) => d.id);
    for (const dep of targets) setDepartmentValue(s, id, dep, apply(readMeter(s, id, dep)));
    recomputeNational(s, sc);
    to = readMeter(s, id, department);
  } else {
    from = readMeter(s, id);
    to = apply(from);
    s.national[id] = to;
  }
  const delta = round(to - from);
  if (Math.abs(delta) < 1e-9 || ctx.quiet) return delta;
  const entry = { turn: s.turn, meter: id, delta, cause, ...(department !== undefined ? { department } : {}) };
  s.ledger.push(entry);
  ctx.events.push({ type: 'MeterChanged', meter: id, from, to, cause, ...(department !== undefined ? { department } : {}) });
  return delta;
}
