import Phaser from 'phaser';

/**
 * The benchmark's baseline: an empty Phaser 4 app, built with the game's Vite
 * settings, so the game's size and first-frame time can be read as ratios to it.
 */
class EmptyScene extends Phaser.Scene {
  constructor() {
    super('empty');
  }

  create(): void {
    (window as unknown as { __emptyReady?: boolean }).__emptyReady = true;
  }
}

const parent = document.getElementById('app') as HTMLElement;
new Phaser.Game({
  type: Phaser.AUTO,
  parent,
  backgroundColor: '#0f1b24',
  scale: { mode: Phaser.Scale.RESIZE, width: parent.clientWidth || 800, height: parent.clientHeight || 600 },
  banner: false,
  scene: [EmptyScene],
});
