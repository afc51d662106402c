import { html, nothing } from 'lit-html';
import type { Words } from '../present/words';
import type { DealState, DealTerm, Scenario } from '../sim';
import { bundleValue, changedTerms, termDefOf, termValue } from './deal/terms';
import { effectLines } from './effectText';

/** "Lithium offtake to US buyers: 30 kt LCE/yr", or the name alone for a yes/no term. */
export function termText(w: Words, sc: Scenario, term: string, amount: number): string {
  const def = termDefOf(sc, term);
  const name = w.term(term);
  return def?.amount ? w.t('offers.term', { term: name, amount: w.amount(def, amount) }) : w.t('offers.termYes', { term: name });
}

export function termsText(w: Words, sc: Scenario, terms: readonly DealTerm[]): string {
  return terms.map((x) => termText(w, sc, x.term, x.amount)).join('; ');
}

/** "Given by Bolivia · for 8 turns": who gives a term and how long it runs. */
export function termMeta(w: Words, sc: Scenario, term: string): string {
  const def = termDefOf(sc, term);
  if (!def) return '';
  const giver = w.t('offers.gives', { actor: w.actor(def.giver) });
  return def.duration ? w.t('offers2.termMeta', { giver, duration: w.t('offers2.forTurns', { turns: def.duration }) }) : giver;
}

/** What a term or bundle is worth to the viewer, with its sign (and a class for the direction, never colour alone). */
export function worthToYou(w: Words, v: number) {
  return html`<span class="term-value ${v > 0 ? 'up' : v < 0 ? 'down' : 'flat'}">${w.t('builder.toYou', { value: w.signed(v, 1) })}</span>`;
}

/** The terms of a deal, each with who gives it and what it is worth to `viewer`; details (description, effects) fold away. */
export function termList(
  w: Words,
  sc: Scenario,
  terms: readonly DealTerm[],
  viewer: string | null,
  opts: { details?: boolean; highlight?: Set<string> } = {},
) {
  return html`<ul class="deal-terms">
    ${terms.map((x) => {
      const def = termDefOf(sc, x.term);
      const fx = def
        ? [...effectLines(w, sc, def.onSign, undefined, x.amount), ...effectLines(w, sc, def.perTurn, undefined, x.amount)]
        : [];
      const more = opts.details && (def?.description || fx.length > 0);
      return html`<li class="deal-term${opts.highlight?.has(x.term) ? ' changed' : ''}" data-term=${x.term}>
        <span class="term-name">${termText(w, sc, x.term, x.amount)}</span>
        <span class="meta">${termMeta(w, sc, x.term)}</span>
        ${viewer ? worthToYou(w, termValue(sc, viewer, x.term, x.amount)) : nothing}
        ${
          more
            ? html`<details class="term-more">
              <summary>${w.t('offers2.details')}</summary>
              ${def?.description ? html`<p class="desc">${w.text(def.description)}</p>` : nothing}
              ${fx.length > 0 ? html`<ul class="deltas">${fx.map((f) => html`<li>${f}</li>`)}</ul>` : nothing}
            </details>`
            : nothing
        }
      </li>`;
    })}
  </ul>`;
}

/** Two deals side by side: what you sent and what came back, changes marked. */
export function compareDeals(w: Words, sc: Scenario, viewer: string, sent: DealState, counter: DealState) {
  const proposes = w.t('builder.theyPropose', { actor: w.actor(counter.from) });
  return html`<div class="deal-compare">
    <section class="deal-col sent" aria-label=${w.t('builder.youSent')}>
      <h4>${w.t('builder.youSent')}</h4>
      ${termList(w, sc, sent.terms, viewer)}
      <p class="meta">${w.t('offers2.value', { value: w.num(bundleValue(sc, viewer, sent.terms), 1) })}</p>
    </section>
    <section class="deal-col counter" aria-label=${proposes}>
      <h4>${proposes}</h4>
      ${termList(w, sc, counter.terms, viewer, { highlight: changedTerms(sent.terms, counter.terms) })}
      <p class="meta">${w.t('offers2.value', { value: w.num(bundleValue(sc, viewer, counter.terms), 1) })}</p>
    </section>
  </div>`;
}
