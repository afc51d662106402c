import { html, nothing } from 'lit-html';
import type { StoreApi } from 'zustand/vanilla';
import type { SourcePlace } from '../present/sourcedEntries';
import type { Words } from '../present/words';
import { type DealState, dealValue, type GameState, type Scenario, trustBetween, turnDate } from '../sim';
import type { GameStore } from '../state/createGameStore';
import { mountBreakConfirm } from './deal/breakConfirm';
import { repliesSection } from './deal/repliesView';
import { counteredOf, partnersOf, termDefOf, termValue } from './deal/terms';
import { termMeta, termsText, termText, worthToYou } from './dealCard';
import { dealsSection } from './dealsList';
import { effectLines } from './effectText';
import { sourceList } from './sources';
import { trustBadge } from './trustBadge';
import { type Mount, type MountOptions, mountView } from './view';
import { viewerOf } from './viewer';
import './negotiation.css';

/** The source places the offers show: each term's sources. */
export const OFFERS_PANEL_PLACES: readonly SourcePlace[] = ['term'];

function termItem(w: Words, sc: Scenario, term: string, amount: number, viewer: string) {
  const def = termDefOf(sc, term);
  const fx = [...effectLines(w, sc, def?.onSign, undefined, amount), ...effectLines(w, sc, def?.perTurn, undefined, amount)];
  return html`<li class="term" data-term=${term}>
    <strong>${termText(w, sc, term, amount)}</strong>
    ${def ? html`<span class="meta"> · ${termMeta(w, sc, term)}</span>` : nothing}
    ${worthToYou(w, termValue(sc, viewer, term, amount))}
    ${
      def?.description || fx.length > 0
        ? html`<details class="term-more">
          <summary>${w.t('offers.what')}</summary>
          ${def?.description ? html`<p class="desc">${w.text(def.description)}</p>` : nothing}
          ${fx.length > 0 ? html`<ul class="deltas">${fx.map((x) => html`<li>${x}</li>`)}</ul>` : nothing}
          ${sourceList(w, sc, def?.sources, def?.assumption)}
        </details>`
        : nothing
    }
  </li>`;
}

/** One offer to the viewer: its terms with what each is worth to them, the trust in the proposer, and the answers. */
function offerCard(s: GameStore, w: Words, m: Mount, game: GameState, sc: Scenario, me: string, d: DealState) {
  const from = w.actor(d.from);
  const prev = counteredOf(game, d);
  const lapses = turnDate(sc, d.proposedTurn + 2);
  const respond = (response: 'accept' | 'reject') => () => void s.dispatch({ type: 'respondDeal', actor: me, deal: d.id, response });
  return html`<article class="offer-card${prev ? ' counter' : ''}" aria-labelledby=${m.id(`deal-${d.id}`)} data-deal=${d.id} data-from=${d.from}>
    <h3 id=${m.id(`deal-${d.id}`)}>${w.t('offers.from', { actor: from })}</h3>
    <p class="offer-value">${w.t('offers2.value', { value: w.num(dealValue(sc, me, d.terms), 1) })}</p>
    <p class="meta offer-trust">${w.t('offers2.trust', { actor: from, value: w.num(trustBetween(game, sc, me, d.from), 0) })}</p>
    ${prev ? html`<p class="meta counter-of">${w.t('offers2.counterOf', { id: prev.id })}</p>` : nothing}
    ${prev?.reason ? html`<p class="offer-reason">${w.t('offers2.reason', { actor: from, reason: w.say(prev.reason) })}</p>` : nothing}
    ${prev ? html`<p class="meta you-sent">${w.t('offers2.youSent', { terms: termsText(w, sc, prev.terms) })}</p>` : nothing}
    <ul class="terms">${d.terms.map((x) => termItem(w, sc, x.term, x.amount, me))}</ul>
    <p class="meta">${w.t('offers2.expires', { date: w.quarter(lapses.year, lapses.quarter) })}</p>
    <div class="buttons">
      <button type="button" class="primary" id=${m.id(`accept-${d.id}`)} aria-label=${w.t('offers.accept', { actor: from })} @click=${respond('accept')}>
        ${w.t('offers.acceptShort')}
      </button>
      <button type="button" id=${m.id(`reject-${d.id}`)} aria-label=${w.t('offers.reject', { actor: from })} @click=${respond('reject')}>
        ${w.t('offers.rejectShort')}
      </button>
      <button
        type="button"
        id=${m.id(`counter-${d.id}`)}
        aria-label=${w.t('offers2.counterLabel', { actor: from })}
        @click=${() => s.openDialog({ kind: 'dealBuilder', counterOf: d.id })}
      >
        ${w.t('offers2.counter')}
      </button>
    </div>
  </article>`;
}

/** Trust with each partner; when watching, between the host and each power, read-only. */
function trustSection(s: GameStore, w: Words, m: Mount, game: GameState, sc: Scenario, me: string | null) {
  const host = sc.actors.find((a) => a.kind === 'host')?.id;
  const pairs: [string, string][] = me
    ? partnersOf(sc, me).map((p) => [me, p])
    : host
      ? sc.actors.filter((a) => a.kind === 'power').map((a) => [host, a.id])
      : [];
  if (pairs.length === 0) return nothing;
  return html`<section class="trust-list" aria-labelledby=${m.id('trust-title')}>
    <h3 id=${m.id('trust-title')}>${w.t('neg.trustTitle')}</h3>
    ${pairs.map(([a, b]) => trustBadge(s, w, m, game, sc, a, b))}
    <p class="hint">${w.t('neg.trustHint')}</p>
  </section>`;
}

function offersSection(s: GameStore, w: Words, m: Mount, game: GameState, sc: Scenario, me: string) {
  const offers = game.deals.filter((d) => d.status === 'proposed' && d.to === me);
  if (offers.length === 0) return nothing;
  return html`<section class="offers" aria-labelledby=${m.id('offers-title')}>
    <h3 id=${m.id('offers-title')}>${w.t('offers2.title')}</h3>
    ${offers.length > 1 ? html`<p class="hint">${w.t('offers2.compare')}</p>` : nothing}
    <div class="offer-grid${offers.length > 1 ? ' several' : ''}">${offers.map((d) => offerCard(s, w, m, game, sc, me, d))}</div>
  </section>`;
}

function offersView(s: GameStore, w: Words, m: Mount) {
  const { game, entry } = s;
  if (!game || !entry) return nothing;
  const sc = entry.scenario;
  const me = viewerOf(s);
  const canNegotiate = me !== null && partnersOf(sc, me).length > 0;
  return html`<h2 class="panel-title" id=${m.id('neg-title')} tabindex="-1">${w.t('neg.title')}</h2>
    ${
      canNegotiate
        ? html`<div class="neg-open">
          <button type="button" class="primary" id=${m.id('neg-open')} aria-describedby=${m.id('neg-open-hint')} @click=${() => s.openDialog({ kind: 'dealBuilder' })}>
            ${w.t('neg.open')}
          </button>
          <p class="hint" id=${m.id('neg-open-hint')}>${w.t('neg.openHint')}</p>
        </div>`
        : nothing
    }
    ${trustSection(s, w, m, game, sc, me)}
    ${me ? offersSection(s, w, m, game, sc, me) : nothing}
    ${me ? repliesSection(s, w, m, game, sc, me) : nothing}
    ${dealsSection(s, w, m, game, sc, me)}`;
}

/**
 * Negotiation in the side panel: the Negotiate button (the deal builder), trust with each
 * partner (a click shows why it moved), offers to the side that plays — side by side when
 * several are open, such as the United States' and China's rival bids for Bolivia — with
 * what each is worth to it, the answers to its own offers, and its deals with their running
 * obligations and the choice to break its promises (confirmed in a dialog beside the others).
 */
export function mountOffersPanel(root: HTMLElement, store: StoreApi<GameStore>, options: MountOptions = {}): () => void {
  const dialogs = root.ownerDocument.querySelector<HTMLElement>('.dialogs') ?? root.ownerDocument.body;
  const offBreak = mountBreakConfirm(dialogs, store, options);
  const off = mountView(
    root,
    store,
    (s) => [s.game, s.entry, s.choice, s.ui.meterDetail, s.lastEvents],
    (s, w, m) => {
      if (s.game) root.hidden = false;
      root.setAttribute('aria-label', w.t('neg.title'));
      return offersView(s, w, m);
    },
    options,
  );
  return () => {
    off();
    offBreak();
  };
}
