import { termAvailable } from '../deals';
import { gameTurn } from '../gameLength';
import { readMeter } from '../meters';
import { own } from '../own';
import { amountOf, ref, type Said, said } from '../said';
import type { Scenario, TermDef } from '../scenarioTypes';
import type { DealState, DealTerm, GameState } from '../stateTypes';
import { rememberedBreach, trustBetween } from './trust';

/** One term of a deal as the evaluator sees it. */
export type TermView = { term: string; amount: number; value: number; credibility: number; note?: Said };

/** How an actor judges a bundle of terms offered by another: the numbers and the words. */
export type Assessment = {
  actor: string;
  from: string;
  value: number;
  need: number;
  accept: boolean;
  trust: number;
  terms: TermView[];
  /** What a student reads, as message keys: why it accepts or refuses, the verdict first. */
  reasons: Said[];
  /** The best other offer on the table, which raises what this one must be worth. */
  alternative?: { deal: number; from: string; value: number };
  /**
   * The actor's own last offer in this negotiation (the deal answered, when the actor made it, or
   * the one the answered deal counters) and what its terms are worth to the actor now.
   */
  ownOffer?: { deal: number; value: number };
  /** True when the terms give the actor at least what its own last offer did: it accepts them whatever it needs. */
  asGoodAsOwn: boolean;
};

const round = (v: number): number => Math.round(v * 100) / 100;

function termDef(sc: Scenario, id: string): TermDef | undefined {
  return sc.terms?.find((t) => t.id === id);
}

/** The least a deal must be worth to this actor, before rival offers and its situation. */
export function reservation(sc: Scenario, actor: string): number {
  return own(sc.negotiation?.actors, actor)?.reservation ?? 0.5;
}

/**
 * Values each term for `actor` (the scenario's weight × amount). A promise the other side
 * makes is discounted by trust (a promise from a partner at trust 0 counts for 40%), and
 * counts for nothing when the other side broke such a promise recently or trust is below
 * the term's gate.
 */
export function viewTerms(s: GameState, sc: Scenario, actor: string, other: string, terms: DealTerm[]): TermView[] {
  const trust = trustBetween(s, sc, actor, other);
  return terms.map((t) => {
    const def = termDef(sc, t.term);
    const raw = (own(def?.values, actor) ?? 0) * t.amount;
    let credibility = 1;
    let note: Said | undefined;
    if (def && def.giver === other && raw > 0) {
      credibility = 0.4 + 0.6 * (trust / 100);
      const breach = rememberedBreach(s, sc, other, actor, def.id);
      if (breach) {
        credibility = 0;
        note = said('reason.brokePromise', {
          other: ref('actor', other),
          term: ref('term', def.id),
          turn: gameTurn(s.setup, breach.turn),
          actor: ref('actor', actor),
        });
      } else if (def.minTrust !== undefined && trust < def.minTrust) {
        credibility = 0;
        note = said('reason.trustGate', {
          actor: ref('actor', actor),
          other: ref('actor', other),
          term: ref('term', def.id),
          trust,
          needs: def.minTrust,
        });
      }
    }
    return { term: t.term, amount: t.amount, value: round(raw * credibility), credibility: round(credibility), ...(note ? { note } : {}) };
  });
}

/**
 * The offer `actor` itself last made to `other` in the negotiation of deal `id`: that deal when
 * `actor` proposed it (a counter being drafted against it), or the deal it counters when `other`
 * proposed it (a counter sent back). Undefined when `actor` has made no offer in it.
 */
export function lastOwnOffer(s: GameState, actor: string, other: string, id: number | undefined): DealState | undefined {
  if (id === undefined) return undefined;
  const d = s.deals.find((x) => x.id === id);
  if (!d) return undefined;
  if (d.from === actor && d.to === other) return d;
  if (d.from !== other || d.to !== actor || d.counterOf === undefined) return undefined;
  const prev = s.deals.find((x) => x.id === d.counterOf);
  return prev && prev.from === actor && prev.to === other ? prev : undefined;
}

const sumOf = (views: TermView[]): number => round(views.reduce((t, v) => t + v.value, 0));

/**
 * How `actor` judges `terms` offered by `from`, as an answer in the negotiation of deal `dealId`
 * (the deal the terms are, or the one they counter). It accepts when the deal is worth at least
 * what it needs: its reservation value, less when the country is unstable and a deal is badly
 * needed, and never less than the best rival offer on the table. Whatever it needs, it accepts
 * terms worth at least what its own last offer in the negotiation is worth to it now, by the
 * same valuation: it never refuses its own offer sent back, nor a better one.
 * Pure and deterministic; the same numbers drive the AI and the explanation shown.
 */
export function assessDeal(s: GameState, sc: Scenario, actor: string, from: string, terms: DealTerm[], dealId?: number): Assessment {
  const views = viewTerms(s, sc, actor, from, terms);
  const value = sumOf(views);
  const trust = trustBetween(s, sc, actor, from);
  let need = reservation(sc, actor);
  const reasons: Said[] = [];
  const me = ref('actor', actor);
  const host = sc.actors.find((a) => a.kind === 'host')?.id;
  if (actor === host && readMeter(s, 'stability') < 40) {
    need -= 0.5;
    reasons.push(said('reason.unstable', { actor: me }));
  }
  let alternative: Assessment['alternative'];
  for (const d of s.deals) {
    if (d.status !== 'proposed' || d.to !== actor || d.from === from || d.id === dealId) continue;
    const v = round(viewTerms(s, sc, actor, d.from, d.terms).reduce((t, x) => t + x.value, 0));
    if (!alternative || v > alternative.value) alternative = { deal: d.id, from: d.from, value: v };
  }
  if (alternative && alternative.value > need) {
    need = alternative.value;
    reasons.push(said('reason.rivalOffer', { rival: ref('actor', alternative.from), value: alternative.value, actor: me }));
  }
  need = round(need);
  const mine = lastOwnOffer(s, actor, from, dealId);
  const ownOffer = mine ? { deal: mine.id, value: sumOf(viewTerms(s, sc, actor, from, mine.terms)) } : undefined;
  const asGoodAsOwn = ownOffer !== undefined && terms.length > 0 && value >= ownOffer.value;
  // A term that cannot be agreed now (its `requires` fails) makes the whole deal one it cannot sign.
  const barred = terms.map((t) => termDef(sc, t.term)).filter((d): d is TermDef => !!d && !termAvailable(s, d));
  const accept = (value >= need || asGoodAsOwn) && terms.length > 0 && barred.length === 0;
  for (const v of views) if (v.note) reasons.push(v.note);
  for (const d of barred)
    reasons.push(
      d.requiresText !== undefined
        ? said('reason.termUnavailable', { term: ref('term', d.id), text: d.requiresText })
        : said('reason.termUnavailableDefault', { term: ref('term', d.id) }),
    );
  if (accept && value < need && ownOffer) {
    reasons.unshift(said('counters.asGoodAsOwn', { actor: me, value, own: ownOffer.value }));
  } else if (accept) {
    reasons.unshift(said('reason.accepts', { actor: me, value, need }));
  } else if (barred.length > 0 && value >= need) {
    reasons.unshift(said('reason.cannotSign', { actor: me }));
  } else {
    reasons.unshift(said('reason.refuses', { actor: me, value, need }));
    const worst = [...views]
      .filter((v) => v.value < 0)
      .sort((a, b) => a.value - b.value || (a.term < b.term ? -1 : 1))
      .slice(0, 2);
    for (const w of worst) {
      const def = termDef(sc, w.term);
      if (!def) continue;
      const cost = Math.abs(w.value);
      reasons.push(
        def.amount
          ? said('reason.termAtCosts', { term: ref('term', def.id), amount: amountOf(def.id, w.amount), actor: me, cost })
          : said('reason.termCosts', { term: ref('term', def.id), actor: me, cost }),
      );
    }
    if (trust < 35) reasons.push(said('reason.lowTrust', { actor: me, other: ref('actor', from), trust }));
  }
  return {
    actor,
    from,
    value,
    need,
    accept,
    trust: round(trust),
    terms: views,
    reasons,
    ...(alternative ? { alternative } : {}),
    ...(ownOffer ? { ownOffer } : {}),
    asGoodAsOwn,
  };
}

/** What `assessDeal` decides on a bundle: its value to the actor, and whether it accepts. */
export type Verdict = { value: number; accept: boolean };

/**
 * `assessDeal`'s value and verdict for many bundles in one negotiation (`actor` judging terms
 * from `from`, in deal `dealId`), without its words: fill and trim judge dozens of bundles and
 * read nothing else. What the actor needs, and its own last offer's worth, do not depend on the
 * bundle judged, so they are worked out once, by assessDeal itself; each bundle is then valued
 * and judged by the same steps, so the very same numbers and verdict as assessDeal gives.
 */
export function judgeOf(s: GameState, sc: Scenario, actor: string, from: string, dealId?: number): (terms: DealTerm[]) => Verdict {
  const base = assessDeal(s, sc, actor, from, [], dealId);
  const need = base.need;
  const own = base.ownOffer?.value;
  return (terms) => {
    const value = sumOf(viewTerms(s, sc, actor, from, terms));
    const asGoodAsOwn = own !== undefined && terms.length > 0 && value >= own;
    let barred = false;
    for (const t of terms) {
      const d = termDef(sc, t.term);
      if (d && !termAvailable(s, d)) barred = true;
    }
    return { value, accept: (value >= need || asGoodAsOwn) && terms.length > 0 && !barred };
  };
}

/** How much the terms are worth to the actor who offers them, by its own weights (no trust discount). */
export function ownValue(sc: Scenario, actor: string, terms: DealTerm[]): number {
  return round(terms.reduce((t, x) => t + (own(termDef(sc, x.term)?.values, actor) ?? 0) * x.amount, 0));
}
