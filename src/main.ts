import Phaser from 'phaser';
import scenarios from 'virtual:scenarios';
import { t } from './i18n/messages';
import { MapScene } from './scenes/MapScene';
import { createGameStore } from './state/createGameStore';
import { h } from './ui/dom';
import { mountHud } from './ui/mountHud';

const DEFAULT_SCENARIO = scenarios.some((s) => s.id === 'paz-pivot') ? 'paz-pivot' : (scenarios[0]?.id ?? '');
const PLAYER = 'us';

const app = document.getElementById('app') as HTMLElement;
const store = createGameStore(scenarios);
store.getState().startGame({ scenarioId: DEFAULT_SCENARIO, side: PLAYER, seed: 1 });

const mapBox = h('div', { id: 'map', class: 'map', role: 'img', 'aria-label': t('map.label') });
const side = h('aside', { class: 'side' });
document.getElementById('loading')?.remove();
app.append(
  h('header', { class: 'top' }, [h('h1', {}, [t('app.title')]), h('p', { class: 'tagline' }, [t('app.tagline')])]),
  h('main', { class: 'layout' }, [mapBox, side]),
  h('footer', { class: 'credits' }, [t('credits.map')]),
);
mountHud(side, store, PLAYER);

const game = new Phaser.Game({
  type: Phaser.AUTO,
  parent: mapBox,
  backgroundColor: '#0f1b24',
  scale: { mode: Phaser.Scale.RESIZE, width: mapBox.clientWidth || 800, height: mapBox.clientHeight || 600 },
  banner: false,
  scene: [],
});
game.scene.add('map', MapScene, true, { store });

// A handle for end-to-end tests and the curious: the store and the map scene.
(window as unknown as { altiplano: unknown }).altiplano = { store, game, map: () => game.scene.getScene('map') as MapScene };
