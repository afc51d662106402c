import scenarios from 'virtual:scenarios';
import Phaser from 'phaser';
import { startAudio } from './audio/startAudio';
import { t } from './i18n/messages';
import { MapScene } from './scenes/MapScene';
import { createGameStore } from './state/createGameStore';
import { startPersistence } from './state/startPersistence';
import { mountActionsPanel } from './ui/actionsPanel';
import { mountCausesPanel } from './ui/causesPanel';
import { mountDealBuilder } from './ui/dealBuilder';
import { mountDepartmentsTable } from './ui/departmentsTable';
import { h } from './ui/dom';
import { mountEndScreen } from './ui/endScreen';
import { mountErrorBanner } from './ui/errorBanner';
import { mountEventsPanel } from './ui/eventsPanel';
import { mountHandover } from './ui/handover';
import { mountHudMeters } from './ui/hudMeters';
import { buildLayout } from './ui/layout';
import { mountMapControls } from './ui/mapControls';
import { mountNewsFeed } from './ui/newsFeed';
import { mountOffersPanel } from './ui/offersPanel';
import { mountSavePanel } from './ui/savePanel';
import { mountSettingsPanel } from './ui/settingsPanel';
import { mountStartScreen } from './ui/startScreen';
import { mountTopBar } from './ui/topBar';
import { mountTurnReport } from './ui/turnReport';
import { trackMode } from './ui/viewer';
import { mountWatchControls } from './ui/watchControls';

const DEFAULT_SCENARIO = scenarios.some((s) => s.id === 'paz-pivot') ? 'paz-pivot' : (scenarios[0]?.id ?? '');
const DEFAULT_SIDE = 'us';

const app = document.getElementById('app') as HTMLElement;
const store = createGameStore(scenarios);
document.getElementById('loading')?.remove();

const l = buildLayout(app, store);
const newGame = h('button', { type: 'button', id: 'menu-new-game', onclick: () => store.getState().toStart() }, [t('top.newGame')]);
const saves = h('div', { class: 'menu-saves' });
const settings = h('div', { class: 'menu-settings' });
l.menu.append(newGame, saves, settings);

mountTopBar(l.topBar, store, l.menu);
mountHudMeters(l.meters, store);
mountCausesPanel(l.causes, store);
mountErrorBanner(l.error, store);
mountEventsPanel(l.events, store);
mountOffersPanel(l.offers, store);
mountActionsPanel(l.actions, store);
mountNewsFeed(l.news, store);
mountTurnReport(l.dialogs, store);
// Negotiation, hot-seat and watch mode (issue 5). The hand-over mounts after the turn
// report so that it covers it when both open in the same change.
mountDealBuilder(l.dialogs, store);
mountHandover(l.dialogs, store);
const watchBar = h('div', { class: 'watch-bar', id: 'watch-bar' });
l.topBar.insertBefore(watchBar, l.topBar.children[1] ?? null);
mountWatchControls(watchBar, store);
trackMode(store);
// The start screen holds the set-up and, below it, the saves: a save from another machine
// can be loaded before any game is started, and a notice about the autosave is seen.
const startSetup = h('div', { class: 'start-setup' });
const startSaves = h('section', { class: 'start-saves', 'aria-label': t('saves.startHeading') });
const startSavesBody = h('div');
startSaves.append(startSavesBody);
l.start.append(startSetup, startSaves);
mountStartScreen(startSetup, store, DEFAULT_SCENARIO, DEFAULT_SIDE);
mountSavePanel(startSavesBody, store);
const showStart = (): void => {
  l.start.hidden = store.getState().ui.screen !== 'start';
};
showStart();
store.subscribe(showStart);
mountEndScreen(l.end, store);
mountMapControls(l.mapControls, store);
const departmentsTable = h('div', { class: 'departments-table-wrap' });
l.news.after(departmentsTable);
mountDepartmentsTable(departmentsTable, store);
mountSavePanel(saves, store);
mountSettingsPanel(settings, store);
startAudio(store);
// A verified autosave puts the game back in place (and leaves the start screen).
startPersistence(store);

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

// A handle for end-to-end tests and the curious: the store and the map scene.
(window as unknown as { altiplano: unknown }).altiplano = { store, game, map: () => game.scene.getScene('map') as MapScene };
