import type { Ctx } from './context';
import { LIMITS } from './limits';
import { own } from './own';
import { indexOf } from './scenarioIndex';
import type { MeterDef, Scenario } from './scenarioTypes';
import type { Cause, DepartmentState, GameState } from './stateTypes';

/**
 * Meters: reading, bounds and the one function that changes them. Every change
 * goes through `changeMeter`, which clamps, refuses NaN, and writes the cause
 * to the ledger, so every number can be explained.
 */

export const ENGINE_METERS = ['gdp', 'growth', 'stability'] as const;

const INFLUENCE = 'influence.';

/** Is this meter kept per department (stability and each power's influence)? */
export function isDepartmentMeter(id: string): boolean {
  return id === 'stability' || id.startsWith(INFLUENCE);
}

export function influenceId(actor: string): string {
  return `${INFLUENCE}${actor}`;
}

/** The power whose influence a meter id names (`influence.<power>`), or null for any other meter. */
export function influencePower(id: string): string | null {
  return id.startsWith(INFLUENCE) ? id.slice(INFLUENCE.length) : null;
}

/** Ids of the foreign powers whose influence is tracked. */
export function powers(sc: Scenario): string[] {
  return [...indexOf(sc).powers];
}

/** Every meter id the scenario can name. */
export function meterIds(sc: Scenario): string[] {
  return [...ENGINE_METERS, ...indexOf(sc).powers.map(influenceId), ...(sc.meters ?? []).map((m) => m.id)];
}

export function meterDef(sc: Scenario, id: string): MeterDef | undefined {
  return indexOf(sc).meter.get(id);
}

/** Lower and upper bounds of a meter. */
export function meterBounds(sc: Scenario, id: string): [number, number] {
  const [lo, hi] = bounds(sc, id);
  return [lo, hi];
}

const GDP: readonly [number, number] = [0, LIMITS.gdp];
const GROWTH: readonly [number, number] = [-LIMITS.growth, LIMITS.growth];
const PERCENT: readonly [number, number] = [0, 100];
const ANY: readonly [number, number] = [-LIMITS.meter, LIMITS.meter];

const scenarioBounds = new WeakMap<Scenario, Map<string, readonly [number, number]>>();

/** The bounds without a fresh pair: `changeMeter` reads them on every change. */
function bounds(sc: Scenario, id: string): readonly [number, number] {
  if (id === 'gdp') return GDP;
  if (id === 'growth') return GROWTH;
  if (id === 'stability' || id.startsWith(INFLUENCE)) return PERCENT;
  let known = scenarioBounds.get(sc);
  if (!known) {
    known = new Map();
    scenarioBounds.set(sc, known);
  }
  let b = known.get(id);
  if (!b) {
    const def = indexOf(sc).meter.get(id);
    b = def ? [def.min, def.max] : ANY;
    known.set(id, b);
  }
  return b;
}

/** The power an influence id names, without cutting a fresh string each time (ids are few, reads many). */
const powerOfId = new Map<string, string>();
function powerIn(id: string): string {
  let p = powerOfId.get(id);
  if (p === undefined) {
    p = id.slice(INFLUENCE.length);
    powerOfId.set(id, p);
  }
  return p;
}

/**
 * `own` for the sim's hot reads, without a second lookup. A record of numbers: a key it does not
 * hold finds only Object.prototype's functions, never a number. A record of departments: ids start
 * with a letter, so a miss finds only a function, never an object (`__proto__` goes the slow way).
 */
function numAt(rec: Readonly<Record<string, number>>, key: string): number | undefined {
  const v = rec[key];
  return typeof v === 'number' ? v : undefined;
}

function departmentAt(s: GameState, key: string): DepartmentState | undefined {
  if (key === '__proto__') return own(s.departments, key);
  const d = s.departments[key];
  return typeof d === 'object' && d !== null ? d : undefined;
}

function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

/** The value of a meter, nationally or in one department. */
export function readMeter(s: GameState, id: string, department?: string): number {
  if (department !== undefined && isDepartmentMeter(id)) {
    const d = departmentAt(s, department);
    if (d) return id === 'stability' ? d.stability : (numAt(d.influence, powerIn(id)) ?? 0);
  }
  return numAt(s.national, id) ?? 0;
}

/** Recomputes national stability and influence as population-weighted means of the departments. */
export function recomputeNational(s: GameState, sc: Scenario): void {
  recomputeMeter(s, sc, 'stability');
  for (const p of indexOf(sc).powers) recomputeMeter(s, sc, influenceId(p));
}

/**
 * Recomputes one department meter's national value: its population-weighted mean. Each national
 * value depends on its own meter's department values only, so recomputing just the meter that
 * changed gives the very same numbers as recomputing them all (the sums run in the same order).
 */
export function recomputeMeter(s: GameState, sc: Scenario, id: string): void {
  const power = id === 'stability' ? null : powerIn(id);
  // Only stability and the powers' influence have a national mean (as recomputeNational sets).
  if (power !== null && !indexOf(sc).powers.includes(power)) return;
  let total = 0;
  let sum = 0;
  for (const dep of sc.departments) {
    const d = departmentAt(s, dep.id);
    if (!d) continue;
    const w = dep.population ?? 1;
    total += w;
    sum += w * (power === null ? d.stability : (numAt(d.influence, power) ?? 0));
  }
  if (total <= 0) return;
  s.national[id] = round(sum / total);
}

/** Moves one department's value of a department meter (`power` null: stability); returns the new value. */
function moveDepartment(d: DepartmentState, power: string | null, add: number, set: number | undefined, lo: number, hi: number): number {
  const old = power === null ? d.stability : (numAt(d.influence, power) ?? 0);
  const v = round(Math.min(hi, Math.max(lo, set !== undefined ? set : old + add)));
  if (power === null) d.stability = v;
  else d.influence[power] = v;
  return v;
}

/**
 * Changes a meter by `delta` (or to `set`), clamped to its bounds, and records why.
 * A department meter changed without a department moves every department alike.
 * Returns the change actually made (after clamping). Non-finite input changes nothing.
 * `later`: the caller recomputes the national value itself once it has changed every department
 * it means to (the economy's drift), since nothing reads it in between.
 */
export function changeMeter(
  ctx: Ctx,
  id: string,
  change: { add?: number; set?: number },
  cause: Cause,
  department?: string,
  later = false,
): number {
  return changeMeterBy(ctx, id, change.add, change.set, cause, department, later);
}

/** `changeMeter` with the change as two arguments, for the rules' hot paths (no object to build). */
export function changeMeterBy(
  ctx: Ctx,
  id: string,
  add: number | undefined,
  set: number | undefined,
  cause: Cause,
  department?: string,
  later = false,
): number {
  const { s, sc } = ctx;
  if ((add !== undefined && !Number.isFinite(add)) || (set !== undefined && !Number.isFinite(set))) return 0;
  const b = bounds(sc, id);
  const lo = b[0];
  const hi = b[1];
  const by = add ?? 0;

  let from: number;
  let to: number;
  if (isDepartmentMeter(id)) {
    const power = id === 'stability' ? null : powerIn(id);
    // One department: its own value, from and to (a department the state lacks reads the nation's, and moves nothing).
    const d = department !== undefined ? departmentAt(s, department) : undefined;
    if (d) {
      from = power === null ? d.stability : (numAt(d.influence, power) ?? 0);
      to = moveDepartment(d, power, by, set, lo, hi);
      if (!later) recomputeMeter(s, sc, id);
    } else {
      from = numAt(s.national, id) ?? 0;
      if (department === undefined) {
        for (const dep of indexOf(sc).departmentIds) {
          const x = departmentAt(s, dep);
          if (x) moveDepartment(x, power, by, set, lo, hi);
        }
      }
      if (!later) recomputeMeter(s, sc, id);
      to = numAt(s.national, id) ?? 0;
    }
  } else {
    from = numAt(s.national, id) ?? 0;
    to = round(Math.min(hi, Math.max(lo, set !== undefined ? set : from + by)));
    s.national[id] = to;
  }
  const delta = round(to - from);
  if (ctx.quiet || Math.abs(delta) < 1e-9) return delta;
  const entry = { turn: s.turn, meter: id, delta, cause, ...(department !== undefined ? { department } : {}) };
  if (ctx.ledgerShared) {
    s.ledger = s.ledger.slice();
    ctx.ledgerShared = false;
  }
  s.ledger.push(entry);
  ctx.events.push({ type: 'MeterChanged', meter: id, from, to, cause, ...(department !== undefined ? { department } : {}) });
  return delta;
}

/**
 * A meter as the quiet economy moves it (the AI's look-ahead ticks the economy on every
 * play-out): what `changeMeterBy` works out from its id on each call, worked out once.
 * `power`: undefined for a national meter, null for stability, else the power whose influence it is.
 */
export type QuietMeter = { id: string; power: string | null | undefined; lo: number; hi: number };

export function quietMeterOf(sc: Scenario, id: string): QuietMeter {
  const b = bounds(sc, id);
  return { id, power: isDepartmentMeter(id) ? (id === 'stability' ? null : powerIn(id)) : undefined, lo: b[0], hi: b[1] };
}

/**
 * The quiet economy's drift of a department meter in one department, toward `toward` by `rate` of
 * the gap: what `readMeter` then `changeMeterBy(ctx, id, add, undefined, cause, department, true)` do
 * to a quiet state, with the same clamping and rounding (the economy drifts every department of
 * every such meter on each turn of each play-out).
 * True when there was a gap (the caller then recomputes the national mean, as the economy does).
 */
export function driftDepartmentQuiet(s: GameState, q: QuietMeter, department: string, toward: number, rate: number): boolean {
  const d = departmentAt(s, department);
  // A department the state lacks reads the nation's value, and moves nothing.
  const cur = d ? (q.power === null ? d.stability : (numAt(d.influence, q.power as string) ?? 0)) : (numAt(s.national, q.id) ?? 0);
  const gap = toward - cur;
  if (gap === 0) return false;
  const add = rate * gap;
  if (d && Number.isFinite(add)) moveDepartment(d, q.power as string | null, add, undefined, q.lo, q.hi);
  return true;
}

/**
 * `changeMeterBy(ctx, id, add, undefined, cause)` on a quiet state, no department named: a
 * national meter moves, a department meter moves in every department and its mean is recomputed.
 */
export function addQuiet(s: GameState, sc: Scenario, q: QuietMeter, add: number): void {
  if (!Number.isFinite(add)) return;
  if (q.power === undefined) {
    s.national[q.id] = round(Math.min(q.hi, Math.max(q.lo, (numAt(s.national, q.id) ?? 0) + add)));
    return;
  }
  for (const dep of indexOf(sc).departmentIds) {
    const x = departmentAt(s, dep);
    if (x) moveDepartment(x, q.power, add, undefined, q.lo, q.hi);
  }
  recomputeMeter(s, sc, q.id);
}
