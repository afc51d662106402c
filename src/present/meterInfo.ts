import { influenceId, type MeterDef, meterBounds, powers, type Scenario } from '../sim';
import type { Words } from './words';

export type MeterGroup = 'economy' | 'influence' | 'scenario';

/** How the interface names, groups and formats one meter (in the language of the words it was made with). */
export type MeterInfo = {
  id: string;
  name: string;
  unit: string;
  min: number;
  max: number;
  digits: number;
  group: MeterGroup;
  def?: MeterDef;
  color?: string;
};

/** Every meter of the scenario, in display order: economy, influence of each power, the scenario's own. */
export function meterList(w: Words, sc: Scenario): MeterInfo[] {
  const out: MeterInfo[] = [
    { id: 'gdp', name: w.t('meter.gdp'), unit: w.t('unit.gdp'), min: 0, max: 0, digits: 1, group: 'economy' },
    { id: 'growth', name: w.t('meter.growth'), unit: w.t('unit.growth'), min: -30, max: 30, digits: 1, group: 'economy' },
    { id: 'stability', name: w.t('meter.stability'), unit: '/100', min: 0, max: 100, digits: 0, group: 'economy' },
  ];
  for (const p of powers(sc)) {
    const a = sc.actors.find((x) => x.id === p);
    out.push({
      id: influenceId(p),
      name: w.meter(influenceId(p)),
      unit: '/100',
      min: 0,
      max: 100,
      digits: 0,
      group: 'influence',
      ...(a?.color ? { color: a.color } : {}),
    });
  }
  for (const m of sc.meters ?? []) {
    const range = m.max - m.min;
    out.push({
      id: m.id,
      name: w.text(m.name),
      unit: w.text(m.unit),
      min: m.min,
      max: m.max,
      digits: range <= 10 ? 2 : range <= 1000 ? 1 : 0,
      group: 'scenario',
      def: m,
    });
  }
  return out;
}

export function meterInfo(w: Words, sc: Scenario, id: string): MeterInfo {
  const found = meterList(w, sc).find((m) => m.id === id);
  if (found) return found;
  const [min, max] = meterBounds(sc, id);
  return { id, name: id, unit: '', min, max, digits: 1, group: 'scenario' };
}

/** A meter's value with its unit, e.g. "$48.2 bn", "2.1 %", "34"; `digits` overrides the meter's own. */
export function formatValue(w: Words, m: MeterInfo, v: number, digits = m.digits): string {
  if (m.id === 'gdp') return w.t('value.gdp', { value: w.num(v, digits) });
  if (m.id === 'growth') return w.t('value.growth', { value: w.num(v, digits) });
  // Long units ("index, 2025 Q4 = 100") are said once in the causes panel, not after every number.
  // A range ("0–100") is a scale, not a unit.
  if (m.unit === '/100' || m.unit === '' || m.unit.length > 12 || /^-?\d+\s*[–-]\s*\d+$/.test(m.unit)) return w.num(v, digits);
  return w.t('value.withUnit', { value: w.num(v, digits), unit: m.unit });
}

function deltaDigits(m: MeterInfo, d: number): number {
  return Math.abs(d) < 1 && m.digits < 2 ? m.digits + 1 : m.digits;
}

/** Rounds as the number formatter does (halves away from zero), so a value and its shown figure agree. */
function roundTo(v: number, digits: number): number {
  // toFixed rounds the exact decimal value, halves away from zero, like Intl.NumberFormat.
  return Math.sign(v) * Number(Math.abs(v).toFixed(digits));
}

/** A change shown beside the values it joins: the digits all three are shown with, and the change. */
export type ShownChange = { digits: number; delta: number };

/**
 * The change between two values as a reader sees them: the difference of the two values rounded
 * as shown, so "38 → 40" reads +2, never +3. When the rounded values are equal but the change is
 * not nothing (14.8 → 15.4 both show 15), one more digit is shown on all three (14.8 → 15.4, +0.6).
 */
export function shownChange(m: MeterInfo, from: number, to: number): ShownChange {
  const at = (k: number): number => roundTo(roundTo(to, k) - roundTo(from, k), k);
  const delta = at(m.digits);
  if (delta === 0 && m.digits < 3 && at(m.digits + 1) !== 0) return { digits: m.digits + 1, delta: at(m.digits + 1) };
  return { digits: m.digits, delta };
}

/**
 * A change, signed, with as many digits as the meter shows plus one for small moves (or exactly
 * `digits`, when it is shown beside values: see `shownChange`).
 */
export function formatDelta(w: Words, m: MeterInfo, d: number, fixed?: number): string {
  const digits = fixed ?? deltaDigits(m, d);
  if (Number(Math.abs(d).toFixed(digits)) === 0) return '±0';
  const s = w.num(Math.abs(d), digits);
  const body = m.id === 'gdp' ? w.t('value.gdp', { value: s }) : m.id === 'growth' ? w.t('value.points', { value: s }) : s;
  return d > 0 ? `+${body}` : `−${body}`;
}

/** ▲ up, ▼ down, ▬ flat: the direction as a shape as well as a sign (flat when it rounds to nothing at `digits`). */
export function arrow(m: MeterInfo, d: number, fixed?: number): '▲' | '▼' | '▬' {
  if (Number(Math.abs(d).toFixed(fixed ?? deltaDigits(m, d))) === 0) return '▬';
  return d > 0 ? '▲' : '▼';
}

/** Scale of a meter's range, to compare how much different meters moved. */
export function meterSpan(m: MeterInfo, v: number): number {
  if (m.id === 'gdp') return Math.max(1, Math.abs(v) * 0.05);
  if (m.id === 'growth') return 5;
  return Math.max(1e-9, m.max - m.min);
}
