import { html, nothing } from 'lit-html';
import type { Words } from '../present/words';
import { type DealState, type GameState, runningPromises, type Scenario, turnDate } from '../sim';
import type { GameStore } from '../state/createGameStore';
import { termDefOf } from './deal/terms';
import { termsText, termText } from './dealCard';
import type { Mount } from './view';

/** The other party of a deal, seen from `me`. */
export function partyOf(d: DealState, me: string): string {
  return d.from === me ? d.to : d.from;
}

/** The turns an obligation has left, as a player reads it. */
function runsFor(w: Words, left: number | undefined): string {
  if (left === undefined) return w.t('dealsList.once');
  return left > 0 ? w.t('dealsList.left', { turns: left }) : w.t('dealsList.ended');
}

/** One signed deal: each term with who owes it and the turns its obligation has left. */
function dealItem(s: GameStore, w: Words, m: Mount, sc: Scenario, d: DealState, me: string | null) {
  const other = me ? partyOf(d, me) : d.to;
  const mine = me ? runningPromises(sc, d, me) : [];
  const title = me
    ? w.t('dealsList.deal', { id: d.id, actor: w.actor(other) })
    : w.t('dealsList.pair', { id: d.id, a: w.actor(d.from), b: w.actor(d.to) });
  const signed = d.signedTurn !== undefined ? turnDate(sc, d.signedTurn) : undefined;
  return html`<li class="deal-item status-${d.status}" data-deal=${d.id}>
    <div class="deal-head">
      <strong>${title}</strong>
      <span class="meta">${signed ? w.t('dealsList.signed', { date: w.quarter(signed.year, signed.quarter) }) : ''}</span>
    </div>
    <table class="obligations">
      <thead>
        <tr>
          <th scope="col">${w.t('dealsList.col.term')}</th>
          <th scope="col">${w.t('dealsList.col.giver')}</th>
          <th scope="col">${w.t('dealsList.col.left')}</th>
        </tr>
      </thead>
      <tbody>
        ${d.terms.map((x) => {
          const left = d.obligations?.[x.term];
          return html`<tr data-term=${x.term}>
            <td>${termText(w, sc, x.term, x.amount)}</td>
            <td>${w.actor(termDefOf(sc, x.term)?.giver)}</td>
            <td class=${left !== undefined && left > 0 ? 'running' : 'meta'}>${runsFor(w, left)}</td>
          </tr>`;
        })}
      </tbody>
    </table>
    ${
      mine.length > 0
        ? html`<button
          type="button"
          class="small break"
          id=${m.id(`break-${d.id}`)}
          aria-label=${w.t('dealsList.breakLabel', { id: d.id, actor: w.actor(other) })}
          @click=${() => s.openDialog({ kind: 'breakDeal', deal: d.id })}
        >
          ${w.t('dealsList.break')}
        </button>`
        : nothing
    }
  </li>`;
}

/** Ended, broken and unwound deals, folded away. */
function pastDeals(w: Words, game: GameState, sc: Scenario, past: DealState[]) {
  if (past.length === 0) return nothing;
  return html`<details class="past-deals">
    <summary>${w.t('dealsList.past', { n: past.length })}</summary>
    <ul>
      ${past.map((d) => {
        const breaker = game.breaches.find((b) => b.deal === d.id)?.by;
        const status =
          d.status === 'broken'
            ? w.t('dealsList.status.broken', { actor: w.actor(breaker) })
            : d.status === 'unwound'
              ? w.t('dealsList.status.unwound', { cause: w.text(d.unwound?.cause.label) || w.event(d.unwound?.cause.id ?? '') })
              : w.t('dealsList.status.completed');
        const line = w.t('dealsList.pastLine', {
          id: d.id,
          a: w.actor(d.from),
          b: w.actor(d.to),
          terms: termsText(w, sc, d.terms),
          status,
        });
        return html`<li data-deal=${d.id}>${line}</li>`;
      })}
    </ul>
  </details>`;
}

/** What the viewer's last move did to its deals, for the live region (a promise just broken). */
function justBroken(s: GameStore, w: Words, me: string | null): string {
  const e = s.lastEvents.find((x) => x.type === 'DealBroken' && x.by === me);
  return e?.type === 'DealBroken' ? w.t('break.done', { id: e.deal }) : '';
}

/** The side's deals: those in force with their running obligations, and the ended and broken ones. */
export function dealsSection(s: GameStore, w: Words, m: Mount, game: GameState, sc: Scenario, me: string | null) {
  const mine = game.deals.filter((d) => me === null || d.from === me || d.to === me);
  const inForce = mine.filter((d) => d.status === 'signed');
  const past = mine.filter((d) => d.status === 'completed' || d.status === 'broken' || d.status === 'unwound').reverse();
  const others = me === null ? [] : game.deals.filter((d) => d.status === 'signed' && d.from !== me && d.to !== me);
  return html`<section class="deals-list" aria-labelledby=${m.id('deals-title')}>
    <h3 id=${m.id('deals-title')} tabindex="-1">${w.t('dealsList.title')}</h3>
    <p class="sr-only" id=${m.id('deals-live')} aria-live="polite">${justBroken(s, w, me)}</p>
    ${
      inForce.length === 0
        ? html`<p class="meta">${w.t('dealsList.none')}</p>`
        : html`<ul class="deal-items">${inForce.map((d) => dealItem(s, w, m, sc, d, me))}</ul>`
    }
    ${pastDeals(w, game, sc, past)}
    ${
      others.length > 0
        ? html`<details class="other-deals">
          <summary>${w.t('dealsList.others', { n: others.length })}</summary>
          <ul>
            ${others.map((d) => html`<li>${w.t('dealsList.between', { a: w.actor(d.from), b: w.actor(d.to), terms: termsText(w, sc, d.terms) })}</li>`)}
          </ul>
        </details>`
        : nothing
    }
  </section>`;
}
