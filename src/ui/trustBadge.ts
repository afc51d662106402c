import type { StoreApi } from 'zustand/vanilla';
import { fmt } from '../present/format';
import { t } from '../i18n/messages';
import { type GameState, type Scenario, trustBetween, trustMeter } from '../sim';
import type { GameStore } from '../state/createGameStore';
import { h, idPart } from './dom';
import { actorName } from '../present/names';

/**
 * Trust between `me` and `other`: a small meter, and (when the scenario tracks the pair)
 * a button that opens "why did this move?" for the trust meter.
 */
export function trustBadge(
  store: StoreApi<GameStore>,
  game: GameState,
  sc: Scenario,
  me: string,
  other: string,
  idPrefix = 'trust',
): HTMLElement {
  const v = trustBetween(game, sc, me, other);
  const meter = trustMeter(sc, me, other);
  const name = actorName(sc, other);
  const bar = h('span', { class: 'trust-bar', 'aria-hidden': 'true' }, [
    h('span', { class: 'trust-fill', style: `width:${Math.max(0, Math.min(100, v))}%` }),
  ]);
  const body = h(
    'span',
    {
      class: 'trust-body',
      role: 'meter',
      'aria-label': t('neg.trust', { actor: name, value: fmt(v, 0) }),
      'aria-valuenow': Number(v.toFixed(2)),
      'aria-valuemin': 0,
      'aria-valuemax': 100,
      'data-trust': other,
    },
    [
      h('span', { class: 'trust-name' }, [
        meter ? t('neg.trust', { actor: name, value: fmt(v, 0) }) : t('neg.trustUntracked', { actor: name, value: fmt(v, 0) }),
      ]),
      bar,
    ],
  );
  if (!meter) return h('div', { class: 'trust-badge untracked' }, [body]);
  const open = store.getState().ui.meterDetail?.meter === meter;
  return h(
    'button',
    {
      type: 'button',
      class: `trust-badge${open ? ' open' : ''}`,
      id: `${idPrefix}-${idPart(other)}`,
      'aria-label': t('neg.trustButton', { actor: name, value: fmt(v, 0) }),
      'aria-expanded': open ? 'true' : 'false',
      'aria-controls': 'causes-panel',
      onclick: () => store.getState().setUi({ meterDetail: open ? null : { meter } }),
    },
    [body],
  );
}
