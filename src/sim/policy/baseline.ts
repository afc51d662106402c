import type { Action } from '../actionTypes';
import { dealValue, termAvailable, termsBetween, termsUnavailable } from '../deals';
import { allowedTargets } from '../legality';
import { own } from '../own';
import { makeRandom, mixSeed } from '../rng';
import type { Scenario } from '../scenarioTypes';
import { scoreAll } from '../scoring';
import type { DealTerm, GameState } from '../stateTypes';
import { check, step } from '../step';
import { currentActor } from '../turnOrder';

/**
 * The baseline policy for actors no person plays: simple, legal and deterministic.
 * It answers events by a one-step look at its score, accepts deals worth more
 * than nothing to it, spends its budget on actions weighted by the scenario's
 * hints and their immediate effect on its score, and now and then offers a deal.
 * (The real AI is a later piece of work; this keeps every actor moving.)
 */

function scoreOf(s: GameState, sc: Scenario, actor: string): number {
  return own(scoreAll(s, sc), actor)?.score ?? 0;
}

/** A local generator for this decision, derived from the state so it never changes the game's own. */
function rngFor(s: GameState, actor: string): () => number {
  let h = 0;
  for (const ch of actor) h = (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0;
  return makeRandom(mixSeed(s.rng ^ h, s.turn * 1009 + s.phase * 97 + s.decisions.length)).next;
}

/** Everything this actor owes an answer to, outside its own phase too. */
export function owesAnswer(s: GameState, actor: string): boolean {
  return s.pending.some((p) => p.actor === actor) || s.deals.some((d) => d.status === 'proposed' && d.to === actor);
}

/** The baseline's next move for `actor`, or null when it has nothing to do now. */
export function baselineMove(s: GameState, sc: Scenario, actor: string): Action | null {
  if (s.over) return null;
  const choice = s.pending.find((p) => p.actor === actor);
  if (choice) {
    const ev = sc.events?.find((e) => e.id === choice.event);
    let best: Action | null = null;
    let bestValue = -Infinity;
    for (const o of ev?.options ?? []) {
      const a: Action = { type: 'chooseOption', actor, choice: choice.id, option: o.id };
      const r = step(s, sc, a);
      if (!r.ok) continue;
      const v = scoreOf(r.state, sc, actor) + (o.aiWeight ?? 1);
      if (v > bestValue) {
        bestValue = v;
        best = a;
      }
    }
    if (best) return best;
  }
  const offer = s.deals.find((d) => d.status === 'proposed' && d.to === actor);
  if (offer) {
    const yes = dealValue(sc, actor, offer.terms) > 0 && termsUnavailable(s, sc, offer.terms) === null;
    return { type: 'respondDeal', actor, deal: offer.id, response: yes ? 'accept' : 'reject' };
  }
  if (currentActor(s, sc) !== actor) return null;

  const rand = rngFor(s, actor);
  const deal = maybeDeal(s, sc, actor, rand);
  if (deal) return deal;

  const before = scoreOf(s, sc, actor);
  const candidates: { action: Action; weight: number }[] = [];
  for (const def of sc.actions) {
    if (def.actor !== actor) continue;
    const targets = def.target ? allowedTargets(sc, def) : [undefined];
    for (const target of targets) {
      const a: Action = { type: 'takeAction', actor, action: def.id, ...(target !== undefined ? { target } : {}) };
      if (check(s, sc, a)) continue;
      const r = step(s, sc, a);
      if (!r.ok) continue;
      const gain = scoreOf(r.state, sc, actor) - before;
      const weight = ((def.aiWeight ?? 1) * Math.exp(Math.max(-5, Math.min(5, gain / 4)))) / targets.length;
      if (weight > 0) candidates.push({ action: a, weight });
    }
  }
  if (candidates.length > 0 && rand() >= 0.15) {
    const total = candidates.reduce((t, c) => t + c.weight, 0);
    let x = rand() * total;
    for (const c of candidates) {
      x -= c.weight;
      if (x <= 0) return c.action;
    }
    return candidates[candidates.length - 1]?.action ?? null;
  }
  return { type: 'endPhase', actor };
}

/** Once in a while, offer the host or another actor a bundle of terms that is good for us. */
function maybeDeal(s: GameState, sc: Scenario, actor: string, rand: () => number): Action | null {
  if (!sc.terms?.length || rand() >= 0.2) return null;
  if (s.decisions.some((d) => d.turn === s.turn && d.actor === actor && d.kind === 'proposeDeal')) return null;
  // Only the host and the foreign powers bargain; other actors are there for their interests.
  const me = sc.actors.find((a) => a.id === actor);
  const partners = sc.actors.filter(
    (a) =>
      a.id !== actor &&
      a.kind !== 'other' &&
      me?.kind !== 'other' &&
      (a.kind === 'host' || me?.kind === 'host') &&
      termsBetween(sc, actor, a.id).some((t) => termAvailable(s, t)),
  );
  const partner = partners[Math.floor(rand() * partners.length)];
  if (!partner) return null;
  const usable = termsBetween(sc, actor, partner.id).filter((t) => termAvailable(s, t));
  const terms: DealTerm[] = [];
  for (const t of usable) if (rand() < 0.4) terms.push({ term: t.id, amount: t.amount?.default ?? 1 });
  if (terms.length === 0 || dealValue(sc, actor, terms) <= 0) return null;
  const a: Action = { type: 'proposeDeal', actor, to: partner.id, terms };
  return check(s, sc, a) ? null : a;
}
