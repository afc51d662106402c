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

/** "a, b and c" (or the one item), as a `Said`. */
function listOf(items: Said[]): Said {
  let list = items[0] as Said;
  items.slice(1).forEach((p, i) => {
    list = said(i === items.length - 2 ? 'counters.joinLast' : 'counters.join', { a: { said: [list] }, b: { said: [p] } });
  });
  return list;
}

function termSaid(sc: Scenario, term: string, amount: number | undefined): Said {
  const def = sc.terms?.find((t) => t.id === term);
  return def?.amount && amount !== undefined
    ? said('counters.termAt', { term: ref('term', term), amount: amountOf(term, amount) })
    : said('counters.term', { term: ref('term', term) });
}

/** The changes in words, grouped: what it adds, what it drops, then each amount moved. */
function changesSaid(sc: Scenario, changes: TermChange[]): Said {
  const parts: Said[] = [];
  const added = changes.filter((c) => c.kind === 'added');
  const dropped = changes.filter((c) => c.kind === 'dropped');
  if (added.length > 0) parts.push(said('counters.adds', { terms: { said: [listOf(added.map((c) => termSaid(sc, c.term, c.to)))] } }));
  if (dropped.length > 0)
    parts.push(said('counters.drops', { terms: { said: [listOf(dropped.map((c) => termSaid(sc, c.term, undefined)))] } }));
  for (const c of changes) {
    if (c.kind !== 'raised' && c.kind !== 'lowered') continue;
    parts.push(
      said(c.kind === 'raised' ? 'counters.raises' : 'counters.lowers', {
        term: ref('term', c.term),
        from: amountOf(c.term, c.from ?? 0),
        to: amountOf(c.term, c.to ?? 0),
      }),
    );
  }
  return listOf(parts);
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
  const list = changesSaid(sc, changes);
  const params = { actor: ref('actor', proposer), changes: { said: [list] }, value: a.value, need: a.need };
  return a.alternative && a.alternative.value >= a.need
    ? said('counters.lineRival', { ...params, rival: ref('actor', a.alternative.from) })
    : said('counters.line', params);
}
