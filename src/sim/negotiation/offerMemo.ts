import { termAvailable, termInForce, termsBetween } from '../deals';
import type { Scenario } from '../scenarioTypes';
import type { DealTerm, GameState } from '../stateTypes';
import { assessDeal } from './assess';
import { rememberedBreach, trustBetween } from './trust';

/**
 * The AI's own offers, remembered: an actor weighs an offer at most of its decisions in its phase
 * (and every game of a balance run asks again from much the same positions), and drafting one
 * runs fill and trim over dozens of bundles. The draft reads the state only through what
 * `offerKey` spells out, so two states with the same key get the same draft, bit for bit:
 * - the target's trust in the proposer (each promise's credibility, and each term's trust gate);
 * - what the target needs of any deal from the proposer (its reservation, less when the country is
 *   unstable, raised by the best rival offer on the table: `assessDeal`'s `need`, which does not
 *   depend on the terms judged);
 * - for each term the pair may trade: can it be agreed now, is it in force between them, and does
 *   the target remember the proposer breaking it.
 * Nothing else of the state is read (the proposer has no earlier offer in a fresh draft), so a
 * remembered draft never changes a decision. A new state read in `draftOffer`'s path must be added
 * to the key: tests/unit/offerMemo.test.ts compares it with a fresh draft on random positions.
 */
export function offerKey(s: GameState, sc: Scenario, proposer: string, target: string, minOwnValue: number): string {
  const need = assessDeal(s, sc, target, proposer, []).need;
  const trust = trustBetween(s, sc, target, proposer);
  let key = `${proposer}\u0000${target}\u0000${minOwnValue}\u0000${trust}\u0000${need}\u0000`;
  for (const def of termsBetween(sc, proposer, target)) {
    key += termAvailable(s, def) ? 'a' : '-';
    key += termInForce(s, sc, target, proposer, def.id) ? 'f' : '-';
    key += rememberedBreach(s, sc, proposer, target, def.id) ? 'b' : '-';
  }
  return key;
}

type Draft = (s: GameState, sc: Scenario, proposer: string, target: string, minOwnValue: number) => DealTerm[] | null;

/** Drafts kept per scenario (a loaded scenario never changes); cleared when many, so a long run's memory stays small. */
const kept = new WeakMap<Scenario, Map<string, DealTerm[] | null>>();
const MAX_KEPT = 20_000;

/** `draft(s, sc, proposer, target, minOwnValue)`, from memory when a position with the same key has been drafted for. */
export function keptOffer(
  s: GameState,
  sc: Scenario,
  proposer: string,
  target: string,
  minOwnValue: number,
  draft: Draft,
): DealTerm[] | null {
  let memo = kept.get(sc);
  if (!memo) {
    memo = new Map();
    kept.set(sc, memo);
  }
  const key = offerKey(s, sc, proposer, target, minOwnValue);
  let terms = memo.get(key);
  if (terms === undefined) {
    terms = draft(s, sc, proposer, target, minOwnValue);
    if (memo.size >= MAX_KEPT) memo.clear();
    memo.set(key, terms);
  }
  // A fresh bundle each time: the caller puts it in an action, and the action in the state.
  return terms === null ? null : terms.map((t) => ({ term: t.term, amount: t.amount }));
}
