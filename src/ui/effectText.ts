import { t } from '../i18n/messages';
import type { Effect, Scenario } from '../sim';
import { formatDelta, formatValue, meterInfo } from './meterInfo';
import { actorName, departmentName } from '../present/names';

/** One declarative effect as a sentence: "+5 Influence of United States in Potosí". */
export function effectLine(sc: Scenario, e: Effect, department?: string, scaleBy = 1): string | null {
  if ('meter' in e) {
    const m = meterInfo(sc, e.meter);
    if (e.set !== undefined) return t('effect.set', { name: m.name, value: formatValue(m, e.set) });
    const sign = formatDelta(m, (e.add ?? 0) * scaleBy);
    if (e.at === 'target')
      return department
        ? t('effect.meterIn', { sign, name: m.name, department: departmentName(sc, department) })
        : t('effect.meterTarget', { sign, name: m.name });
    if (e.department) return t('effect.meterIn', { sign, name: m.name, department: departmentName(sc, e.department) });
    return t('effect.meter', { sign, name: m.name });
  }
  if ('budget' in e) {
    const add = e.add * scaleBy;
    const sign = `${add >= 0 ? '+' : '−'}${e.budget === 'money' ? '$' : ''}${Math.abs(add)}${e.budget === 'money' ? ' M' : ''}`;
    return t('effect.budget', { sign, what: t(e.budget === 'money' ? 'effect.money' : 'effect.capital'), actor: actorName(sc, e.actor) });
  }
  return null;
}

export function effectLines(sc: Scenario, effects: readonly Effect[] | undefined, department?: string, scaleBy = 1): string[] {
  return (effects ?? []).map((e) => effectLine(sc, e, department, scaleBy)).filter((x): x is string => x !== null);
}
