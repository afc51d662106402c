import type Phaser from 'phaser';
import { FONT, labelSize, type MapContext, TEXT_RESOLUTION, wordsAt } from '../mapContext';
import { featureName } from '../mapGeometry';

export type Box = { x0: number; y0: number; x1: number; y1: number };
export const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
export const boxOf = (t: Phaser.GameObjects.Text): Box => {
  const x0 = t.x - t.width * t.originX;
  const y0 = t.y - t.height * t.originY;
  return { x0, y0, x1: x0 + t.width, y1: y0 + t.height };
};

/** Department and neighbour names, and the ocean's. */
export class LabelLayer {
  private labels: Phaser.GameObjects.Text[] = [];
  /** Screen boxes of the department names, for other labels to keep clear of. */
  boxes: Box[] = [];

  constructor(private readonly scene: Phaser.Scene) {}

  /** Moves a department's name off the site icons it would cover (the label point stays the anchor for tests). */
  private avoidSites(ctx: MapContext, label: Phaser.GameObjects.Text, x: number, y: number): void {
    const sites = ctx.features.filter((f) => f.kind === 'site' && f.point).map((f) => ctx.proj.toScreen(f.point![0], f.point![1]));
    const w = label.width / 2 + 8;
    const h = label.height / 2 + 6;
    const clear = (cx: number, cy: number): boolean => !sites.some(([sx, sy]) => Math.abs(sx - cx) < w && Math.abs(sy - cy) < h);
    const lh = label.height;
    const lw = label.width;
    const tries: [number, number][] = [
      [0, 0],
      [0, -0.8 * lh],
      [0, 0.8 * lh],
      [0, -1.3 * lh],
      [0, 1.3 * lh],
      [-0.35 * lw, 0],
      [0.35 * lw, 0],
      [-0.35 * lw, -0.8 * lh],
      [0.35 * lw, -0.8 * lh],
      [-0.35 * lw, 0.8 * lh],
      [0.35 * lw, 0.8 * lh],
    ];
    for (const [dx, dy] of tries) {
      if (clear(x + dx, y + dy)) {
        label.setPosition(x + dx, y + dy);
        return;
      }
    }
  }

  draw(ctx: MapContext): void {
    for (const l of this.labels) l.destroy();
    this.labels = [];
    this.boxes = [];
    const sc = ctx.store.getState().entry?.scenario;
    const w = wordsAt(ctx);
    const size = labelSize(ctx);
    const add = (x: number, y: number, text: string, style: Partial<Phaser.Types.GameObjects.Text.TextStyle>): Phaser.GameObjects.Text =>
      this.scene.add
        .text(x, y, text, { fontFamily: FONT, resolution: TEXT_RESOLUTION, ...style })
        .setOrigin(0.5)
        .setDepth(30);
    for (const f of ctx.features) {
      if (!f.label) continue;
      const [x, y] = ctx.proj.toScreen(f.label[0], f.label[1]);
      if (f.kind === 'department') {
        const label = add(x, y, sc?.departments.some((d) => d.id === f.id) ? w.department(f.id) : featureName(f, w.lang), {
          fontSize: `${size}px`,
          fontStyle: 'bold',
          color: '#ffffff',
          stroke: '#0b141b',
          strokeThickness: 4,
        });
        this.avoidSites(ctx, label, x, y);
        this.labels.push(label);
        this.boxes.push(boxOf(label));
      } else if (f.kind === 'country') {
        this.labels.push(
          add(x, y, featureName(f, w.lang), {
            fontSize: `${size - 2}px`,
            fontStyle: 'italic',
            color: '#9fb0bb',
            stroke: '#0f1b24',
            strokeThickness: 3,
          }),
        );
      }
    }
    const [sx, sy] = ctx.proj.toScreen(-71.9, -22.2);
    this.labels.push(add(sx, sy, w.t('map.sea'), { fontSize: `${size - 3}px`, fontStyle: 'italic', color: '#6f93a8' }).setAngle(-90));
  }
}
