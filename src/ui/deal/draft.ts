import {
  type Action,
  amountStep,
  check,
  currentActor,
  type DealTerm,
  type GameState,
  type Refusal,
  type Scenario,
  snapToStep,
  type TermDef,
} from '../../sim';
import type { DealBuilderDialog, DealDraft } from '../../state/createGameStore';
import { partnersOf, termDefOf, usableTerms } from './terms';

/**
 * The deal builder's draft as pure data and pure functions (no DOM): which terms are ticked
 * with which amounts, for which side and partner, whether it counters an offer, the action
 * it sends and what the game would refuse. Every change returns a new draft (it lives in the
 * store). Amounts the player sets snap to the term's step; amounts that come in (an offer to
 * counter, terms to prefill) are kept exactly, so a counter sent unchanged is the offer itself.
 */

/** What opens the builder: a partner to start with, terms to prefill, or an offer to counter. */
export type BuilderRequest = Pick<DealBuilderDialog, 'partner' | 'terms' | 'counterOf'>;

/** The amount's step: the scenario's, or the round step the sim's bargaining uses (the default lies on it). */
export function stepOf(def: TermDef): number {
  return amountStep(def);
}

/** An amount within the term's range (a yes/no term's amount is 1). */
export function clampAmount(def: TermDef, v: number): number {
  const a = def.amount;
  if (!a) return 1;
  return Number.isFinite(v) ? Math.min(a.max, Math.max(a.min, v)) : a.default;
}

/** An amount the player set: within the range and on the term's step. */
export function snapAmount(def: TermDef, v: number): number {
  return snapToStep(def, clampAmount(def, v));
}

/** A draft with the given terms ticked (those the pair may use, their amounts kept within range). */
export function freshDraft(sc: Scenario, owner: string, partner: string, terms: readonly DealTerm[] = [], counterOf?: number): DealDraft {
  const usable = new Map(usableTerms(sc, owner, partner).map((d) => [d.id, d]));
  const inRange = (x: DealTerm): DealTerm[] => {
    const def = usable.get(x.term);
    // clampAmount leaves an amount within range exactly as it is: an offer comes back unchanged.
    return def ? [{ term: x.term, amount: clampAmount(def, x.amount) }] : [];
  };
  return {
    owner,
    partner,
    ...(counterOf !== undefined ? { counterOf } : {}),
    terms: terms.flatMap(inRange),
    parked: {},
  };
}

/**
 * The draft the builder opens on for side `me`: a counter starts from the offer's terms as
 * they are; terms to prefill start a new draft; otherwise the side's kept draft if it is with
 * the partner asked for, or a blank one. Null when there is nobody to negotiate with.
 */
export function startDraft(game: GameState, sc: Scenario, me: string, req: BuilderRequest, kept?: DealDraft): DealDraft | null {
  const partners = partnersOf(sc, me);
  const counter = req.counterOf !== undefined ? game.deals.find((d) => d.id === req.counterOf && d.to === me) : undefined;
  if (counter) return freshDraft(sc, me, counter.from, counter.terms, counter.id);
  const own = kept && kept.owner === me && partners.includes(kept.partner) ? kept : undefined;
  const partner = req.partner && partners.includes(req.partner) ? req.partner : (own?.partner ?? partners[0]);
  if (partner === undefined) return null;
  if (req.terms) return freshDraft(sc, me, partner, req.terms);
  return own && own.partner === partner ? own : freshDraft(sc, me, partner);
}

export function isTicked(d: DealDraft, term: string): boolean {
  return d.terms.some((x) => x.term === term);
}

/** The amount a term has in the draft: ticked, parked, or the scenario's default. */
export function amountOf(d: DealDraft, def: TermDef): number {
  const ticked = d.terms.find((x) => x.term === def.id);
  if (ticked) return ticked.amount;
  return d.parked[def.id] ?? def.amount?.default ?? 1;
}

/** Ticks a term in (at its remembered amount) or out (remembering it); terms the pair cannot use are ignored. */
export function tick(sc: Scenario, d: DealDraft, term: string, on: boolean): DealDraft {
  const def = termDefOf(sc, term);
  if (!def || !usableTerms(sc, d.owner, d.partner).includes(def) || on === isTicked(d, term)) return d;
  const { [term]: _, ...parked } = d.parked;
  if (on) return { ...d, terms: [...d.terms, { term, amount: amountOf(d, def) }], parked };
  return { ...d, terms: d.terms.filter((x) => x.term !== term), parked: { ...parked, [term]: amountOf(d, def) } };
}

/** Sets a term's amount as the player moved it (snapped to the term's range and step), ticked or not. */
export function setAmount(sc: Scenario, d: DealDraft, term: string, value: number): DealDraft {
  const def = termDefOf(sc, term);
  if (!def?.amount) return d;
  const amount = snapAmount(def, value);
  if (isTicked(d, term)) return { ...d, terms: d.terms.map((x) => (x.term === term ? { term, amount } : x)) };
  return { ...d, parked: { ...d.parked, [term]: amount } };
}

/** The draft the builder shows for a dialog: the one edited so far, or where it starts. */
export function draftFor(game: GameState, sc: Scenario, me: string, dialog: DealBuilderDialog, kept?: DealDraft): DealDraft | null {
  return dialog.draft?.owner === me ? dialog.draft : startDraft(game, sc, me, dialog, kept);
}

/** The action that sends the draft: a counter-offer to the offer it answers, or a new proposal. */
export function sendAction(d: DealDraft): Action {
  const terms = d.terms.map((x) => ({ term: x.term, amount: x.amount }));
  return d.counterOf !== undefined
    ? { type: 'counterDeal', actor: d.owner, deal: d.counterOf, terms }
    : { type: 'proposeDeal', actor: d.owner, to: d.partner, terms };
}

/** Why the draft cannot be sent now, for the builder to say before the player tries. */
export type SendBlock =
  | { kind: 'empty' }
  | { kind: 'notYourMove' }
  | { kind: 'waiting'; partner: string }
  | { kind: 'refused'; reason: Refusal };

/** What stops the draft being sent (nothing ticked, not this side's move, an offer already waiting, or the game's refusal), or null. */
export function sendBlock(game: GameState, sc: Scenario, d: DealDraft): SendBlock | null {
  if (d.terms.length === 0) return { kind: 'empty' };
  if (d.counterOf === undefined) {
    if (currentActor(game, sc) !== d.owner) return { kind: 'notYourMove' };
    if (game.deals.some((x) => x.status === 'proposed' && x.from === d.owner && x.to === d.partner))
      return { kind: 'waiting', partner: d.partner };
  }
  const r = check(game, sc, sendAction(d));
  return r ? { kind: 'refused', reason: r } : null;
}
