import { holds } from './conditions';
import type { Ctx } from './context';
import { applyEffects } from './effects';
import { influenceId } from './meters';
import { changeTrust, trustBetween } from './negotiation/trust';
import { own } from './own';
import { type Refusal, refuse } from './refusal';
import { indexOf } from './scenarioIndex';
import type { Scenario, TermDef, Text } from './scenarioTypes';
import type { Cause, DealState, DealTerm, GameState } from './stateTypes';

/** May this term appear in a deal between `a` and `b`? One of them gives it, and it belongs to their pair. */
export function termFitsPair(def: TermDef, a: string, b: string): boolean {
  return (def.giver === a || def.giver === b) && (!def.between || (def.between.includes(a) && def.between.includes(b)));
}

const pairTerms = new WeakMap<Scenario, Map<string, Map<string, readonly TermDef[]>>>();

/**
 * The scenario's terms that may appear in a deal between `a` and `b`, worked out once per pair (a
 * loaded scenario never changes): fill and trim ask for them on every bundle they try. Read only.
 */
export function termsBetween(sc: Scenario, a: string, b: string): readonly TermDef[] {
  let byA = pairTerms.get(sc);
  if (!byA) {
    byA = new Map();
    pairTerms.set(sc, byA);
  }
  let byB = byA.get(a);
  if (!byB) {
    byB = new Map();
    byA.set(a, byB);
  }
  let terms = byB.get(b);
  if (!terms) {
    terms = (sc.terms ?? []).filter((t) => termFitsPair(t, a, b));
    byB.set(b, terms);
  }
  return terms;
}

/** Can this term be agreed now? Its `requires` holds (always, for a term without one). */
export function termAvailable(s: GameState, def: TermDef): boolean {
  return !def.requires || holds(s, def.requires);
}

/** The refusal of a term that cannot be agreed now: the scenario's words for why, or the default. */
export function termUnavailable(def: TermDef): Refusal {
  return def.requiresText !== undefined
    ? refuse('termUnavailable', 'termUnavailable', { text: def.requiresText, term: def.name })
    : refuse('termUnavailable', 'termUnavailableDefault', { term: def.name });
}

/** The first term of a bundle that cannot be agreed now, as a refusal; null when every one can. */
export function termsUnavailable(s: GameState, sc: Scenario, terms: DealTerm[]): Refusal | null {
  for (const t of terms) {
    const def = indexOf(sc).term.get(t.term);
    if (def && !termAvailable(s, def)) return termUnavailable(def);
  }
  return null;
}

/** Checks a bundle of terms between two actors; null when it is well formed. */
export function badTerms(sc: Scenario, from: string, to: string, terms: DealTerm[]): Refusal | null {
  if (from === to) return refuse('badTerms', 'sameActor');
  if (!sc.actors.some((a) => a.id === to)) return refuse('unknownActor', 'unknownActor', { actor: to });
  if (!Array.isArray(terms) || terms.length === 0) return refuse('badTerms', 'noTerms');
  const seen = new Set<string>();
  for (const t of terms) {
    const def = indexOf(sc).term.get(t.term);
    if (!def) return refuse('badTerms', 'unknownTerm', { term: t.term });
    if (seen.has(t.term)) return refuse('badTerms', 'termTwice', { term: def.name });
    seen.add(t.term);
    if (def.giver !== from && def.giver !== to) {
      return refuse('badTerms', 'giverNotInDeal', { term: def.name, giver: sc.actors.find((x) => x.id === def.giver)?.name ?? def.giver });
    }
    if (def.between && !(def.between.includes(from) && def.between.includes(to))) {
      const [x, y] = def.between;
      const name = (id: string): Text => sc.actors.find((a) => a.id === id)?.name ?? id;
      return refuse('badTerms', 'termBetween', { term: def.name, a: name(x), b: name(y) });
    }
    if (typeof t.amount !== 'number' || !Number.isFinite(t.amount)) return refuse('badTerms', 'termNeedsNumber', { term: def.name });
    const r = def.amount ?? { min: 1, max: 1 };
    if (t.amount < r.min || t.amount > r.max) {
      return refuse('badTerms', 'termRange', { term: def.name, min: r.min, max: r.max });
    }
  }
  return null;
}

/** How much a deal is worth to an actor by the scenario's weights: the sum of value × amount. */
export function dealValue(sc: Scenario, actor: string, terms: DealTerm[]): number {
  let v = 0;
  for (const t of terms) {
    const def = indexOf(sc).term.get(t.term);
    v += (own(def?.values, actor) ?? 0) * t.amount;
  }
  return Math.round(v * 1e6) / 1e6;
}

export function dealCause(deal: DealState, def: TermDef): Cause {
  return {
    kind: 'deal',
    id: `deal-${deal.id}:${def.id}`,
    actor: def.giver,
    label: def.name,
    params: { deal: deal.id },
    ...(def.sources ? { sources: def.sources } : {}),
    ...(def.assumption ? { assumption: def.assumption } : {}),
  };
}

export function openDeal(s: GameState, id: number): DealState | undefined {
  return s.deals.find((d) => d.id === id);
}

/**
 * Deals are numbered per game from 1, on their own: the game's shared `nextId` also numbers
 * projects and event choices, which made the first deal of a game "#5". Deals are only ever
 * appended, so the next number is one past the last (in a look-ahead copy, which drops closed
 * deals, it is still unique among the deals the copy holds).
 */
export function nextDealId(s: GameState): number {
  return (s.deals[s.deals.length - 1]?.id ?? 0) + 1;
}

export function proposeDeal(ctx: Ctx, from: string, to: string, terms: DealTerm[], counterOf?: number): DealState {
  const { s } = ctx;
  const deal: DealState = {
    id: nextDealId(s),
    from,
    to,
    terms: terms.map((t) => ({ term: t.term, amount: t.amount })),
    status: 'proposed',
    proposedTurn: s.turn,
    ...(counterOf !== undefined ? { counterOf } : {}),
  };
  s.deals.push(deal);
  s.decisions.push({ turn: s.turn, actor: from, kind: 'proposeDeal', id: String(deal.id), detail: to });
  ctx.events.push({ type: 'DealProposed', deal: deal.id, from, to, terms: deal.terms });
  return deal;
}

/** Signs a proposed deal: applies each term's signing effects and starts its obligations. */
export function signDeal(ctx: Ctx, deal: DealState): void {
  const { s, sc } = ctx;
  deal.status = 'signed';
  deal.signedTurn = s.turn;
  deal.obligations = {};
  for (const t of deal.terms) {
    const def = indexOf(sc).term.get(t.term);
    if (!def) continue;
    applyEffects(ctx, def.onSign, dealCause(deal, def), { scale: t.amount });
    if (def.perTurn && def.duration) deal.obligations[def.id] = def.duration;
  }
  s.decisions.push({ turn: s.turn, actor: deal.to, kind: 'signDeal', id: String(deal.id), detail: deal.from });
  ctx.events.push({ type: 'DealSigned', deal: deal.id, from: deal.from, to: deal.to });
}

/** Runs every signed deal's obligations for one turn; a deal whose obligations have all ended is completed. */
export function runObligations(ctx: Ctx): void {
  const { s, sc } = ctx;
  const keptThisTurn = new Map<string, number>();
  for (const deal of s.deals) {
    if (deal.status !== 'signed' || !deal.obligations) continue;
    for (const t of deal.terms) {
      const left = own(deal.obligations, t.term);
      const def = indexOf(sc).term.get(t.term);
      if (left === undefined || left <= 0 || !def) continue;
      applyEffects(ctx, def.perTurn, dealCause(deal, def), { scale: t.amount });
      deal.obligations[t.term] = left - 1;
      // A promise kept builds trust, a little at a time: at most 1 point a turn between a pair,
      // however many promises run (trust is earned slowly, after Stellaris).
      const against = deal.from === def.giver ? deal.to : deal.from;
      const pair = [def.giver, against].sort().join('|');
      const gained = keptThisTurn.get(pair) ?? 0;
      if (gained < 1) {
        keptThisTurn.set(pair, gained + 0.5);
        changeTrust(ctx, def.giver, against, 0.5, {
          kind: 'deal',
          id: `kept-${deal.id}:${def.id}`,
          actor: def.giver,
          rule: 'kept',
          params: { term: def.id, deal: deal.id },
        });
      }
      ctx.events.push({ type: 'PromiseKept', deal: deal.id, by: def.giver, term: def.id });
      if (left - 1 === 0) ctx.events.push({ type: 'ObligationEnded', deal: deal.id, term: t.term });
    }
    if (Object.keys(deal.obligations).length > 0 && Object.values(deal.obligations).every((n) => n <= 0)) {
      deal.status = 'completed';
    }
  }
}

/** Proposals left unanswered for two turns lapse. */
export function expireDeals(ctx: Ctx): void {
  for (const d of ctx.s.deals) {
    if (d.status === 'proposed' && ctx.s.turn - d.proposedTurn >= 2) d.status = 'expired';
  }
}

/** The promises `by` still has running in a signed deal. */
export function runningPromises(sc: Scenario, deal: DealState, by: string): string[] {
  if (deal.status !== 'signed' || !deal.obligations) return [];
  return deal.terms.map((t) => t.term).filter((id) => (own(deal.obligations, id) ?? 0) > 0 && indexOf(sc).term.get(id)?.giver === by);
}

/**
 * Breaks `by`'s running promises in a deal: they stop now, trust between the pair
 * loses half its value plus the scenario's penalty, a foreign power loses influence,
 * and the wronged side remembers (its later offers discount such promises to nothing).
 */
export function breakDeal(ctx: Ctx, deal: DealState, by: string): void {
  const { s, sc } = ctx;
  const against = deal.from === by ? deal.to : deal.from;
  const terms = runningPromises(sc, deal, by);
  for (const id of terms) if (deal.obligations) deal.obligations[id] = 0;
  deal.status = 'broken';
  const t = trustBetween(s, sc, by, against);
  changeTrust(ctx, by, against, -(t / 2 + (sc.negotiation?.breachPenalty ?? 10)), {
    kind: 'deal',
    id: `broken-${deal.id}`,
    actor: by,
    rule: 'broken',
    params: { deal: deal.id },
  });
  if (sc.actors.find((a) => a.id === by)?.kind === 'power') {
    applyEffects(ctx, [{ meter: influenceId(by), add: -4 }], {
      kind: 'deal',
      id: `broken-${deal.id}`,
      actor: by,
      rule: 'brokenInfluence',
      params: { deal: deal.id },
    });
  }
  s.breaches.push({ by, against, deal: deal.id, terms, turn: s.turn });
  s.decisions.push({ turn: s.turn, actor: by, kind: 'breakDeal', id: String(deal.id), detail: terms.join(', ') });
  ctx.events.push({ type: 'DealBroken', deal: deal.id, by, against, terms });
}

/** Turns before a one-off term (finance, a visa waiver) can be agreed again between the same pair. */
export const ONE_OFF_COOLDOWN = 4;

/**
 * Is this term already in force between the pair? A term with obligations is in force while
 * they run; a one-off term for a few turns after signing. The same term cannot be signed
 * twice over itself, so deals cannot be stacked without limit.
 */
export function termInForce(s: GameState, sc: Scenario, a: string, b: string, term: string): DealState | undefined {
  const def = indexOf(sc).term.get(term);
  return s.deals.find((d) => {
    if (!((d.from === a && d.to === b) || (d.from === b && d.to === a))) return false;
    if (d.status !== 'signed' || !d.terms.some((t) => t.term === term)) return false;
    const running = own(d.obligations, term);
    if (running !== undefined) return running > 0;
    return def?.duration === undefined && s.turn - (d.signedTurn ?? s.turn) < ONE_OFF_COOLDOWN;
  });
}

/** The first term of a bundle already in force between the pair, as a refusal. */
export function termsInForce(s: GameState, sc: Scenario, a: string, b: string, terms: DealTerm[]): Refusal | null {
  for (const t of terms) {
    const d = termInForce(s, sc, a, b, t.term);
    if (d) {
      return refuse('badTerms', 'termInForce', { term: indexOf(sc).term.get(t.term)?.name ?? t.term, deal: d.id });
    }
  }
  return null;
}
