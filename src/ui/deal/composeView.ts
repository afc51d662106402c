import { html, nothing } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
// Keyed by term, so each row keeps its own nodes (and focus) when the list changes.
import { repeat } from 'lit-html/directives/repeat.js';
import type { Words } from '../../present/words';
import { assessDeal, trustBetween } from '../../sim';
import type { DealDraft } from '../../state/createGameStore';
import { assessmentView } from './assessmentView';
import { askWish, type Builder, changePartner, sendDraft } from './builderActions';
import { type SendBlock, sendBlock } from './draft';
import { termRow } from './termRow';
import { partnersOf, usableTerms } from './terms';
import { wishView } from './wishView';

/** Why the send button is disabled, or why the game refused the last send, in words. */
function blockText(w: Words, block: SendBlock | null): string {
  switch (block?.kind) {
    case undefined:
      return '';
    case 'empty':
      return w.t('builder.empty');
    case 'notYourMove':
      return w.t('builder.notYourMove');
    case 'waiting':
      return w.t('builder.waiting', { actor: w.actor(block.partner) });
    case 'refused':
      return w.refusal(block.reason);
  }
}

/** Whom the deal is with: a choice of partner for a new deal, or the offer a counter answers. */
function partnerLine(b: Builder, w: Words, d: DealDraft) {
  if (d.counterOf !== undefined) {
    const counter = b.game.deals.find((x) => x.id === d.counterOf);
    return counter ? html`<p class="meta">${w.t('builder.countering', { actor: w.actor(counter.from), id: counter.id })}</p>` : nothing;
  }
  const onChange = (e: Event): void => changePartner(b.m, (e.target as HTMLSelectElement).value);
  return html`<div class="builder-partner">
    <label for=${b.m.id('builder-partner')}>${w.t('builder.with')}</label>
    <select id=${b.m.id('builder-partner')} .value=${live(d.partner)} @change=${onChange}>
      ${partnersOf(b.sc, b.me).map((p) => html`<option value=${p} ?selected=${p === d.partner}>${w.actor(p)}</option>`)}
    </select>
  </div>`;
}

/** Send (with why it cannot be sent yet) and "what would you want for this?" with its answer. */
function sendAndAsk(b: Builder, w: Words, d: DealDraft) {
  const them = w.actor(d.partner);
  const block = sendBlock(b.game, b.sc, d);
  const why = b.dialog.refusal ? w.refusal(b.dialog.refusal) : blockText(w, block);
  return html`<div class="builder-send">
      <button
        type="button"
        class="primary"
        id=${b.m.id('builder-send')}
        aria-describedby=${b.m.id('builder-send-why')}
        ?disabled=${block !== null}
        @click=${() => void sendDraft(b.m)}
      >
        ${d.counterOf !== undefined ? w.t('builder.sendCounter', { actor: them }) : w.t('builder.send', { actor: them })}
      </button>
      <p class="send-why meta" id=${b.m.id('builder-send-why')}>${why}</p>
    </div>
    <div class="builder-ask">
      <button
        type="button"
        id=${b.m.id('builder-ask')}
        aria-describedby=${b.m.id('builder-ask-hint')}
        ?disabled=${d.terms.length === 0}
        @click=${() => askWish(b.m)}
      >
        ${w.t('builder.ask')}
      </button>
      <p class="hint" id=${b.m.id('builder-ask-hint')}>${w.t('builder.askHint', { actor: them })}</p>
      <div id=${b.m.id('builder-wish-slot')}>${wishView(b, w, d)}</div>
    </div>`;
}

/** Composing a deal: the partner, trust, the terms to tick and set, the deal as it stands, send and ask. */
export function composeView(b: Builder, w: Words) {
  const d = b.draft;
  if (!d) return html`<p>${w.t('builder.noPartner')}</p>`;
  const them = w.actor(d.partner);
  const a = assessDeal(b.game, b.sc, d.partner, b.me, [...d.terms], d.counterOf);
  const views = new Map(a.terms.map((v) => [v.term, v]));
  return html`${partnerLine(b, w, d)}
    <p class="trust-line">${w.t('neg.trust', { actor: them, value: w.num(trustBetween(b.game, b.sc, b.me, d.partner), 0) })}</p>
    <div class="builder-grid">
      <fieldset class="builder-terms">
        <legend>${w.t('builder.terms', { actor: them })}</legend>
        <p class="hint">${w.t('builder.termsHint')}</p>
        <ul>
          ${repeat(
            usableTerms(b.sc, b.me, d.partner),
            (def) => def.id,
            (def) => termRow(b, w, d, def, views),
          )}
        </ul>
      </fieldset>
      <div class="builder-side">${assessmentView(b, w, d, a)} ${sendAndAsk(b, w, d)}</div>
    </div>`;
}
