import { html } from 'lit-html';
import type { StoreApi } from 'zustand/vanilla';
import type { Words } from '../present/words';
import type { GameStore } from '../state/createGameStore';
import { type Mount, type MountOptions, mountView } from './view';
import { modeOf } from './viewer';

/** The elements the panels mount into. */
export type Layout = {
  topBar: HTMLElement;
  meters: HTMLElement;
  map: HTMLElement;
  mapControls: HTMLElement;
  causes: HTMLElement;
  error: HTMLElement;
  events: HTMLElement;
  offers: HTMLElement;
  actions: HTMLElement;
  news: HTMLElement;
  departments: HTMLElement;
  start: HTMLElement;
  startSetup: HTMLElement;
  startSaves: HTMLElement;
  end: HTMLElement;
  /** The replay's banner and scrubber, above the top bar (hidden unless a replay is shown). */
  replay: HTMLElement;
  /** The class around a game played on a class server (empty otherwise), above the top bar. */
  classroom: HTMLElement;
  /** One host per dialog (a lit view owns its container): the hand-over last, so it covers the report when both open. */
  report: HTMLElement;
  builder: HTMLElement;
  handover: HTMLElement;
};

const SLOTS: readonly (keyof Layout)[] = [
  'topBar',
  'meters',
  'map',
  'mapControls',
  'causes',
  'error',
  'events',
  'offers',
  'actions',
  'news',
  'departments',
  'start',
  'startSetup',
  'startSaves',
  'end',
  'replay',
  'classroom',
  'report',
  'builder',
  'handover',
];

type Column = 'meters' | 'side';
type Folded = Record<Column, boolean>;
const FOLDED_KEY = 'altiplano.layout.folded';

function loadFolded(): Folded {
  try {
    const v = JSON.parse(sessionStorage.getItem(FOLDED_KEY) ?? '{}') as Partial<Folded>;
    return { meters: v.meters === true, side: v.side === true };
  } catch {
    return { meters: false, side: false };
  }
}

function saveFolded(f: Folded): void {
  try {
    sessionStorage.setItem(FOLDED_KEY, JSON.stringify(f));
  } catch {
    // storage disabled: the columns fold for this page only
  }
}

/**
 * The page: a top bar; the meters, the map (with its controls and the causes panel) and the
 * play panels side by side; and the start and end screens, which cover the game while they
 * are shown (the game underneath is made inert, so the keyboard and screen readers stay on the
 * screen in front). The board carries the screen and the play mode as attributes, for styles
 * (a watcher has no End turn; print shows the debrief only): the one place they are set.
 * The structure never changes, so the elements returned stay put for the panels mounted in them.
 * The map comes first: either side column folds away (buttons on the map's lower corners, the
 * choice kept for the browser session) and the map takes its room.
 */
export function mountLayout(app: HTMLElement, store: StoreApi<GameStore>, options: MountOptions = {}): Layout {
  // Which side columns the player folded away, remembered for the browser session.
  const folded = loadFolded();
  let mount: Mount | null = null;
  const toggle = (col: Column): void => {
    folded[col] = !folded[col];
    saveFolded(folded);
    mount?.refresh();
  };
  const toggleButton = (col: Column, w: Words, m: Mount) => {
    const shown = !folded[col];
    const label = col === 'meters' ? (shown ? 'screen.hideMeters' : 'screen.showMeters') : shown ? 'screen.hideSide' : 'screen.showSide';
    return html`<button type="button" class="panel-toggle toggle-${col}" id=${m.id(`toggle-${col}`)} aria-controls=${m.id(`${col}-col`)}
      aria-expanded=${shown ? 'true' : 'false'} @click=${() => toggle(col)}>${w.t(label)}</button>`;
  };
  mountView(
    app,
    store,
    (s) => [s.ui.screen, s.game, s.choice, s.replay],
    (s, w, m) => {
      mount = m;
      const playing = s.ui.screen === 'game' && !!s.game;
      return html`<div class="board" data-screen=${s.ui.screen} data-mode=${modeOf(s)} data-meters=${folded.meters ? 'folded' : 'shown'}
        data-side=${folded.side ? 'folded' : 'shown'} data-replay=${s.replay ? 'on' : 'off'}>
        <div class="shell" ?inert=${!playing} aria-hidden=${playing ? 'false' : 'true'}>
          <div class="replay-region" data-slot="replay" hidden></div>
          <div class="class-region" data-slot="classroom" hidden></div>
          <header class="top" data-slot="topBar"></header>
          <main class="layout">
            <aside class="meters-col" id=${m.id('meters-col')} aria-label=${w.t('hud.metersTitle')} ?hidden=${folded.meters} data-slot="meters"></aside>
            <div class="map-col">
              <div class="map-wrap">
                <div id=${m.id('map')} class="map" role="img" aria-label=${w.t('map.label', { host: w.host() })} data-slot="map"></div>
                <section class="causes-panel" data-slot="causes"></section>
                <div class="panel-toggles">${toggleButton('meters', w, m)} ${toggleButton('side', w, m)}</div>
              </div>
              <div class="map-controls" data-slot="mapControls"></div>
            </div>
            <aside class="side" id=${m.id('side-col')} aria-label=${w.t('actions.title')} ?hidden=${folded.side}>
              <div class="error-region" data-slot="error"></div>
              <section class="events-panel" aria-labelledby=${m.id('events-title')} data-slot="events"></section>
              <section class="offers-panel" aria-label=${w.t('offers.title')} data-slot="offers"></section>
              <section class="actions-panel" aria-label=${w.t('actions.title')} data-slot="actions"></section>
              <section class="news-panel" aria-label=${w.t('news.title')} data-slot="news"></section>
              <div class="departments-table-wrap" data-slot="departments"></div>
            </aside>
          </main>
          <footer class="credits">${w.t('credits.map')}</footer>
        </div>
        <section class="screen start-screen" aria-labelledby=${m.id('start-title')} ?hidden=${s.ui.screen !== 'start'} data-slot="start">
          <div class="start-setup" data-slot="startSetup"></div>
          <section class="start-saves" aria-label=${w.t('saves.startHeading')}><div data-slot="startSaves"></div></section>
        </section>
        <section class="screen end-screen" aria-labelledby=${m.id('end-title')} data-slot="end"></section>
        <div class="dialogs">
          <div data-slot="report"></div>
          <div data-slot="builder"></div>
          <div data-slot="handover"></div>
        </div>
      </div>`;
    },
    options,
  );
  const board = app.lastElementChild as HTMLElement;
  const slot = (name: keyof Layout): HTMLElement => {
    const el = board.querySelector<HTMLElement>(`[data-slot="${name}"]`);
    if (!el) throw new Error(`layout slot ${name} missing`);
    return el;
  };
  return Object.fromEntries(SLOTS.map((k) => [k, slot(k)])) as Layout;
}
