import { influenceId, influencePower, readMeter } from './meters';
import { own } from './own';
import type { Comparison, Condition } from './scenarioTypes';
import type { GameState } from './stateTypes';

type Test = (s: GameState) => boolean;

/**
 * A comparison as a test of one number. Comparisons are scenario data, never changed once
 * loaded, so their bounds are read once here instead of on every evaluation.
 */
function comparer(c: Comparison): (v: number) => boolean {
  const { lt, lte, gt, gte, eq } = c;
  return (v) => {
    if (lt !== undefined && !(v < lt)) return false;
    if (lte !== undefined && !(v <= lte)) return false;
    if (gt !== undefined && !(v > gt)) return false;
    if (gte !== undefined && !(v >= gte)) return false;
    if (eq !== undefined && !(v === eq)) return false;
    return true;
  };
}

function leads(c: Extract<Condition, { leads: string }>): Test {
  const power = c.leads;
  const id = influenceId(power);
  const dep = c.department;
  const by = c.by ?? 0.000001;
  return (s) => {
    const mine = readMeter(s, id, dep);
    const source = dep !== undefined ? own(s.departments, dep)?.influence : undefined;
    if (source) {
      for (const k in source) if (k !== power && !(mine >= (source[k] as number) + by)) return false;
      return true;
    }
    for (const k in s.national) {
      if (influencePower(k) !== null && k !== id && !(mine >= (s.national[k] as number) + by)) return false;
    }
    return true;
  };
}

function compile(c: Condition): Test {
  if ('all' in c) {
    const xs = c.all.map(testOf);
    return (s) => xs.every((x) => x(s));
  }
  if ('any' in c) {
    const xs = c.any.map(testOf);
    return (s) => xs.some((x) => x(s));
  }
  if ('not' in c) {
    const x = testOf(c.not);
    return (s) => !x(s);
  }
  if ('meter' in c) {
    const { meter, department } = c;
    const cmp = comparer(c);
    return (s) => cmp(readMeter(s, meter, department));
  }
  if ('turn' in c) {
    const cmp = comparer(c.turn);
    return (s) => cmp(s.turn);
  }
  if ('flag' in c) {
    const { flag } = c;
    const is = c.is ?? true;
    return (s) => (Object.hasOwn(s.flags, flag) ? (s.flags[flag] ?? false) : false) === is;
  }
  if ('project' in c) {
    const { project, status } = c;
    return (s) => s.projects.some((p) => p.action === project && (status === 'any' ? p.status !== 'retired' : p.status === status));
  }
  if ('deal' in c) {
    const { between, term } = c;
    return (s) =>
      s.deals.some(
        (d) =>
          // Signed, and still so once its obligations have run out (completed); not broken, not unwound.
          (d.status === 'signed' || d.status === 'completed') &&
          (!between || (between.includes(d.from) && between.includes(d.to))) &&
          (!term || d.terms.some((t) => t.term === term)),
      );
  }
  if ('leads' in c) return leads(c);
  return () => false;
}

/**
 * Conditions are evaluated on every step (events' triggers, actions' and terms' requirements,
 * objectives, end conditions), the AI's look-ahead included, so each is turned into a test once
 * and kept by the condition object it came from (scenario data is never changed once loaded).
 */
const tests = new WeakMap<Condition, Test>();

function testOf(c: Condition): Test {
  let t = tests.get(c);
  if (!t) {
    t = compile(c);
    tests.set(c, t);
  }
  return t;
}

/**
 * Evaluates a declarative condition against the state. Pure; never throws.
 * `leads`: the named power has the highest influence (by at least `by`).
 */
export function holds(s: GameState, c: Condition): boolean {
  return testOf(c)(s);
}
