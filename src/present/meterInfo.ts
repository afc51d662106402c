import { fmt } from '../present/format';
import { t } from '../i18n/messages';
import { type MeterDef, meterBounds, powers, type Scenario, textOf } from '../sim';
import { actorName } from '../present/names';

export type MeterGroup = 'economy' | 'influence' | 'scenario';

/** How the interface names, groups and formats one meter. */
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
export function meterList(sc: Scenario): MeterInfo[] {
  const out: MeterInfo[] = [
    { id: 'gdp', name: t('meter.gdp'), unit: 'US$ bn', min: 0, max: 0, digits: 1, group: 'economy' },
    { id: 'growth', name: t('meter.growth'), unit: '% a year', min: -30, max: 30, digits: 1, group: 'economy' },
    { id: 'stability', name: t('meter.stability'), unit: '/100', min: 0, max: 100, digits: 0, group: 'economy' },
  ];
  for (const p of powers(sc)) {
    const a = sc.actors.find((x) => x.id === p);
    out.push({
      id: `influence.${p}`,
      name: t('meter.influence', { actor: actorName(sc, p) }),
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
      name: textOf(m.name),
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

export function meterInfo(sc: Scenario, id: string): MeterInfo {
  const found = meterList(sc).find((m) => m.id === id);
  if (found) return found;
  const [min, max] = meterBounds(sc, id);
  return { id, name: id, unit: '', min, max, digits: 1, group: 'scenario' };
}

/** A meter's value with its unit, e.g. "$48.2 bn", "2.1 %", "34". */
export function formatValue(m: MeterInfo, v: number): string {
  if (m.id === 'gdp') return `$${fmt(v, 1)} bn`;
  if (m.id === 'growth') return `${fmt(v, 1)} %`;
  // Long units ("index, 2025 Q4 = 100") are said once in the causes panel, not after every number.
  // A range ("0–100") is a scale, not a unit.
  if (m.unit === '/100' || m.unit === '' || m.unit.length > 12 || /^-?\d+\s*[–-]\s*\d+$/.test(m.unit)) return fmt(v, m.digits);
  return `${fmt(v, m.digits)} ${m.unit}`;
}

/** A change, signed, with as many digits as the meter shows plus one for small moves. */
export function formatDelta(m: MeterInfo, d: number): string {
  const digits = Math.abs(d) < 1 && m.digits < 2 ? m.digits + 1 : m.digits;
  const s = fmt(Math.abs(d), digits);
  const zero = Number(s) === 0;
  const body = m.id === 'gdp' ? `$${s} bn` : m.id === 'growth' ? `${s} pt` : s;
  return zero ? '±0' : d > 0 ? `+${body}` : `−${body}`;
}

/** ▲ up, ▼ down, ▬ flat: the direction as a shape as well as a sign. */
export function arrow(m: MeterInfo, d: number): '▲' | '▼' | '▬' {
  const shown = Number(fmt(Math.abs(d), Math.abs(d) < 1 && m.digits < 2 ? m.digits + 1 : m.digits));
  if (shown === 0) return '▬';
  return d > 0 ? '▲' : '▼';
}

/** Scale of a meter's range, to compare how much different meters moved. */
export function meterSpan(m: MeterInfo, v: number): number {
  if (m.id === 'gdp') return Math.max(1, Math.abs(v) * 0.05);
  if (m.id === 'growth') return 5;
  return Math.max(1e-9, m.max - m.min);
}
