import type { StoreApi } from 'zustand/vanilla';
import { fmt, signed } from '../present/format';
import { t } from '../i18n/messages';
import { type DealState, dealValue, type GameState, type Scenario, textOf, trustBetween, turnDate } from '../sim';
import type { GameStore } from '../state/createGameStore';
import { openDealBuilder } from './dealBuilder';
import { counteredOf, partnersOf, termsText, termValue } from './dealCard';
import { breakAsker, dealsSection } from './dealsList';
import { h, renderInto } from './dom';
import { effectLines } from './effectText';
import { actorName, termDef } from '../present/names';
import { wordsOf } from '../present/words';
import { sourceList } from './sources';
import { trustBadge } from './trustBadge';
import { viewerOf } from './viewer';

function termItem(sc: Scenario, term: string, amount: number, viewer: string): HTMLElement {
  const def = termDef(sc, term);
  const name = textOf(def?.name) || term;
  const unit = def?.amount?.unit ? ` ${def.amount.unit}` : '';
  const fx = [...effectLines(sc, def?.onSign, undefined, amount), ...effectLines(sc, def?.perTurn, undefined, amount)];
  const more = def?.description || fx.length > 0;
  const v = termValue(sc, viewer, term, amount);
  return h('li', { class: 'term', 'data-term': term }, [
    h('strong', {}, [def?.amount ? t('offers.term', { term: name, amount: `${amount}${unit}` }) : t('offers.termYes', { term: name })]),
    def
      ? h('span', { class: 'meta' }, [
          ` · ${t('offers.gives', { actor: actorName(sc, def.giver) })}`,
          def.duration ? ` · ${t('offers.duration', { turns: def.duration })}` : '',
        ])
      : null,
    h('span', { class: `term-value ${v > 0 ? 'up' : v < 0 ? 'down' : 'flat'}` }, [t('builder.toYou', { value: signed(v, 1) })]),
    more
      ? h('details', { class: 'term-more' }, [
          h('summary', {}, [t('offers.what')]),
          def?.description ? h('p', { class: 'desc' }, [textOf(def.description)]) : null,
          fx.length > 0
            ? h(
                'ul',
                { class: 'deltas' },
                fx.map((x) => h('li', {}, [x])),
              )
            : null,
          sourceList(sc, def?.sources, def?.assumption),
        ])
      : null,
  ]);
}

/** One offer to the viewer: its terms with what each is worth to them, the trust in the proposer, and the answers. */
function offerCard(store: StoreApi<GameStore>, game: GameState, sc: Scenario, me: string, d: DealState): HTMLElement {
  const from = actorName(sc, d.from);
  const prev = counteredOf(game, d);
  return h(
    'article',
    { class: `offer-card${prev ? ' counter' : ''}`, 'aria-labelledby': `deal-${d.id}`, 'data-deal': d.id, 'data-from': d.from },
    [
      h('h3', { id: `deal-${d.id}` }, [t('offers.from', { actor: from })]),
      h('p', { class: 'offer-value' }, [t('offers2.value', { value: fmt(dealValue(sc, me, d.terms), 1) })]),
      h('p', { class: 'meta offer-trust' }, [t('offers2.trust', { actor: from, value: fmt(trustBetween(game, sc, me, d.from), 0) })]),
      prev ? h('p', { class: 'meta counter-of' }, [t('offers2.counterOf', { id: prev.id })]) : null,
      prev?.reason
        ? h('p', { class: 'offer-reason' }, [t('offers2.reason', { actor: from, reason: wordsOf(store.getState()).say(prev.reason) })])
        : null,
      prev ? h('p', { class: 'meta you-sent' }, [t('offers2.youSent', { terms: termsText(sc, prev.terms) })]) : null,
      h(
        'ul',
        { class: 'terms' },
        d.terms.map((x) => termItem(sc, x.term, x.amount, me)),
      ),
      h('p', { class: 'meta' }, [t('offers2.expires', { date: turnDate(sc, d.proposedTurn + 2).label })]),
      h('div', { class: 'buttons' }, [
        h(
          'button',
          {
            type: 'button',
            class: 'primary',
            id: `accept-${d.id}`,
            'aria-label': t('offers.accept', { actor: from }),
            onclick: () => store.getState().dispatch({ type: 'respondDeal', actor: me, deal: d.id, response: 'accept' }),
          },
          [t('offers.acceptShort')],
        ),
        h(
          'button',
          {
            type: 'button',
            id: `reject-${d.id}`,
            'aria-label': t('offers.reject', { actor: from }),
            onclick: () => store.getState().dispatch({ type: 'respondDeal', actor: me, deal: d.id, response: 'reject' }),
          },
          [t('offers.rejectShort')],
        ),
        h(
          'button',
          {
            type: 'button',
            id: `counter-${d.id}`,
            'aria-label': t('offers2.counterLabel', { actor: from }),
            onclick: () => openDealBuilder({ counterOf: d.id }),
          },
          [t('offers2.counter')],
        ),
      ]),
    ],
  );
}

/** What became of the counter-offer that answered one of the viewer's offers. */
function counterLine(game: GameState, d: DealState, who: string): string {
  const c = game.deals.find((x) => x.counterOf === d.id);
  if (!c || c.status === 'proposed') return t('offers2.replyCountered', { actor: who, id: d.id });
  if (c.status === 'signed' || c.status === 'completed' || c.status === 'broken')
    return t('offers2.replyCounterSigned', { actor: who, id: d.id, counter: c.id });
  if (c.status === 'rejected') return t('offers2.replyCounterRejected', { actor: who, id: d.id, counter: c.id });
  return t('offers2.replyCounterLapsed', { actor: who, id: d.id, counter: c.id });
}

/** The viewer's own recent offers and what became of them (rejections keep their reason). */
function repliesSection(store: StoreApi<GameStore>, game: GameState, sc: Scenario, me: string): HTMLElement | null {
  // One line per round of bargaining: an offer whose counter-offer we answered with another is told by the later one.
  const answeredBack = (d: DealState): boolean => game.deals.some((c) => c.counterOf === d.id && c.status === 'countered');
  const recent = game.deals
    .filter((d) => d.from === me && game.turn - d.proposedTurn <= 1 && d.status !== 'expired' && !answeredBack(d))
    .slice(-4)
    .reverse();
  if (recent.length === 0) return null;
  return h('section', { class: 'replies', 'aria-labelledby': 'replies-title' }, [
    h('h3', { id: 'replies-title' }, [t('offers2.replies')]),
    h(
      'ul',
      {},
      recent.map((d) => {
        const who = actorName(sc, d.to);
        const line =
          d.status === 'signed' || d.status === 'completed' || d.status === 'broken'
            ? t('offers2.replyAccepted', { actor: who, id: d.id })
            : d.status === 'rejected'
              ? t('offers2.replyRejected', { actor: who, id: d.id })
              : d.status === 'countered'
                ? counterLine(game, d, who)
                : t('offers2.replyOpen', { actor: who, id: d.id });
        return h('li', { class: `reply status-${d.status}`, 'data-deal': d.id }, [
          h('span', {}, [line]),
          h('span', { class: 'meta' }, [` ${termsText(sc, d.terms)}`]),
          d.status === 'rejected' && d.reason
            ? h('p', { class: 'offer-reason' }, [t('builder.reason', { reason: wordsOf(store.getState()).say(d.reason) })])
            : null,
          d.status === 'proposed'
            ? h(
                'button',
                {
                  type: 'button',
                  class: 'small',
                  id: `withdraw-${d.id}`,
                  'aria-label': t('offers2.withdrawLabel', { id: d.id, actor: who }),
                  onclick: () => store.getState().dispatch({ type: 'withdrawDeal', actor: me, deal: d.id }),
                },
                [t('offers2.withdraw')],
              )
            : null,
        ]);
      }),
    ),
  ]);
}

/**
 * Negotiation in the side panel: the Negotiate button (the deal builder), trust with each
 * partner (a click shows why it moved), offers to the side that plays — side by side when
 * several are open, such as the United States' and China's rival bids for Bolivia — with
 * what each is worth to it, the answers to its own offers, and its deals with their running
 * obligations and the choice to break its promises.
 */
export function mountOffersPanel(root: HTMLElement, store: StoreApi<GameStore>): () => void {
  const askBreak = breakAsker(store);
  const render = (): void => {
    const { game, entry } = store.getState();
    const me = viewerOf(store.getState());
    if (!game || !entry) return;
    const sc = entry.scenario;
    root.hidden = false;
    root.setAttribute('aria-label', t('neg.title'));
    const partners = me ? partnersOf(sc, me) : [];
    const offers = me ? game.deals.filter((d) => d.status === 'proposed' && d.to === me) : [];
    const host = sc.actors.find((a) => a.kind === 'host')?.id;
    // Watching: the trust between the host and each power, read-only.
    const trustPairs: [string, string][] = me
      ? partners.map((p) => [me, p])
      : host
        ? sc.actors.filter((a) => a.kind === 'power').map((a) => [host, a.id])
        : [];
    renderInto(root, [
      h('h2', { class: 'panel-title', id: 'neg-title', tabindex: '-1' }, [t('neg.title')]),
      me && partners.length > 0
        ? h('div', { class: 'neg-open' }, [
            h(
              'button',
              { type: 'button', class: 'primary', id: 'neg-open', 'aria-describedby': 'neg-open-hint', onclick: () => openDealBuilder() },
              [t('neg.open')],
            ),
            h('p', { class: 'hint', id: 'neg-open-hint' }, [t('neg.openHint')]),
          ])
        : null,
      trustPairs.length > 0
        ? h('section', { class: 'trust-list', 'aria-labelledby': 'trust-title' }, [
            h('h3', { id: 'trust-title' }, [t('neg.trustTitle')]),
            ...trustPairs.map(([a, b]) => trustBadge(store, game, sc, a, b)),
            h('p', { class: 'hint' }, [t('neg.trustHint')]),
          ])
        : null,
      me && offers.length > 0
        ? h('section', { class: 'offers', 'aria-labelledby': 'offers-title' }, [
            h('h3', { id: 'offers-title' }, [t('offers2.title')]),
            offers.length > 1 ? h('p', { class: 'hint' }, [t('offers2.compare')]) : null,
            h(
              'div',
              { class: `offer-grid${offers.length > 1 ? ' several' : ''}` },
              offers.map((d) => offerCard(store, game, sc, me, d)),
            ),
          ])
        : null,
      me ? repliesSection(store, game, sc, me) : null,
      dealsSection(store, game, sc, me, askBreak),
    ]);
  };
  render();
  return store.subscribe((s, p) => {
    if (s.game !== p.game || s.choice !== p.choice || s.ui.meterDetail !== p.ui.meterDetail) render();
  });
}
