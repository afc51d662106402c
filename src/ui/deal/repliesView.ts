import { html, nothing } from 'lit-html';
import type { Words } from '../../present/words';
import type { DealState, GameState, Scenario } from '../../sim';
import type { GameStore } from '../../state/createGameStore';
import { termsText } from '../dealCard';
import type { Mount } from '../view';

/** What became of the counter-offer that answered one of the viewer's offers. */
function counterLine(w: Words, game: GameState, d: DealState, who: string): string {
  const c = game.deals.find((x) => x.counterOf === d.id);
  if (!c || c.status === 'proposed') return w.t('offers2.replyCountered', { actor: who, id: d.id });
  if (c.status === 'signed' || c.status === 'completed' || c.status === 'broken')
    return w.t('offers2.replyCounterSigned', { actor: who, id: d.id, counter: c.id });
  if (c.status === 'rejected') return w.t('offers2.replyCounterRejected', { actor: who, id: d.id, counter: c.id });
  return w.t('offers2.replyCounterLapsed', { actor: who, id: d.id, counter: c.id });
}

/** One of the viewer's offers as it stands: accepted, rejected, countered or still open. */
function replyLine(w: Words, game: GameState, d: DealState, who: string): string {
  switch (d.status) {
    case 'signed':
    case 'completed':
    case 'broken':
      return w.t('offers2.replyAccepted', { actor: who, id: d.id });
    case 'rejected':
      return w.t('offers2.replyRejected', { actor: who, id: d.id });
    case 'countered':
      return counterLine(w, game, d, who);
    default:
      return w.t('offers2.replyOpen', { actor: who, id: d.id });
  }
}

/** The viewer's own recent offers and what became of them (rejections keep their reason). */
export function repliesSection(s: GameStore, w: Words, m: Mount, game: GameState, sc: Scenario, me: string) {
  // One line per round of bargaining: an offer whose counter-offer we answered with another is told by the later one.
  const answeredBack = (d: DealState): boolean => game.deals.some((c) => c.counterOf === d.id && c.status === 'countered');
  const recent = game.deals
    .filter((d) => d.from === me && game.turn - d.proposedTurn <= 1 && d.status !== 'expired' && !answeredBack(d))
    .slice(-4)
    .reverse();
  if (recent.length === 0) return nothing;
  return html`<section class="replies" aria-labelledby=${m.id('replies-title')}>
    <h3 id=${m.id('replies-title')}>${w.t('offers2.replies')}</h3>
    <ul>
      ${recent.map((d) => {
        const who = w.actor(d.to);
        return html`<li class="reply status-${d.status}" data-deal=${d.id}>
          <span>${replyLine(w, game, d, who)}</span>
          <span class="meta"> ${termsText(w, sc, d.terms)}</span>
          ${d.status === 'rejected' && d.reason ? html`<p class="offer-reason">${w.t('builder.reason', { reason: w.say(d.reason) })}</p>` : nothing}
          ${
            d.status === 'proposed'
              ? html`<button
                type="button"
                class="small"
                id=${m.id(`withdraw-${d.id}`)}
                aria-label=${w.t('offers2.withdrawLabel', { id: d.id, actor: who })}
                @click=${() => void s.dispatch({ type: 'withdrawDeal', actor: me, deal: d.id })}
              >
                ${w.t('offers2.withdraw')}
              </button>`
              : nothing
          }
        </li>`;
      })}
    </ul>
  </section>`;
}
