import { amountOf, ref, type Said, said } from '../said';
import type { Scenario } from '../scenarioTypes';
import type { DealTerm } from '../stateTypes';
import type { Assessment } from './assess';

/** One change a counter-offer makes to the offer it answers. */
export type TermChange = { term: string; kind: 'added' | 'dropped' | 'raised' | 'lowered'; from?: number; to?: number };

/** What `counter` changes in `offer`, term by term, in the scenario's order of terms. */
export function termChanges(sc: Scenario, offer: readonly DealTerm[], counter: readonly DealTerm[]): TermChange[] {
  const was = new Map(offer.map((t) => [t.term, t.amount]));
  const now = new Map(counter.map((t) => [t.term, t.amount]));
  const out: TermChange[] = [];
  for (const def of sc.terms ?? []) {
    const a = was.get(def.id);
    const b = now.get(def.id);
    if (a === undefined && b !== undefined) out.push({ term: def.id, kind: 'added', to: b });
    else if (a !== undefined && b === undefined) out.push({ term: def.id, kind: 'dropped', from: a });
    else if (a !== undefined && b !== undefined && a !== b) out.push({ term: def.id, kind: b > a ? 'raised' : 'lowered', from: a, to: b });
  }
  return out;
}

function changeSaid(sc: Scenario, proposer: string, c: TermChange): Said {
  const def = sc.terms?.find((t) => t.id === c.term);
  const term = ref('term', c.term);
  const mine = def?.giver === proposer;
  switch (c.kind) {
    case 'added':
      if (def?.amount && c.to !== undefined)
        return said(mine ? 'counters.offersAt' : 'counters.asksAt', { term, amount: amountOf(c.term, c.to) });
      return said(mine ? 'counters.offers' : 'counters.asks', { term });
    case 'dropped':
      return said('counters.drops', { term });
    case 'raised':
    case 'lowered':
      return said(c.kind === 'raised' ? 'counters.raises' : 'counters.lowers', {
        term,
        from: amountOf(c.term, c.from ?? 0),
        to: amountOf(c.term, c.to ?? 0),
      });
  }
}

/**
 * The one line a counter-offer carries: what it changes in the offer it answers and why (what
 * the offer was worth to the proposer, what it needs, and a rival's offer when that set the
 * need). Null when nothing changed. (A counter shaped by `shapeDeal` never adds or raises a
 * term that costs its proposer, so the line has no concession to explain.)
 */
export function counterLine(
  sc: Scenario,
  proposer: string,
  offer: readonly DealTerm[],
  counter: readonly DealTerm[],
  a: Assessment,
): Said | null {
  const changes = termChanges(sc, offer, counter);
  if (changes.length === 0) return null;
  const parts = changes.map((c) => changeSaid(sc, proposer, c));
  let list: Said = parts[0] as Said;
  parts.slice(1).forEach((p, i) => {
    list = said(i === parts.length - 2 ? 'counters.joinLast' : 'counters.join', { a: { said: [list] }, b: { said: [p] } });
  });
  const params = { actor: ref('actor', proposer), changes: { said: [list] }, value: a.value, need: a.need };
  return a.alternative && a.alternative.value >= a.need
    ? said('counters.lineRival', { ...params, rival: ref('actor', a.alternative.from) })
    : said('counters.line', params);
}
