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
      unit: m.unit ?? '',
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

/** A meter's value with its unit, e.g. "$48.2 bn", "2.1 %", "34". */
export function formatValue(w: Words, m: MeterInfo, v: number): string {
  if (m.id === 'gdp') return w.t('value.gdp', { value: w.num(v, 1) });
  if (m.id === 'growth') return w.t('value.growth', { value: w.num(v, 1) });
  // Long units ("index, 2025 Q4 = 100") are said once in the causes panel, not after every number.
  // A range ("0–100") is a scale, not a unit.
  if (m.unit === '/100' || m.unit === '' || m.unit.length > 12 || /^-?\d+\s*[–-]\s*\d+$/.test(m.unit)) return w.num(v, m.digits);
  return w.t('value.withUnit', { value: w.num(v, m.digits), unit: m.unit });
}

function deltaDigits(m: MeterInfo, d: number): number {
  return Math.abs(d) < 1 && m.digits < 2 ? m.digits + 1 : m.digits;
}

/** A change, signed, with as many digits as the meter shows plus one for small moves. */
export function formatDelta(w: Words, m: MeterInfo, d: number): string {
  const digits = deltaDigits(m, d);
  if (Number(Math.abs(d).toFixed(digits)) === 0) return '±0';
  const s = w.num(Math.abs(d), digits);
  const body = m.id === 'gdp' ? w.t('value.gdp', { value: s }) : m.id === 'growth' ? w.t('value.points', { value: s }) : s;
  return d > 0 ? `+${body}` : `−${body}`;
}

/** ▲ up, ▼ down, ▬ flat: the direction as a shape as well as a sign. */
export function arrow(m: MeterInfo, d: number): '▲' | '▼' | '▬' {
  if (Number(Math.abs(d).toFixed(deltaDigits(m, d))) === 0) return '▬';
  return d > 0 ? '▲' : '▼';
}

/** Scale of a meter's range, to compare how much different meters moved. */
export function meterSpan(m: MeterInfo, v: number): number {
  if (m.id === 'gdp') return Math.max(1, Math.abs(v) * 0.05);
  if (m.id === 'growth') return 5;
  return Math.max(1e-9, m.max - m.min);
}
