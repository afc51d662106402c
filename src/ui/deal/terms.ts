import type { DealState, DealTerm, GameState, Scenario, TermDef } from '../../sim';

/** The scenario's term by id (own lookup, so an id never finds a prototype member). */
export function termDefOf(sc: Scenario, id: string): TermDef | undefined {
  return sc.terms?.find((x) => x.id === id);
}

/** Terms that may go in a deal between `a` and `b` (the giver is one of them; `between` allows the pair). */
export function usableTerms(sc: Scenario, a: string, b: string): TermDef[] {
  return (sc.terms ?? []).filter(
    (x) => (x.giver === a || x.giver === b) && (!x.between || (x.between.includes(a) && x.between.includes(b))),
  );
}

/** Who `actor` can negotiate with: the host with each foreign power, a power with the host; only pairs with terms. */
export function partnersOf(sc: Scenario, actor: string): string[] {
  const me = sc.actors.find((a) => a.id === actor);
  const host = sc.actors.find((a) => a.kind === 'host');
  if (!me || !host) return [];
  const ids = me.kind === 'host' ? sc.actors.filter((a) => a.kind === 'power').map((a) => a.id) : me.kind === 'power' ? [host.id] : [];
  return ids.filter((id) => usableTerms(sc, actor, id).length > 0);
}

/** How much one term is worth to `actor` by its own priorities (the scenario's value × amount). */
export function termValue(sc: Scenario, actor: string, term: string, amount: number): number {
  return (termDefOf(sc, term)?.values[actor] ?? 0) * amount;
}

/** What a bundle of terms is worth to `actor` by its own priorities. */
export function bundleValue(sc: Scenario, actor: string, terms: readonly DealTerm[]): number {
  return terms.reduce((s, x) => s + termValue(sc, actor, x.term, x.amount), 0);
}

/** The deal a counter-offer answers (the words given with it are stored on the answered deal). */
export function counteredOf(game: GameState, d: DealState): DealState | undefined {
  return d.counterOf !== undefined ? game.deals.find((x) => x.id === d.counterOf) : undefined;
}

/** What `sent` became when countered: the terms whose amount changed or that were added. */
export function changedTerms(sent: readonly DealTerm[], counter: readonly DealTerm[]): Set<string> {
  const before = new Map(sent.map((x) => [x.term, x.amount]));
  return new Set(counter.filter((x) => before.get(x.term) !== x.amount).map((x) => x.term));
}

/** The last deal in the chain that starts at `id` (each counter answers the one before). */
export function latestInChain(game: GameState, id: number): DealState | undefined {
  let d = game.deals.find((x) => x.id === id);
  for (let i = 0; d && d.status === 'countered' && i < 20; i++) {
    const at: DealState = d;
    const next = game.deals.find((x) => x.counterOf === at.id);
    if (!next) break;
    d = next;
  }
  return d;
}
