import { html, nothing } from 'lit-html';
import type { Words } from '../../present/words';
import type { DealState } from '../../sim';
import { compareDeals, termList } from '../dealCard';
import { answerCounter, type Builder, reopen } from './builderActions';
import { counteredOf, latestInChain } from './terms';

/** The answer's headline, as a status (announced when it appears). */
function status(b: Builder, cls: string, mark: string, text: string) {
  return html`<p class="answer ${cls}" id=${b.m.id('builder-answer')} role="status">
    ${mark ? html`<span aria-hidden="true">${mark}</span> ` : nothing}${text}
  </p>`;
}

/** A counter-offer to us: what we sent beside what came back, with the reason, to accept, reject or counter again. */
function counterAnswer(b: Builder, w: Words, prev: DealState, d: DealState) {
  return html`${status(b, 'counter', '⇄', w.t('builder.countered', { actor: w.actor(d.from) }))}
    ${prev.reason ? html`<p class="answer-reason">${w.t('builder.reason', { reason: w.say(prev.reason) })}</p>` : nothing}
    ${compareDeals(w, b.sc, b.me, prev, d)}
    <p class="meta">${w.t('builder.changedMark')}</p>
    <div class="buttons">
      <button type="button" class="primary" id=${b.m.id('builder-accept')} @click=${() => void answerCounter(b.m, d.id, 'accept')}>
        ${w.t('builder.accept')}
      </button>
      <button type="button" id=${b.m.id('builder-reject')} @click=${() => void answerCounter(b.m, d.id, 'reject')}>${w.t('builder.reject')}</button>
      <button type="button" id=${b.m.id('builder-counter')} @click=${() => reopen(b.m, { counterOf: d.id })}>${w.t('builder.counterAgain')}</button>
    </div>`;
}

/** What became of the offer just sent: accepted, rejected with its reason, countered, waiting, or gone. */
function outcome(b: Builder, w: Words, d: DealState) {
  const other = d.from === b.me ? d.to : d.from;
  const name = w.actor(other);
  const prev = counteredOf(b.game, d);
  const done = html`<button type="button" id=${b.m.id('builder-done')} @click=${() => b.s.closeDialog()}>${w.t('builder.done')}</button>`;
  const again = html`<button type="button" id=${b.m.id('builder-new')} @click=${() => reopen(b.m, { partner: other })}>${w.t('builder.newDeal')}</button>`;
  switch (d.status) {
    case 'signed':
    case 'completed':
      return html`${status(b, 'yes', '✓', w.t('builder.accepted', { actor: name }))} ${termList(w, b.sc, d.terms, b.me)}
        <div class="buttons">${done} ${again}</div>`;
    case 'rejected': {
      const text = d.from === b.me ? w.t('builder.rejected', { actor: name }) : w.t('builder.youRejected', { actor: name, id: d.id });
      return html`${status(b, 'no', '✗', text)}
        ${d.reason ? html`<p class="answer-reason">${w.t('builder.reason', { reason: w.say(d.reason) })}</p>` : nothing}
        <div class="buttons">${again} ${done}</div>`;
    }
    case 'proposed':
      if (d.to === b.me && prev) return counterAnswer(b, w, prev, d);
      return html`${status(b, '', '', w.t('builder.waitingAnswer', { actor: name }))}
        <div class="buttons">${done} ${again}</div>`;
    default:
      return html`${status(b, '', '', d.status === 'withdrawn' ? w.t('builder.withdrawn') : w.t('builder.lapsed'))}
        <div class="buttons">${done} ${again}</div>`;
  }
}

/** The answer view: follows the offer sent (the latest in its chain of counters). */
export function answerView(b: Builder, w: Words) {
  const following = b.dialog.following;
  const d = following !== undefined && following !== null ? latestInChain(b.game, following) : undefined;
  if (!d) return html`<p>${w.t('builder.sent', { actor: w.actor(b.draft?.partner) })}</p>`;
  return html`<h3 id=${b.m.id('builder-answer-title')} tabindex="-1">${w.t('builder.answerTitle')}</h3>
    ${outcome(b, w, d)}`;
}
