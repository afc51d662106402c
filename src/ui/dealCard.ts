import { fmt, signed } from '../present/format';
import { t } from '../i18n/messages';
import { englishWords } from '../present/words';
import { type DealState, type DealTerm, type GameState, type Scenario, type TermDef, textOf } from '../sim';
import { h } from './dom';
import { effectLines } from './effectText';
import { actorName, termDef } from '../present/names';

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
  return (termDef(sc, term)?.values[actor] ?? 0) * amount;
}

/** "Lithium offtake to US buyers: 30 kt LCE/yr", or the name alone for a yes/no term. */
export function termText(sc: Scenario, term: string, amount: number): string {
  const def = termDef(sc, term);
  const name = textOf(def?.name) || term;
  return def?.amount ? t('offers.term', { term: name, amount: englishWords(sc).amount(def, amount) }) : t('offers.termYes', { term: name });
}

export function termsText(sc: Scenario, terms: DealTerm[]): string {
  return terms.map((x) => termText(sc, x.term, x.amount)).join('; ');
}

/** The terms of a deal, each with who gives it and what it is worth to `viewer`; details (description, effects) fold away. */
export function termList(
  sc: Scenario,
  terms: DealTerm[],
  viewer: string | null,
  opts: { details?: boolean; highlight?: Set<string> } = {},
): HTMLElement {
  return h(
    'ul',
    { class: 'deal-terms' },
    terms.map((x) => {
      const def = termDef(sc, x.term);
      const v = viewer ? termValue(sc, viewer, x.term, x.amount) : 0;
      const fx = def ? [...effectLines(sc, def.onSign, undefined, x.amount), ...effectLines(sc, def.perTurn, undefined, x.amount)] : [];
      return h('li', { class: `deal-term${opts.highlight?.has(x.term) ? ' changed' : ''}`, 'data-term': x.term }, [
        h('span', { class: 'term-name' }, [termText(sc, x.term, x.amount)]),
        h('span', { class: 'meta' }, [
          def ? t('offers.gives', { actor: actorName(sc, def.giver) }) : '',
          def?.duration ? ` · ${t('offers.duration', { turns: def.duration })}` : '',
        ]),
        viewer
          ? h('span', { class: `term-value ${v > 0 ? 'up' : v < 0 ? 'down' : 'flat'}` }, [t('builder.toYou', { value: signed(v, 1) })])
          : null,
        opts.details && (def?.description || fx.length > 0)
          ? h('details', { class: 'term-more' }, [
              h('summary', {}, [t('offers2.details')]),
              def?.description ? h('p', { class: 'desc' }, [textOf(def.description)]) : null,
              fx.length > 0
                ? h(
                    'ul',
                    { class: 'deltas' },
                    fx.map((f) => h('li', {}, [f])),
                  )
                : null,
            ])
          : null,
      ]);
    }),
  );
}

/** The deal a counter-offer answers, and the words given with it (stored on the answered deal). */
export function counteredOf(game: GameState, d: DealState): DealState | undefined {
  return d.counterOf !== undefined ? game.deals.find((x) => x.id === d.counterOf) : undefined;
}

/** What `sent` became when countered: the terms whose amount changed or that were added. */
export function changedTerms(sent: DealTerm[], counter: DealTerm[]): Set<string> {
  const before = new Map(sent.map((x) => [x.term, x.amount]));
  return new Set(counter.filter((x) => before.get(x.term) !== x.amount).map((x) => x.term));
}

/** Two deals side by side: what you sent and what came back, changes marked. */
export function compareDeals(sc: Scenario, viewer: string, sent: DealState, counter: DealState): HTMLElement {
  const other = counter.from;
  const sentValue = sent.terms.reduce((s, x) => s + termValue(sc, viewer, x.term, x.amount), 0);
  const counterValue = counter.terms.reduce((s, x) => s + termValue(sc, viewer, x.term, x.amount), 0);
  return h('div', { class: 'deal-compare' }, [
    h('section', { class: 'deal-col sent', 'aria-label': t('builder.youSent') }, [
      h('h4', {}, [t('builder.youSent')]),
      termList(sc, sent.terms, viewer),
      h('p', { class: 'meta' }, [t('offers2.value', { value: fmt(sentValue, 1) })]),
    ]),
    h('section', { class: 'deal-col counter', 'aria-label': t('builder.theyPropose', { actor: actorName(sc, other) }) }, [
      h('h4', {}, [t('builder.theyPropose', { actor: actorName(sc, other) })]),
      termList(sc, counter.terms, viewer, { highlight: changedTerms(sent.terms, counter.terms) }),
      h('p', { class: 'meta' }, [t('offers2.value', { value: fmt(counterValue, 1) })]),
    ]),
  ]);
}
