import type { StoreApi } from 'zustand/vanilla';
import { t } from '../i18n/messages';
import type { GameStore } from '../state/createGameStore';
import { h } from './dom';

export type Layout = {
  topBar: HTMLElement;
  menu: HTMLElement;
  meters: HTMLElement;
  map: HTMLElement;
  mapControls: HTMLElement;
  causes: HTMLElement;
  error: HTMLElement;
  events: HTMLElement;
  offers: HTMLElement;
  actions: HTMLElement;
  news: HTMLElement;
  start: HTMLElement;
  end: HTMLElement;
  dialogs: HTMLElement;
};

/**
 * The page: a top bar; the meters, the map (with its controls and the causes panel)
 * and the play panels side by side; and the start and end screens, which cover the
 * game while they are shown (the game underneath is made inert, so the keyboard
 * and screen readers stay on the screen in front).
 */
export function buildLayout(app: HTMLElement, store: StoreApi<GameStore>): Layout {
  const l: Layout = {
    topBar: h('header', { class: 'top' }),
    menu: h('div', { class: 'menu-body' }),
    meters: h('aside', { class: 'meters-col', 'aria-label': t('hud.metersTitle') }),
    map: h('div', { id: 'map', class: 'map', role: 'img', 'aria-label': t('map.label') }),
    mapControls: h('div', { class: 'map-controls' }),
    causes: h('section', { class: 'causes-panel' }),
    error: h('div', { class: 'error-region' }),
    events: h('section', { class: 'events-panel', 'aria-labelledby': 'events-title' }),
    offers: h('section', { class: 'offers-panel', 'aria-label': t('offers.title') }),
    actions: h('section', { class: 'actions-panel', 'aria-label': t('actions.title') }),
    news: h('section', { class: 'news-panel', 'aria-label': t('news.title') }),
    start: h('section', { class: 'screen start-screen', 'aria-labelledby': 'start-title' }),
    end: h('section', { class: 'screen end-screen', 'aria-labelledby': 'end-title' }),
    dialogs: h('div', { class: 'dialogs' }),
  };
  const main = h('main', { class: 'layout' }, [
    l.meters,
    h('div', { class: 'map-col' }, [h('div', { class: 'map-wrap' }, [l.map, l.causes]), l.mapControls]),
    h('aside', { class: 'side', 'aria-label': t('actions.title') }, [l.error, l.events, l.offers, l.actions, l.news]),
  ]);
  const footer = h('footer', { class: 'credits' }, [t('credits.map')]);
  const shell = h('div', { class: 'shell' }, [l.topBar, main, footer]);
  app.append(shell, l.start, l.end, l.dialogs);

  const sync = (): void => {
    const { ui, game } = store.getState();
    const playing = ui.screen === 'game' && !!game;
    shell.toggleAttribute('inert', !playing);
    shell.setAttribute('aria-hidden', playing ? 'false' : 'true');
    document.body.dataset.screen = ui.screen;
  };
  sync();
  store.subscribe((s, p) => {
    if (s.ui.screen !== p.ui.screen || s.game !== p.game) sync();
  });
  return l;
}
