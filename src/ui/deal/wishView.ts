import { html, nothing } from 'lit-html';
import type { Words } from '../../present/words';
import type { DealDraft } from '../../state/createGameStore';
import { termList } from '../dealCard';
import { adoptWish, type Builder } from './builderActions';
import { termDefOf } from './terms';

/** The partner's answer to "what would you want for this?": what it asks of you, what it would put in itself, or why no deal. */
export function wishView(b: Builder, w: Words, d: DealDraft) {
  const wish = b.dialog.wish;
  if (!wish) return nothing;
  const them = w.actor(d.partner);
  if (!wish.ok)
    return html`<div class="wish blocked" id=${b.m.id('builder-wish')} role="status">
      <p class="warn">${w.t('builder.blocked', { actor: them })}</p>
      <p>${w.say(wish.reason)}</p>
    </div>`;
  const fromMe = wish.asks.filter((x) => termDefOf(b.sc, x.term)?.giver !== d.partner);
  const fromThem = wish.asks.filter((x) => termDefOf(b.sc, x.term)?.giver === d.partner);
  const asks =
    wish.asks.length === 0
      ? html`<p>${w.t('builder.asksNone', { actor: them })}</p>`
      : html`${fromMe.length > 0 ? html`<p>${w.t('builder.asks', { actor: them })}</p>${termList(w, b.sc, fromMe, b.me)}` : nothing}
        ${fromThem.length > 0 ? html`<p>${w.t('builder.gives2', { actor: them })}</p>${termList(w, b.sc, fromThem, b.me)}` : nothing}`;
  return html`<div class="wish" id=${b.m.id('builder-wish')} role="status">
    ${asks}
    <p class="meta">${w.t('builder.theirValue', { actor: them, value: w.num(wish.assessment.value, 1), need: w.num(wish.assessment.need, 1) })}</p>
    ${wish.asks.length > 0 ? html`<button type="button" id=${b.m.id('builder-adopt')} @click=${() => adoptWish(b.m)}>${w.t('builder.adopt')}</button>` : nothing}
  </div>`;
}
