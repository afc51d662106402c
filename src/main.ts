import cards from 'virtual:scenarios';
import { catalogueOf, DEFAULT_LANGUAGE, knownLanguage, LANGUAGES, loadLanguage } from './i18n/catalogue';
import { hasRememberedSeat } from './net/seatKey';
import { wordsOf } from './present/words';
import type { MapScene } from './scenes/MapScene';
import type { startMap } from './scenes/startMap';
import { createStoreWith } from './state/gameStore';
import { loadSettings, updateSettings } from './state/persistSettings';
import { fetchText } from './state/scenarioAsset';
import { AUTOSAVE_KEY, startPersistence } from './state/startPersistence';
import { mountErrorBanner } from './ui/errorBanner';
import { mountKeyboard } from './ui/keyboard';
import { type Layout, mountLayout } from './ui/layout';
import { nextTask } from './ui/nextTask';
import { mountSavePanel } from './ui/savePanel';
import { applyClassLink } from './ui/setup/applyClassLink';
import { mountStartScreen } from './ui/startScreen';

const DEFAULT_SCENARIO = cards.some((c) => c.id === 'paz-pivot')
  ? 'paz-pivot'
  : (cards.find((c) => c.face.listed !== false)?.id ?? cards[0]?.id ?? '');
// `?scenario=ID` also offers a scenario kept off the start screen (`listed: false`, a test world).
const REVEAL = new URLSearchParams(window.location.search).get('scenario');
const DEFAULT_SIDE = 'us';
// `#workshop=ID`: a play-test of an author's scenario, handed over by the workshop through this browser's IndexedDB.
const PLAY_TEST = new URLSearchParams(window.location.hash.slice(1)).has('workshop');

// The language remembered in this browser (one the interface speaks, or English).
const settings = loadSettings(Object.keys(LANGUAGES));
// Each scenario's data is fetched when it is chosen, and the engine (the sim) with the first one:
// the page's first script carries only the scenarios' faces and the start screen.
const store = createStoreWith({ cards, fetchText }, () => import('./state/engine').then((m) => m.engine), {
  lang: settings.lang,
  reading: settings.reading,
});
// The page's language follows the store (screen readers pronounce by it), and is remembered. A
// language's words are fetched when it is first chosen: until they arrive the page speaks English,
// then every view words itself again (or, if they cannot be fetched, the store goes back to English).
const followLanguage = (): void => {
  const s = store.getState();
  if (!catalogueOf(s.lang)) {
    void loadLanguage(s.lang).then((got) => {
      if (got !== store.getState().lang) store.getState().setLanguage(got);
      else {
        store.setState({});
        followLanguage();
      }
    });
  }
  const w = wordsOf(s);
  document.documentElement.lang = w.lang;
  document.title = w.t('app.title');
  const remembered = loadSettings();
  if (knownLanguage(s.lang) === s.lang && s.lang !== remembered.lang) updateSettings({ lang: s.lang });
  if (s.reading !== remembered.reading) updateSettings({ reading: s.reading });
};
followLanguage();
store.subscribe((s, p) => {
  if (s.lang !== p.lang || s.reading !== p.reading) followLanguage();
});

const app = document.getElementById('app') as HTMLElement;
/** The elements the panels mount into, once the start screen has been drawn (`layoutReady`). */
let layout: Layout | undefined;
let laidOut: () => void = () => {};
const layoutReady = new Promise<Layout>((done) => {
  laidOut = () => done(layout as Layout);
});

/** Is the autosave a play-test of one of the author's works (so the works must be offered first)? */
const autosavedWork = (): boolean => {
  try {
    return localStorage.getItem(AUTOSAVE_KEY)?.includes('"workshop-') ?? false;
  } catch {
    return false;
  }
};

/**
 * After the browser has painted what it has (the next frame), or after a while in a tab that
 * paints nothing (a background tab), whichever comes first.
 */
const afterPaint = (): Promise<void> =>
  new Promise((done) => {
    requestAnimationFrame(() => setTimeout(done, 0));
    setTimeout(done, 250);
  });

/**
 * Takes away the title and lead painted from the HTML, which lie under the real start screen, once
 * the browser has reported the page's largest paint (it would not count them if they went before
 * it had), or once the start screen is left (they would show over the game), or after 5 s.
 */
const dropFirstScreen = (el: HTMLElement): void => {
  const drop = (): void => {
    el.remove();
    clearTimeout(timer);
    observer?.disconnect();
    stop();
  };
  // Its words are the English catalogue's: a page in another language drops them as soon as its own
  // start screen is drawn over them (that screen is then the largest paint anyway).
  const english = (s: { lang: string }): boolean => knownLanguage(s.lang) === DEFAULT_LANGUAGE;
  if (!english(store.getState())) {
    el.remove();
    return;
  }
  const timer = setTimeout(drop, 5000);
  const stop = store.subscribe((s) => {
    if (s.ui.screen !== 'start' || !english(s)) drop();
  });
  let observer: PerformanceObserver | null = null;
  if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('largest-contentful-paint')) {
    drop();
    return;
  }
  observer = new PerformanceObserver(() => drop());
  observer.observe({ type: 'largest-contentful-paint', buffered: true });
};

// The page boots in steps, each a task of its own so that none is long on a slow laptop, and the
// first one waits for a frame: the title and lead come painted in the HTML (tools/firstScreen.ts),
// before any of this runs. The start screen is the first screen; everything else follows it.
const handle: { views?: unknown } = {};
const boot = async (): Promise<void> => {
  await afterPaint();
  // The title and lead painted from the HTML stay under the real start screen (which covers the
  // page) until it has painted too: removed in the frame they paint in, the browser would not count
  // them as the page's largest paint, which would then wait for this script.
  const firstScreen = app.querySelector<HTMLElement>('[data-first-screen]');
  firstScreen?.setAttribute('aria-hidden', 'true');
  const l = mountLayout(app, store);
  layout = l;
  mountErrorBanner(l.error, store);
  // A teacher's class setup link (?scenario=…&check=…) pre-sets and locks the start screen, or says why it cannot.
  applyClassLink(l, store, window.location.search, Object.keys(LANGUAGES));
  await nextTask();
  mountStartScreen(l.startSetup, store, DEFAULT_SCENARIO, DEFAULT_SIDE, {}, REVEAL);
  // The map's chunks may now be fetched at idle priority (the hints wait in a template: vite.config.ts).
  const mapHints = document.getElementById('map-prefetch');
  if (mapHints instanceof HTMLTemplateElement) document.head.append(mapHints.content);
  laidOut();
  await afterPaint();
  if (firstScreen) dropFirstScreen(firstScreen);
  // Below the set-up, the saves: a save from another machine can be loaded before any game is
  // started, and a notice about the autosave is seen.
  mountSavePanel(l.startSaves, store, { scope: 'start' });
  // End turn on a key, and focus kept when what held it goes away (an event answered, a dialog closed).
  const byId = (id: string): HTMLElement | null => document.getElementById(id);
  mountKeyboard(store, {
    endTurn: () => byId('end-turn') as HTMLButtonElement | null,
    fallbacks: () => [
      byId('events-title'),
      byId('end-turn'),
      document.querySelector<HTMLElement>('.actions-panel summary, .actions-panel button'),
    ],
  });
  await nextTask();
  // A verified autosave puts the game back in place (and leaves the start screen); then a save another
  // page handed over for its replay (the teacher's comparison) opens over it.
  // A play-test from the workshop starts its game instead. When one is asked for or was autosaved,
  // the author's works are offered to the store first, so the autosave of a play-test resumes.
  const works = PLAY_TEST || autosavedWork() ? import('./state/workshop/takePlayTest').then((m) => m.offerWorks(store)) : Promise.resolve();
  void works
    .then(() => startPersistence(store))
    .then(() =>
      PLAY_TEST
        ? import('./state/workshop/takePlayTest').then((m) => m.takePlayTest(store, window.location.hash))
        : import('./state/replayHandOver').then((m) => m.takeHandedOverReplay(store)),
    );
  // A tab that was in a class (a reload, lost Wi-Fi) takes its seat back; the class client loads only then.
  if (hasRememberedSeat()) void import('./net/playInClass').then((m) => m.rejoinRememberedSeat(store));
  // The author's own scenarios (the workshop's, in IndexedDB) are listed on the start screen, after its first frame.
  if (import.meta.env.MODE !== 'offline')
    void import('./ui/workshop/yourScenarios').then((m) => {
      const slot = document.createElement('div');
      l.startSaves.closest('.start-saves')?.before(slot);
      return m.mountYourScenarios(slot, store);
    });
  // Every other view, then the sound and the engine (so the first Start waits only for its scenario's data).
  const screens = await import('./ui/gameScreens');
  await nextTask();
  await screens.mountGameScreens(l, app, store, nextTask);
  handle.views = screens.views;
  await nextTask();
  void import('./audio/startAudio').then((m) => m.startAudio(store));
  void import('./state/engine');
};
void boot();

// The map (Phaser, most of the page's script) is not on the first screen: it loads when the
// player leaves the start screen (a game starts, a watch starts, a save loads, the autosave
// resumes). The build names its chunk in a prefetch hint (vite.config.ts), so the browser fetches
// it while the page is idle, and the first Start only parses and boots it.
type MapGame = ReturnType<typeof startMap>;
let game: MapGame | undefined;
let mapLoad: Promise<MapGame> | null = null;
const loadMap = (): Promise<MapGame> => {
  mapLoad ??= Promise.all([import('./scenes/startMap'), layoutReady]).then(
    ([m, l]) => {
      game = m.startMap(l.map, store);
      return game;
    },
    (e: unknown) => {
      mapLoad = null; // the next change of screen tries again
      throw e;
    },
  );
  return mapLoad;
};
const leftStart = (s: { ui: { screen: string } }): boolean => s.ui.screen !== 'start';
if (leftStart(store.getState())) void loadMap();
else {
  const stop = store.subscribe((s) => {
    if (!leftStart(s)) return;
    stop();
    void loadMap();
  });
}
/** Resolves once the map scene has drawn its first frame's layout (`ui.mapReady`). */
const mapDrawn = (): Promise<void> =>
  new Promise((done) => {
    if (store.getState().ui.mapReady) return done();
    const stop = store.subscribe((s) => {
      if (!s.ui.mapReady) return;
      stop();
      done();
    });
  });

// A handle for end-to-end tests, benchmarks and the curious: the store, the map (undefined until
// it has loaded), and a panel to mount a second time (two boards on one page).
(window as unknown as { altiplano: unknown }).altiplano = {
  store,
  get game() {
    return game;
  },
  map: () => game?.scene.getScene('map') as MapScene | undefined,
  /** Loads the map now if leaving the start screen has not yet, and resolves once it has drawn. */
  loadMap: () => loadMap().then(mapDrawn),
  // Filled in once the game's views have loaded (a panel to mount a second time).
  get views() {
    return handle.views;
  },
};
