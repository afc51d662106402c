import type Phaser from 'phaser';

/**
 * Shapes drawn once and shown as one picture. Phaser replays a Graphics' commands on every
 * frame it draws (path by path on the 2D canvas, earcut and quads in WebGL): for the map's
 * borders, fills and hatching that is tens of thousands of commands a frame, on a school
 * laptop. Here the Graphics stay off the display list; `bake` paints them, in the order they
 * were made, onto a canvas of their own (antialiased, and hatching is then just pixels), so a
 * frame pays one image copy for all of them until they change.
 */
export class Baked {
  private readonly layers: Phaser.GameObjects.Graphics[] = [];
  private readonly texture: Phaser.Textures.CanvasTexture;
  private readonly image: Phaser.GameObjects.Image;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly key: string,
    depth: number,
  ) {
    const { width, height } = scene.scale.gameSize;
    if (scene.textures.exists(key)) scene.textures.remove(key);
    const texture = scene.textures.createCanvas(key, Math.max(1, width), Math.max(1, height));
    if (!texture) throw new Error(`no canvas texture ${key}`);
    this.texture = texture;
    this.image = scene.add.image(0, 0, key).setOrigin(0).setDepth(depth).setVisible(false);
    scene.events.once('shutdown', () => {
      this.image.destroy();
      scene.textures.remove(key);
    });
  }

  /** A Graphics to draw into; it shows at the next `bake`, above those made before it. */
  add(): Phaser.GameObjects.Graphics {
    const g = this.scene.make.graphics({}, false);
    this.layers.push(g);
    return g;
  }

  /** Paints the Graphics as they are now at the map's size; shows nothing when they are empty. */
  bake(): void {
    const { width, height } = this.scene.scale.gameSize;
    const w = Math.max(1, Math.round(width));
    const h = Math.max(1, Math.round(height));
    const t = this.texture;
    if (t.width !== w || t.height !== h) {
      t.setSize(w, h);
      this.image.setTexture(this.key);
    }
    // Not `clear()` with its update: that reads every pixel back.
    t.context.clearRect(0, 0, w, h);
    const drawn = this.layers.filter((g) => g.commandBuffer.length > 0);
    for (const g of drawn) g.generateTexture(t.canvas, w, h);
    t.refresh();
    this.image.setVisible(drawn.length > 0);
  }
}
