import { termAvailable, termInForce, termsBetween } from '../deals';
import { own } from '../own';
import { ref, type Said, said } from '../said';
import type { Scenario } from '../scenarioTypes';
import type { DealTerm, GameState } from '../stateTypes';
import { amountStep, snapToStep } from './amounts';
import { type Assessment, assessDeal, judgeOf, ownValue, type Verdict } from './assess';
import { keptOffer } from './offerMemo';

/**
 * The one deterministic generator behind counter-offers, "what would you want for
 * this?" and the AI's own offers: fill and trim (after Unciv's counter-offers, with
 * Faratin-style trade-offs). Starting from a bundle, it makes the single change that
 * gains the evaluator most for the least cost to the other side — add a term the
 * other side gives, push an amount its way, drop a term it gives away — until the
 * deal is acceptable; then it gives back whatever it does not need.
 */

function sortTerms(terms: DealTerm[]): DealTerm[] {
  return [...terms].sort((x, y) => (x.term < y.term ? -1 : x.term > y.term ? 1 : 0));
}

/**
 * The moves that gain `gainer` something, in a stable order: add a term it values, push an
 * amount its way, drop a term that costs it. `fixed` terms are never changed or removed.
 * (`gainer` is the evaluator while filling; the proposer, when the evaluator is the target of
 * the proposer's own offer and gives back by letting it ask for more.)
 */
function moves(
  s: GameState,
  sc: Scenario,
  evaluator: string,
  other: string,
  terms: DealTerm[],
  fixed: Set<string>,
  gainer: string = evaluator,
): DealTerm[][] {
  const out: DealTerm[][] = [];
  const present = new Map(terms.map((t) => [t.term, t.amount]));
  for (const def of termsBetween(sc, evaluator, other)) {
    const per = (own(def.values, evaluator) ?? 0) * (gainer === evaluator ? 1 : -1);
    const cur = present.get(def.id);
    if (cur === undefined) {
      if (per > 0 && termAvailable(s, def) && !termInForce(s, sc, evaluator, other, def.id))
        out.push(sortTerms([...terms, { term: def.id, amount: def.amount?.default ?? 1 }]));
      continue;
    }
    if (fixed.has(def.id)) continue;
    if (def.amount) {
      const next = snapToStep(def, cur + (per > 0 ? amountStep(def) : -amountStep(def)));
      if (next !== cur && per !== 0) out.push(terms.map((t) => (t.term === def.id ? { term: t.term, amount: next } : t)));
    }
    if (per < 0) out.push(terms.filter((t) => t.term !== def.id));
  }
  return out;
}

/**
 * The moves that give back to `other`, one step each, toward the bundle it started from: a gain
 * of the evaluator's lowered or dropped, or a cost of the evaluator's that the filling cut put
 * back, never beyond what `start` held. So a shaped deal never adds a term that costs the
 * evaluator, nor raises one past what was asked: giving back undoes, it does not make gifts.
 */
function giveBacks(
  s: GameState,
  sc: Scenario,
  evaluator: string,
  other: string,
  terms: DealTerm[],
  start: Map<string, number>,
  fixed: Set<string>,
): DealTerm[][] {
  const out: DealTerm[][] = [];
  const present = new Map(terms.map((t) => [t.term, t.amount]));
  for (const def of termsBetween(sc, evaluator, other)) {
    const per = own(def.values, evaluator) ?? 0;
    const cur = present.get(def.id);
    const was = start.get(def.id);
    if (cur === undefined) {
      if (per < 0 && was !== undefined && termAvailable(s, def) && !termInForce(s, sc, evaluator, other, def.id))
        out.push(sortTerms([...terms, { term: def.id, amount: was }]));
      continue;
    }
    if (fixed.has(def.id)) continue;
    if (def.amount && per > 0) {
      const next = snapToStep(def, cur - amountStep(def));
      if (next < cur) out.push(terms.map((t) => (t.term === def.id ? { term: t.term, amount: next } : t)));
    }
    if (def.amount && per < 0 && was !== undefined && cur < was) {
      const next = Math.min(was, snapToStep(def, cur + amountStep(def)));
      if (next > cur) out.push(terms.map((t) => (t.term === def.id ? { term: t.term, amount: next } : t)));
    }
    if (per > 0) out.push(terms.filter((t) => t.term !== def.id));
  }
  return out;
}

export type Shaped = { terms: DealTerm[]; assessment: Assessment };

/**
 * Shapes `terms` (offered by `other` to `evaluator`) until `evaluator` would accept,
 * keeping `fixed` terms as they are, then trims what is not needed. Returns null when
 * no bundle within reach is acceptable to the evaluator. `asks` says how it gives back:
 * `undo` (a counter-offer, "what would you want": the evaluator proposes the result, so it only
 * undoes its own asks toward `terms`, never adding what costs itself) or `more` (the evaluator
 * shapes `other`'s own offer: `other` may ask for more while the evaluator still accepts).
 */
export function shapeDeal(
  s: GameState,
  sc: Scenario,
  evaluator: string,
  other: string,
  terms: DealTerm[],
  fixed: string[] = [],
  exclude?: number,
  asks: 'undo' | 'more' = 'undo',
): Shaped | null {
  const keep = new Set(fixed);
  // A term that cannot be agreed now is never part of a shaped deal: dropped, or no deal when it is held fixed.
  const open = (t: DealTerm): boolean => {
    const def = sc.terms?.find((x) => x.id === t.term);
    return !def || termAvailable(s, def);
  };
  if (terms.some((t) => keep.has(t.term) && !open(t))) return null;
  const start = new Map(terms.filter(open).map((t) => [t.term, t.amount]));
  let cur = sortTerms(terms.filter(open));
  // Each bundle tried is judged for its value and verdict only (the words come once, at the end).
  const judge = judgeOf(s, sc, evaluator, other, exclude);
  let a = judge(cur);
  for (let i = 0; i < 40 && !a.accept; i++) {
    let best: { terms: DealTerm[]; a: Verdict; score: number } | undefined;
    const otherBefore = ownValue(sc, other, cur);
    for (const m of moves(s, sc, evaluator, other, cur, keep)) {
      const am = judge(m);
      const gain = am.value - a.value;
      if (gain <= 1e-9) continue;
      const loss = otherBefore - ownValue(sc, other, m);
      const score = gain / Math.max(0.05, loss);
      if (!best || score > best.score + 1e-12) best = { terms: m, a: am, score };
    }
    if (!best) return null;
    cur = best.terms;
    a = best.a;
  }
  if (!a.accept) return null;
  // Trim: give back, one step at a time, whatever the other side values most, while still acceptable.
  for (let i = 0; i < 40; i++) {
    let best: { terms: DealTerm[]; a: Verdict; gain: number } | undefined;
    const otherBefore = ownValue(sc, other, cur);
    const back = asks === 'more' ? moves(s, sc, evaluator, other, cur, keep, other) : giveBacks(s, sc, evaluator, other, cur, start, keep);
    for (const m of back) {
      const am = judge(m);
      if (!am.accept || m.length === 0) continue;
      const gain = ownValue(sc, other, m) - otherBefore;
      if (gain <= 1e-9) continue;
      if (!best || gain > best.gain + 1e-12) best = { terms: m, a: am, gain };
    }
    if (!best) break;
    cur = best.terms;
    a = best.a;
  }
  return { terms: cur, assessment: assessDeal(s, sc, evaluator, other, cur, exclude) };
}

export type Wish = { ok: true; asks: DealTerm[]; terms: DealTerm[]; assessment: Assessment } | { ok: false; reason: Said[] };

/**
 * "What would you want for this?": the least `counterpart` asks of `asker` in return for
 * the terms the asker requests (held fixed), or the reason no such deal exists.
 */
export function whatWouldYouWant(s: GameState, sc: Scenario, asker: string, counterpart: string, requested: DealTerm[]): Wish {
  const shaped = shapeDeal(
    s,
    sc,
    counterpart,
    asker,
    requested,
    requested.map((t) => t.term),
  );
  if (!shaped) {
    const a = assessDeal(s, sc, counterpart, asker, requested);
    // The verdict is left out: "nothing you could add" already says it refuses.
    return { ok: false, reason: [said('reason.nothingToAdd', { actor: ref('actor', counterpart) }), ...a.reasons.slice(1)] };
  }
  const req = new Map(requested.map((t) => [t.term, t.amount]));
  const asks = shaped.terms.filter((t) => req.get(t.term) !== t.amount);
  return { ok: true, asks, terms: shaped.terms, assessment: shaped.assessment };
}

/**
 * An offer `proposer` could make to `target`: start from what the proposer wants at
 * default amounts (terms the target gives, and terms the proposer is keen to give, such
 * as a rival's own investment package), then let the target's view shape it. Null when
 * nothing is both acceptable to the target and worth the proposer's own reservation at face
 * value. (What it offers and gets back unchanged it signs, whatever trust does to the promises
 * in it: see `assessDeal`.)
 */
export function draftOffer(s: GameState, sc: Scenario, proposer: string, target: string, minOwnValue: number): DealTerm[] | null {
  return keptOffer(s, sc, proposer, target, minOwnValue, freshOffer);
}

/** `draftOffer` worked out (offerMemo keeps what it gives, by what of the state it reads). */
export function freshOffer(s: GameState, sc: Scenario, proposer: string, target: string, minOwnValue: number): DealTerm[] | null {
  const wants = termsBetween(sc, proposer, target)
    .filter((d) => (own(d.values, proposer) ?? 0) > 0 && termAvailable(s, d))
    .map((d) => ({ term: d.id, amount: d.amount?.default ?? 1 }));
  if (wants.length === 0) return null;
  // The target shapes the proposer's own offer, so giving back may let the proposer ask for more
  // of what the target gives (that costs the target, who still accepts, not the proposer).
  const shaped = shapeDeal(s, sc, target, proposer, wants, [], undefined, 'more');
  if (!shaped || shaped.terms.length === 0) return null;
  // Judged at face value: the proposer counts on the promises it asks for. Discounted by trust (as
  // it judges answers) a low-trust offer can be worth less than nothing to it; it still signs it if
  // it comes back unchanged (see `assessDeal`). Requiring it to be no loss there was tried: in the
  // Arce era (trust 26) the United States then hardly offers, and China won 31 of 40 AI games.
  return ownValue(sc, proposer, shaped.terms) >= minOwnValue ? shaped.terms : null;
}
