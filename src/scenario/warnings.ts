import { type Condition, type Effect, meterBounds, type Scenario } from '../sim';
import type { CrossProblem } from './crossCheck';
import type { Path } from './locate';
import { wordWithoutPath } from './problem';

/**
 * What is legal but almost surely not meant: the file loads and plays, and the author is told.
 * A source citing a document nobody lists; a term effect that, multiplied by the term's largest
 * amount, always pushes its meter to a bound; a condition that can never hold; a flag read and
 * never set (always false), or set and never read (changes nothing).
 */
export function scenarioWarnings(sc: Scenario): CrossProblem[] {
  const out: CrossProblem[] = [];
  const warn = (path: Path, key: CrossProblem['msg'] & object): void => {
    out.push({ path, message: wordWithoutPath(key.key, key.params), msg: key, severity: 'warning' });
  };
  const meterIds = new Set<string>(['gdp', 'growth', 'stability', ...(sc.meters ?? []).map((m) => m.id)]);
  for (const a of sc.actors) if (a.kind === 'power') meterIds.add(`influence.${a.id}`);

  // ── Sources that cite a document nobody lists ──
  const docs = new Set((sc.documents ?? []).map((d) => d.file));
  const refs = new Set((sc.references ?? []).map((r) => r.id));
  const visitSources = (x: unknown, path: Path): void => {
    if (Array.isArray(x)) {
      x.forEach((v, i) => {
        visitSources(v, [...path, i]);
      });
      return;
    }
    if (x === null || typeof x !== 'object') return;
    const o = x as Record<string, unknown>;
    // crossCheck already refuses a reference-like code (R12) or a .txt file missing from a list that exists.
    const refused = (d: string): boolean => /^[A-Z]{1,2}\d{1,3}$/.test(d) || (docs.size > 0 && d.endsWith('.txt'));
    if (typeof o.doc === 'string' && path.at(-2) === 'sources' && !docs.has(o.doc) && !refs.has(o.doc) && !refused(o.doc))
      warn([...path, 'doc'], { key: 'validator.warn.unlistedDocument', params: { doc: o.doc } });
    for (const [k, v] of Object.entries(o)) if (k !== 'references' && k !== 'documents') visitSources(v, [...path, k]);
  };
  visitSources(sc, []);

  // ── A term effect that always ends at a bound at the term's largest amount ──
  (sc.terms ?? []).forEach((t, i) => {
    if (!t.amount) return;
    const max = Math.max(Math.abs(t.amount.max), Math.abs(t.amount.min));
    if (max <= 1) return;
    for (const list of ['onSign', 'perTurn'] as const)
      (t[list] ?? []).forEach((e, j) => {
        if (!('meter' in e) || e.add === undefined || e.add === 0 || !meterIds.has(e.meter)) return;
        const [lo, hi] = meterBounds(sc, e.meter);
        const total = e.add * max;
        if (Math.abs(total) < hi - lo) return;
        const perUnit = Number((e.add / max).toPrecision(2));
        warn(['terms', i, list, j, 'add'], {
          key: 'validator.warn.termAtBound',
          params: { max, add: e.add, total: Number(total.toPrecision(6)), meter: e.meter, lo, hi, perUnit },
        });
      });
  });

  // ── Conditions that can never hold, and the flags conditions read ──
  const read = new Map<string, Path>();
  const set = new Set<string>(
    (sc.presets ?? []).flatMap((p) => Object.entries(p.initial?.flags ?? {}).flatMap(([f, v]) => (v ? [f] : []))),
  );
  const condition = (c: Condition, path: Path, negated: boolean): void => {
    if ('all' in c)
      c.all.forEach((x, i) => {
        condition(x, [...path, 'all', i], negated);
      });
    else if ('any' in c)
      c.any.forEach((x, i) => {
        condition(x, [...path, 'any', i], negated);
      });
    else if ('not' in c) condition(c.not, [...path, 'not'], !negated);
    else if ('flag' in c) {
      if (!read.has(c.flag)) read.set(c.flag, [...path, 'flag']);
    } else if (negated) return;
    else if ('meter' in c && meterIds.has(c.meter)) {
      const [lo, hi] = meterBounds(sc, c.meter);
      const never =
        (c.gt !== undefined && c.gt >= hi) ||
        (c.gte !== undefined && c.gte > hi) ||
        (c.lt !== undefined && c.lt <= lo) ||
        (c.lte !== undefined && c.lte < lo) ||
        (c.eq !== undefined && (c.eq < lo || c.eq > hi));
      if (never) warn(path, { key: 'validator.warn.neverHoldsMeter', params: { meter: c.meter, lo, hi } });
    } else if ('turn' in c) {
      const t = c.turn;
      const never =
        (t.gt !== undefined && t.gt >= sc.turns) ||
        (t.gte !== undefined && t.gte > sc.turns) ||
        (t.lt !== undefined && t.lt <= 1) ||
        (t.lte !== undefined && t.lte < 1) ||
        (t.eq !== undefined && (t.eq < 1 || t.eq > sc.turns));
      if (never) warn([...path, 'turn'], { key: 'validator.warn.neverHoldsTurn', params: { turns: sc.turns } });
    }
  };
  // Where each flag is first set (read or not); a flag only ever set to false counts as never set.
  const setAt = new Map<string, Path>();
  const effectsAt = (list: readonly Effect[] | undefined, path: Path): void => {
    (list ?? []).forEach((e, i) => {
      if (!('flag' in e)) return;
      if (e.value ?? true) set.add(e.flag);
      if (!setAt.has(e.flag)) setAt.set(e.flag, [...path, i, 'flag']);
    });
  };
  sc.actions.forEach((a, i) => {
    if (a.requires) condition(a.requires, ['actions', i, 'requires'], false);
    effectsAt(a.effects, ['actions', i, 'effects']);
    effectsAt(a.project?.onComplete, ['actions', i, 'project', 'onComplete']);
    effectsAt(a.project?.perTurn, ['actions', i, 'project', 'perTurn']);
    effectsAt(a.lasting?.effects, ['actions', i, 'lasting', 'effects']);
  });
  (sc.terms ?? []).forEach((t, i) => {
    if (t.requires) condition(t.requires, ['terms', i, 'requires'], false);
    effectsAt(t.onSign, ['terms', i, 'onSign']);
    effectsAt(t.perTurn, ['terms', i, 'perTurn']);
  });
  (sc.events ?? []).forEach((e, i) => {
    if (e.trigger) condition(e.trigger, ['events', i, 'trigger'], false);
    effectsAt(e.effects, ['events', i, 'effects']);
    (e.options ?? []).forEach((o, j) => {
      effectsAt(o.effects, ['events', i, 'options', j, 'effects']);
    });
  });
  sc.objectives.forEach((o, i) => {
    o.items.forEach((item, j) => {
      if ('when' in item) condition(item.when, ['objectives', i, 'items', j, 'when'], false);
    });
  });
  (sc.endConditions ?? []).forEach((e, i) => {
    condition(e.when, ['endConditions', i, 'when'], false);
  });
  for (const [flag, path] of read) if (!set.has(flag)) warn(path, { key: 'validator.warn.flagNeverSet', params: { flag } });
  for (const [flag, path] of setAt) if (!read.has(flag)) warn(path, { key: 'validator.warn.flagNeverRead', params: { flag } });
  return out;
}
