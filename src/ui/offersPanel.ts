import type { StoreApi } from 'zustand/vanilla';
import { t } from '../i18n/messages';
import { dealValue } from '../sim/deals';
import type { DealState } from '../sim/stateTypes';
import type { Scenario } from '../sim/scenarioTypes';
import { textOf } from '../sim/text';
import type { GameStore } from '../state/createGameStore';
import { h, renderInto } from './dom';
import { effectLines } from './effectText';
import { actorName, termDef } from './names';
import { fmt } from './format';
import { sourceList } from './sources';

function termItem(sc: Scenario, term: string, amount: number): HTMLElement {
  const def = termDef(sc, term);
  const name = textOf(def?.name) || term;
  const unit = def?.amount?.unit ? ` ${def.amount.unit}` : '';
  const fx = [...effectLines(sc, def?.onSign, undefined, amount), ...effectLines(sc, def?.perTurn, undefined, amount)];
  const more = def?.description || fx.length > 0;
  return h('li', { class: 'term' }, [
    h('strong', {}, [def?.amount ? t('offers.term', { term: name, amount: `${amount}${unit}` }) : t('offers.termYes', { term: name })]),
    def ? h('span', { class: 'meta' }, [` · ${t('offers.gives', { actor: actorName(sc, def.giver) })}`, def.duration ? ` · ${t('offers.duration', { turns: def.duration })}` : '']) : null,
    more
      ? h('details', { class: 'term-more' }, [
          h('summary', {}, [t('offers.what')]),
          def?.description ? h('p', { class: 'desc' }, [textOf(def.description)]) : null,
          fx.length > 0 ? h('ul', { class: 'deltas' }, fx.map((x) => h('li', {}, [x]))) : null,
          sourceList(sc, def?.sources, def?.assumption),
        ])
      : null,
  ]);
}

/** Offers made to the player's side, with their terms, and Accept / Reject. */
export function mountOffersPanel(root: HTMLElement, store: StoreApi<GameStore>): () => void {
  const render = (): void => {
    const { game, entry, choice } = store.getState();
    if (!game || !entry || !choice) return;
    const sc = entry.scenario;
    const side = choice.side;
    const offers = game.deals.filter((d) => d.status === 'proposed' && d.to === side);
    const signed = game.deals.filter((d) => d.status === 'signed' && (d.to === side || d.from === side));
    root.hidden = offers.length === 0 && signed.length === 0;
    const card = (d: DealState): HTMLElement =>
      h('article', { class: 'offer-card', 'aria-labelledby': `deal-${d.id}`, 'data-deal': d.id }, [
        h('h3', { id: `deal-${d.id}` }, [t('offers.from', { actor: actorName(sc, d.from) })]),
        h('ul', { class: 'terms' }, d.terms.map((x) => termItem(sc, x.term, x.amount))),
        h('p', { class: 'meta' }, [t('offers.yourValue', { value: fmt(dealValue(sc, side, d.terms), 1) })]),
        h('div', { class: 'buttons' }, [
          h('button', { type: 'button', class: 'primary', id: `accept-${d.id}`, 'aria-label': t('offers.accept', { actor: actorName(sc, d.from) }), onclick: () => store.getState().dispatch({ type: 'respondDeal', actor: side, deal: d.id, response: 'accept' }) }, [t('offers.acceptShort')]),
          h('button', { type: 'button', id: `reject-${d.id}`, 'aria-label': t('offers.reject', { actor: actorName(sc, d.from) }), onclick: () => store.getState().dispatch({ type: 'respondDeal', actor: side, deal: d.id, response: 'reject' }) }, [t('offers.rejectShort')]),
        ]),
      ]);
    renderInto(root, [
      offers.length > 0 ? h('h2', { class: 'panel-title' }, [t('offers.title')]) : null,
      ...offers.map(card),
      offers.length > 0 ? h('p', { class: 'hint' }, [t('offers.later')]) : null,
      signed.length > 0
        ? h('details', { class: 'signed' }, [
            h('summary', {}, [`${t('offers.signed')} (${signed.length})`]),
            h('ul', {}, signed.map((d) => h('li', {}, [`${actorName(sc, d.from)} ⇄ ${actorName(sc, d.to)}: `, d.terms.map((x) => textOf(termDef(sc, x.term)?.name) || x.term).join(', ')]))),
          ])
        : null,
    ]);
  };
  render();
  return store.subscribe((s, p) => {
    if (s.game !== p.game || s.choice !== p.choice) render();
  });
}
