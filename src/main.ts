import cards from 'virtual:scenarios';
import Phaser from 'phaser';
import { startAudio } from './audio/startAudio';
import { en, knownLanguage, LANGUAGES } from './i18n/catalogue';
import { wordsOf } from './present/words';
import { MapScene } from './scenes/MapScene';
import { createGameStore } from './state/createGameStore';
import { loadSettings, updateSettings } from './state/persistSettings';
import { fetchText } from './state/scenarioAsset';
import { startPersistence } from './state/startPersistence';
import { mountActionsPanel } from './ui/actionsPanel';
import { mountCausesPanel } from './ui/causesPanel';
import { mountDealBuilder } from './ui/dealBuilder';
import { mountDepartmentsTable } from './ui/departmentsTable';
import { mountEndScreen } from './ui/endScreen';
import { mountErrorBanner } from './ui/errorBanner';
import { mountEventsPanel } from './ui/eventsPanel';
import { mountFreshScreens } from './ui/freshScreens';
import { mountGuide } from './ui/guide';
import { mountHandover } from './ui/handover';
import { mountHowToPlay } from './ui/howToPlay';
import { mountHudMeters } from './ui/hudMeters';
import { mountKeyboard } from './ui/keyboard';
import { mountLayout } from './ui/layout';
import { mountMapControls } from './ui/mapControls';
import { mountNewsFeed } from './ui/newsFeed';
import { mountObjectivesPanel } from './ui/objectivesPanel';
import { mountOffersPanel } from './ui/offersPanel';
import { mountSavePanel } from './ui/savePanel';
import { mountSettingsPanel } from './ui/settingsPanel';
import { mountSourcesPage } from './ui/sourcesPage';
import { mountStartScreen } from './ui/startScreen';
import { mountTopBar } from './ui/topBar';
import { mountTurnReport } from './ui/turnReport';
import { mountWatchControls } from './ui/watchControls';
import { mountWhosWho } from './ui/whosWho';

const DEFAULT_SCENARIO = cards.some((c) => c.id === 'paz-pivot')
  ? 'paz-pivot'
  : (cards.find((c) => c.face.listed !== false)?.id ?? cards[0]?.id ?? '');
// `?scenario=ID` also offers a scenario kept off the start screen (`listed: false`, a test world).
const REVEAL = new URLSearchParams(window.location.search).get('scenario');
const DEFAULT_SIDE = 'us';

// The language remembered in this browser (one the interface speaks, or English).
const settings = loadSettings(Object.keys(LANGUAGES));
// Each scenario's data is fetched when it is chosen; the page carries only their faces.
const store = createGameStore({ cards, fetchText }, { lang: settings.lang });
// The page's language follows the store (screen readers pronounce by it), and is remembered.
const followLanguage = (): void => {
  const s = store.getState();
  document.documentElement.lang = wordsOf(s).lang;
  if (knownLanguage(s.lang) === s.lang && s.lang !== loadSettings().lang) updateSettings({ lang: s.lang });
};
followLanguage();
store.subscribe((s, p) => {
  if (s.lang !== p.lang) followLanguage();
});

const app = document.getElementById('app') as HTMLElement;
document.getElementById('loading')?.remove();
const l = mountLayout(app, store);
const top = mountTopBar(l.topBar, store);
mountWatchControls(top.watch, store);
mountSavePanel(top.saves, store);
mountSettingsPanel(top.settings, store);
mountObjectivesPanel(top.objectives, store);
mountHudMeters(l.meters, store);
mountCausesPanel(l.causes, store);
mountErrorBanner(l.error, store);
mountEventsPanel(l.events, store);
mountOffersPanel(l.offers, store);
mountActionsPanel(l.actions, store);
mountNewsFeed(l.news, store);
mountDepartmentsTable(l.departments, store);
mountMapControls(l.mapControls, store);
// Negotiation and hot-seat (issue 5). The hand-over mounts after the turn report so that it
// covers it when both open in the same change.
mountTurnReport(l.report, store);
mountDealBuilder(l.builder, store);
mountHandover(l.handover, store);
// The start screen holds the set-up and, below it, the saves: a save from another machine
// can be loaded before any game is started, and a notice about the autosave is seen.
mountStartScreen(l.startSetup, store, DEFAULT_SCENARIO, DEFAULT_SIDE, {}, REVEAL);
mountSavePanel(l.startSaves, store, { scope: 'start' });
mountEndScreen(l.end, store);
// Help (issue 10): How to play beside the other dialogs, and the first-game guide over the game.
const dialogs = l.builder.parentElement ?? document.body;
mountHowToPlay(dialogs, store);
// Sources (issue 11): every claim with its checks and references, and who the sides are.
mountSourcesPage(dialogs, store);
mountWhosWho(dialogs, store);
mountGuide(dialogs, store);
startAudio(store);
// After every view: a game put in place opens with every box at its top and its disclosures closed.
mountFreshScreens(app, store);
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
// A verified autosave puts the game back in place (and leaves the start screen).
void startPersistence(store);

const game = new Phaser.Game({
  type: Phaser.AUTO,
  parent: l.map,
  backgroundColor: '#0f1b24',
  scale: { mode: Phaser.Scale.RESIZE, width: l.map.clientWidth || 800, height: l.map.clientHeight || 600 },
  banner: false,
  // A turn-based map needs no more; it leaves the processor to the panels (and to software WebGL).
  fps: { limit: 30 },
  scene: [],
});
game.scene.add('map', MapScene, true, { store });
// The map's box changes when panels appear beside or under it; Phaser only notices the
// window's size, so tell it when the box itself changes.
new ResizeObserver(() => game.scale.refresh()).observe(l.map);

// A handle for end-to-end tests and the curious: the store, the map scene, a panel to mount
// a second time (two boards on one page), and the catalogues (a test can add a language).
(window as unknown as { altiplano: unknown }).altiplano = {
  store,
  game,
  map: () => game.scene.getScene('map') as MapScene,
  views: { mountHudMeters },
  i18n: { LANGUAGES, en },
};
