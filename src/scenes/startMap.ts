import Phaser from 'phaser';
import type { StoreApi } from 'zustand/vanilla';
import { BACKGROUND } from '../present/palette';
import type { GameStore } from '../state/createGameStore';
import { MapScene } from './MapScene';

/** Starts Phaser with the map scene in `parent`, drawing the store's game. */
export function startMap(parent: HTMLElement, store: StoreApi<GameStore>): Phaser.Game {
  const game = new Phaser.Game({
    // Phaser's canvas renderer, not WebGL. Where WebGL is software (SwiftShader: blocklisted or
    // absent GPUs, as on many school laptops, and this project's CI), every WebGL frame is read
    // back for the compositor and waits for the whole frame to be rasterised first: 30-100 ms a frame
    // on two busy cores, against a few ms for the same frame drawn by the 2D canvas, where the map
    // is one picture (./baked) and a few dozen small texts and dots. With a GPU both are cheap.
    type: Phaser.CANVAS,
    parent,
    // The renderer's clear, not a camera fill: a camera's background is one more full-canvas fill a frame.
    backgroundColor: BACKGROUND,
    scale: { mode: Phaser.Scale.RESIZE, width: parent.clientWidth || 800, height: parent.clientHeight || 600 },
    banner: false,
    // The game's sound is howler's (src/audio), made after the first gesture: Phaser's own sound
    // manager would open an AudioContext of its own when the map starts, before any gesture.
    audio: { noAudio: true },
    // While the map moves, a turn-based map needs no more; it leaves the processor to the panels
    // (and to the compositor). While nothing moves, the loop sleeps (./rest).
    fps: { limit: 30 },
    scene: [],
  });
  game.scene.add('map', MapScene, true, { store });
  // The map's box changes when panels appear beside or under it; Phaser only notices the
  // window's size, so tell it when the box itself changes.
  new ResizeObserver(() => game.scale.refresh()).observe(parent);
  return game;
}
