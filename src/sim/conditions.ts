import { influenceId, influencePower, readMeter } from './meters';
import { own } from './own';
import type { Comparison, Condition } from './scenarioTypes';
import type { GameState } from './stateTypes';

function compare(v: number, c: Comparison): boolean {
  if (c.lt !== undefined && !(v < c.lt)) return false;
  if (c.lte !== undefined && !(v <= c.lte)) return false;
  if (c.gt !== undefined && !(v > c.gt)) return false;
  if (c.gte !== undefined && !(v >= c.gte)) return false;
  if (c.eq !== undefined && !(v === c.eq)) return false;
  return true;
}

/**
 * Evaluates a declarative condition against the state. Pure; never throws.
 * `leads`: the named power has the highest influence (by at least `by`).
 */
export function holds(s: GameState, c: Condition): boolean {
  if ('all' in c) return c.all.every((x) => holds(s, x));
  if ('any' in c) return c.any.some((x) => holds(s, x));
  if ('not' in c) return !holds(s, c.not);
  if ('meter' in c) return compare(readMeter(s, c.meter, c.department), c);
  if ('turn' in c) return compare(s.turn, c.turn);
  if ('flag' in c) return (Object.hasOwn(s.flags, c.flag) ? (s.flags[c.flag] ?? false) : false) === (c.is ?? true);
  if ('project' in c) {
    return s.projects.some((p) => p.action === c.project && (c.status === 'any' ? p.status !== 'retired' : p.status === c.status));
  }
  if ('deal' in c) {
    return s.deals.some(
      (d) =>
        // Signed, and still so once its obligations have run out (completed); not broken, not unwound.
        (d.status === 'signed' || d.status === 'completed') &&
        (!c.between || (c.between.includes(d.from) && c.between.includes(d.to))) &&
        (!c.term || d.terms.some((t) => t.term === c.term)),
    );
  }
  if ('leads' in c) {
    const mine = readMeter(s, influenceId(c.leads), c.department);
    const source = c.department !== undefined ? own(s.departments, c.department)?.influence : undefined;
    const others = source
      ? Object.entries(source)
          .filter(([k]) => k !== c.leads)
          .map(([, v]) => v)
      : Object.entries(s.national)
          .filter(([k]) => influencePower(k) !== null && k !== influenceId(c.leads))
          .map(([, v]) => v);
    return others.every((o) => mine >= o + (c.by ?? 0.000001));
  }
  return false;
}
