import Phaser from 'phaser';
import type { StoreApi } from 'zustand/vanilla';
import { BACKGROUND } from '../present/palette';
import type { GameStore } from '../state/createGameStore';
import { MapScene } from './MapScene';

/** Starts Phaser with the map scene in `parent`, drawing the store's game. */
export function startMap(parent: HTMLElement, store: StoreApi<GameStore>): Phaser.Game {
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    // The renderer's clear, not a camera fill: a camera's background is one more full-canvas draw a frame.
    backgroundColor: BACKGROUND,
    scale: { mode: Phaser.Scale.RESIZE, width: parent.clientWidth || 800, height: parent.clientHeight || 600 },
    banner: false,
    // The game's sound is howler's (src/audio), made after the first gesture: Phaser's own sound
    // manager would open an AudioContext of its own when the map starts, before any gesture.
    audio: { noAudio: true },
    // While the map moves, a turn-based map needs no more; it leaves the processor to the panels
    // (and to software WebGL). While nothing moves, the loop sleeps (./rest).
    fps: { limit: 30 },
    scene: [],
  });
  game.scene.add('map', MapScene, true, { store });
  // The map's box changes when panels appear beside or under it; Phaser only notices the
  // window's size, so tell it when the box itself changes.
  new ResizeObserver(() => game.scale.refresh()).observe(parent);
  return game;
}
