import { html } from 'lit-html';
import type { Words } from '../../present/words';
import { type Assessment, ownValue } from '../../sim';
import type { DealDraft } from '../../state/createGameStore';
import { termsText } from '../dealCard';
import type { Builder } from './builderActions';

/** The deal as it stands: its terms, its worth to each side, and the partner's likely answer with the sim's own reasons. */
export function assessmentView(b: Builder, w: Words, d: DealDraft, a: Assessment) {
  const them = w.actor(d.partner);
  const body =
    d.terms.length === 0
      ? html`<p class="meta">${w.t('builder.empty')}</p>`
      : html`<div>
          <p class="deal-line" id=${b.m.id('builder-terms-line')}>${termsText(w, b.sc, d.terms)}</p>
          <p class="value-you">${w.t('builder.yourValue', { value: w.num(ownValue(b.sc, b.me, [...d.terms]), 1) })}</p>
          <p class="value-them">${w.t('builder.theirValue', { actor: them, value: w.num(a.value, 1), need: w.num(a.need, 1) })}</p>
          <div class="likely ${a.accept ? 'yes' : 'no'}" id=${b.m.id('builder-likely')}>
            <h4>${w.t('builder.likely')}</h4>
            <p class="likely-head">
              <span aria-hidden="true">${a.accept ? '✓' : '✗'}</span>
              ${a.accept ? w.t('builder.likelyAccept', { actor: them }) : w.t('builder.likelyRefuse', { actor: them })}
            </p>
            <ul class="reasons">${a.reasons.map((r) => html`<li>${w.say(r)}</li>`)}</ul>
          </div>
        </div>`;
  return html`<section class="builder-summary" aria-live="polite" aria-label=${w.t('builder.summary')}>
    <h3>${w.t('builder.summary')}</h3>
    ${body}
  </section>`;
}
