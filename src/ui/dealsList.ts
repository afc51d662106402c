import type { StoreApi } from 'zustand/vanilla';
import { t } from '../i18n/messages';
import { fmt } from '../present/format';
import { actorName, termDef } from '../present/names';
import { type DealState, type GameState, runningPromises, type Scenario, textOf, trustBetween, trustMeter, turnDate } from '../sim';
import type { GameStore } from '../state/createGameStore';
import { termsText, termText } from './dealCard';
import { h, renderInto } from './dom';
import { viewerOf } from './viewer';

/** The other party of a deal, seen from `me`. */
function partyOf(d: DealState, me: string): string {
  return d.from === me ? d.to : d.from;
}

/** One signed deal: each term with who owes it and the turns its obligation has left. */
function dealItem(sc: Scenario, d: DealState, me: string | null, onBreak?: (d: DealState) => void): HTMLElement {
  const other = me ? partyOf(d, me) : d.to;
  const rows = d.terms.map((x) => {
    const def = termDef(sc, x.term);
    const left = d.obligations?.[x.term];
    const when = left === undefined ? t('dealsList.once') : left > 0 ? t('dealsList.left', { turns: left }) : t('dealsList.ended');
    return h('tr', { 'data-term': x.term }, [
      h('td', {}, [termText(sc, x.term, x.amount)]),
      h('td', {}, [def ? actorName(sc, def.giver) : '']),
      h('td', { class: left !== undefined && left > 0 ? 'running' : 'meta' }, [when]),
    ]);
  });
  const mine = me ? runningPromises(sc, d, me) : [];
  const title = me
    ? t('dealsList.deal', { id: d.id, actor: actorName(sc, other) })
    : t('dealsList.pair', { id: d.id, a: actorName(sc, d.from), b: actorName(sc, d.to) });
  return h('li', { class: `deal-item status-${d.status}`, 'data-deal': d.id }, [
    h('div', { class: 'deal-head' }, [
      h('strong', {}, [title]),
      h('span', { class: 'meta' }, [d.signedTurn !== undefined ? t('dealsList.signed', { date: turnDate(sc, d.signedTurn).label }) : '']),
    ]),
    h('table', { class: 'obligations' }, [
      h('thead', {}, [
        h('tr', {}, [
          h('th', { scope: 'col' }, [t('dealsList.col.term')]),
          h('th', { scope: 'col' }, [t('dealsList.col.giver')]),
          h('th', { scope: 'col' }, [t('dealsList.col.left')]),
        ]),
      ]),
      h('tbody', {}, rows),
    ]),
    mine.length > 0 && onBreak
      ? h(
          'button',
          {
            type: 'button',
            class: 'small break',
            id: `break-${d.id}`,
            'aria-label': t('dealsList.breakLabel', { id: d.id, actor: actorName(sc, other) }),
            onclick: () => onBreak(d),
          },
          [t('dealsList.break')],
        )
      : null,
  ]);
}

/**
 * The confirmation before breaking one's promises: what stops, what it costs (trust
 * halved plus the penalty, influence for a power) and that the other side remembers.
 */
function mountBreakConfirm(store: StoreApi<GameStore>): (d: DealState) => void {
  const dialog = h('dialog', {
    class: 'break-confirm',
    id: 'break-confirm',
    'aria-labelledby': 'break-title',
    'aria-describedby': 'break-body',
  });
  (document.querySelector('.dialogs') ?? document.body).append(dialog);
  let returnTo: HTMLElement | null = null;
  dialog.addEventListener('close', () => {
    if (returnTo?.isConnected) returnTo.focus();
    else document.getElementById('neg-title')?.focus();
  });
  return (d) => {
    const { game, entry } = store.getState();
    const me = viewerOf(store.getState());
    if (!game || !entry || !me) return;
    const sc = entry.scenario;
    const other = partyOf(d, me);
    const name = actorName(sc, other);
    const promises = runningPromises(sc, d, me);
    const trust = trustBetween(game, sc, me, other);
    const penalty = sc.negotiation?.breachPenalty ?? 10;
    const isPower = sc.actors.find((a) => a.id === me)?.kind === 'power';
    returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    renderInto(dialog, [
      h('h2', { id: 'break-title' }, [t('break.title', { actor: name })]),
      h('div', { id: 'break-body' }, [
        h('p', {}, [t('break.what', { terms: promises.map((id) => textOf(termDef(sc, id)?.name) || id).join(', ') })]),
        h('ul', { class: 'costs' }, [
          h('li', {}, [
            trustMeter(sc, me, other)
              ? t('break.trust', { actor: name, from: fmt(trust, 0), to: fmt(Math.max(0, trust / 2 - penalty), 0), penalty })
              : t('break.trustUntracked', { actor: name }),
          ]),
          isPower ? h('li', {}, [t('break.influence')]) : null,
          h('li', {}, [t('break.remember', { actor: name, turns: sc.negotiation?.memory ?? 8 })]),
        ]),
      ]),
      h('div', { class: 'buttons' }, [
        h('button', { type: 'button', id: 'break-cancel', class: 'primary', onclick: () => dialog.close() }, [t('break.cancel')]),
        h(
          'button',
          {
            type: 'button',
            id: 'break-confirm-yes',
            class: 'danger',
            onclick: () => {
              void store
                .getState()
                .dispatch({ type: 'breakDeal', actor: me, deal: d.id })
                .then((o) => {
                  if (o.ok) document.getElementById('deals-live')?.replaceChildren(t('break.done', { id: d.id }));
                });
              returnTo = document.getElementById('deals-title');
              dialog.close();
            },
          },
          [t('break.confirm')],
        ),
      ]),
    ]);
    dialog.showModal();
    document.getElementById('break-cancel')?.focus();
  };
}

/** The side's deals: those in force with their running obligations, and the ended and broken ones. */
export function dealsSection(
  _store: StoreApi<GameStore>,
  game: GameState,
  sc: Scenario,
  me: string | null,
  askBreak: (d: DealState) => void,
): HTMLElement {
  const mine = game.deals.filter((d) => me === null || d.from === me || d.to === me);
  const inForce = mine.filter((d) => d.status === 'signed');
  const past = mine.filter((d) => d.status === 'completed' || d.status === 'broken').reverse();
  const others = me === null ? [] : game.deals.filter((d) => d.status === 'signed' && d.from !== me && d.to !== me);
  return h('section', { class: 'deals-list', 'aria-labelledby': 'deals-title' }, [
    h('h3', { id: 'deals-title', tabindex: '-1' }, [t('dealsList.title')]),
    h('p', { class: 'sr-only', id: 'deals-live', 'aria-live': 'polite' }),
    inForce.length === 0
      ? h('p', { class: 'meta' }, [t('dealsList.none')])
      : h(
          'ul',
          { class: 'deal-items' },
          inForce.map((d) => dealItem(sc, d, me, me ? askBreak : undefined)),
        ),
    past.length > 0
      ? h('details', { class: 'past-deals' }, [
          h('summary', {}, [t('dealsList.past', { n: past.length })]),
          h(
            'ul',
            {},
            past.map((d) => {
              const breaker = game.breaches.find((b) => b.deal === d.id)?.by;
              const status =
                d.status === 'broken' ? t('dealsList.status.broken', { actor: actorName(sc, breaker) }) : t('dealsList.status.completed');
              return h('li', { 'data-deal': d.id }, [
                t('dealsList.pastLine', {
                  id: d.id,
                  a: actorName(sc, d.from),
                  b: actorName(sc, d.to),
                  terms: termsText(sc, d.terms),
                  status,
                }),
              ]);
            }),
          ),
        ])
      : null,
    others.length > 0
      ? h('details', { class: 'other-deals' }, [
          h('summary', {}, [t('dealsList.others', { n: others.length })]),
          h(
            'ul',
            {},
            others.map((d) =>
              h('li', {}, [t('dealsList.between', { a: actorName(sc, d.from), b: actorName(sc, d.to), terms: termsText(sc, d.terms) })]),
            ),
          ),
        ])
      : null,
  ]);
}

/** A confirmation dialog for breaking promises, made once per page. */
let confirmFor: WeakMap<StoreApi<GameStore>, (d: DealState) => void> | null = null;
export function breakAsker(store: StoreApi<GameStore>): (d: DealState) => void {
  confirmFor ??= new WeakMap();
  let f = confirmFor.get(store);
  if (!f) {
    f = mountBreakConfirm(store);
    confirmFor.set(store, f);
  }
  return f;
}
