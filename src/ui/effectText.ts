import { formatDelta, formatValue, meterInfo } from '../present/meterInfo';
import type { Words } from '../present/words';
import type { Effect, Scenario } from '../sim';

function budgetLine(w: Words, e: Extract<Effect, { budget: string }>, add: number): string {
  const what = w.t(e.budget === 'money' ? 'effect.money' : 'effect.capital');
  const n = w.num(Math.abs(add), Number.isInteger(add) ? 0 : 1);
  const amount = e.budget === 'money' ? w.t('effect.moneyAmount', { n }) : n;
  return w.t('effect.budget', { sign: `${add >= 0 ? '+' : '−'}${amount}`, what, actor: w.actor(e.actor) });
}

/** One declarative effect as a sentence: "+5 Influence of United States in Potosí"; null for what the player does not read (flags). */
export function effectLine(w: Words, sc: Scenario, e: Effect, department?: string, scaleBy = 1): string | null {
  if ('meter' in e) {
    const m = meterInfo(w, sc, e.meter);
    if (e.set !== undefined) return w.t('effect.set', { name: m.name, value: formatValue(w, m, e.set) });
    const sign = formatDelta(w, m, (e.add ?? 0) * scaleBy);
    const where = e.at === 'target' ? department : e.department;
    if (where) return w.t('effect.meterIn', { sign, name: m.name, department: w.department(where) });
    return e.at === 'target' ? w.t('effect.meterTarget', { sign, name: m.name }) : w.t('effect.meter', { sign, name: m.name });
  }
  if ('budget' in e) return budgetLine(w, e, e.add * scaleBy);
  if ('unwind' in e)
    return e.between
      ? w.t('effect.unwindBetween', { term: w.term(e.unwind), a: w.actor(e.between[0]), b: w.actor(e.between[1]) })
      : w.t('effect.unwind', { term: w.term(e.unwind) });
  return null;
}

export function effectLines(w: Words, sc: Scenario, effects: readonly Effect[] | undefined, department?: string, scaleBy = 1): string[] {
  return (effects ?? []).map((e) => effectLine(w, sc, e, department, scaleBy)).filter((x): x is string => x !== null);
}

/** An effect as a sentence, with the meter and change it declares (for a good/bad mark), when it changes a meter by an amount. */
export type EffectItem = { text: string; meter?: string; delta?: number };

export function effectItems(
  w: Words,
  sc: Scenario,
  effects: readonly Effect[] | undefined,
  department?: string,
  scaleBy = 1,
): EffectItem[] {
  const out: EffectItem[] = [];
  for (const e of effects ?? []) {
    const text = effectLine(w, sc, e, department, scaleBy);
    if (text === null) continue;
    out.push('meter' in e && e.add !== undefined ? { text, meter: e.meter, delta: e.add * scaleBy } : { text });
  }
  return out;
}
