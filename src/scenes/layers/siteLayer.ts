import Phaser from 'phaser';
import { SITE_EDGE, SITE_FILL } from '../../present/palette';
import { iconShape, type SiteIcon } from '../../present/siteIcons';
import { FONT, labelSize, type MapContext, TEXT_RESOLUTION, wordsAt } from '../mapContext';
import { departmentAt, featureName } from '../mapGeometry';
import { type Box, boxOf, overlaps } from './labelLayer';

type Placed = { id: string; x: number; y: number; department: string | null };

/**
 * The sites (cities, ports, lithium, gas, coca) as shaped icons, and their names:
 * shown for the hovered and the selected place, and for every site once the map
 * is big enough to hold them without clutter.
 */
export class SiteLayer {
  private readonly icons: Phaser.GameObjects.Graphics;
  private labels: Phaser.GameObjects.Text[] = [];
  placed: Placed[] = [];

  /** The icons draw into `icons`, which the scene keeps above the selection outline, so a border town's icon stays whole. */
  constructor(
    private readonly scene: Phaser.Scene,
    icons: Phaser.GameObjects.Graphics,
  ) {
    this.icons = icons;
  }

  radius(ctx: MapContext): number {
    return Math.max(6, Math.min(9, ctx.proj.scale * 0.16));
  }

  /** Site name as the scenario spells it, or the map's. */
  nameOf(ctx: MapContext, id: string): string {
    const site = ctx.store.getState().entry?.scenario.sites?.find((s) => s.id === id);
    const w = wordsAt(ctx);
    if (site) return w.text(site.name);
    const f = ctx.features.find((x) => x.id === id);
    return f ? featureName(f, w.lang) : id;
  }

  /** The name without its explanation in brackets, for the map itself (the tooltip has it whole). */
  shortName(ctx: MapContext, id: string): string {
    return this.nameOf(ctx, id).replace(/\s*\([^)]*\)\s*$/, '');
  }

  draw(ctx: MapContext): void {
    const g = this.icons;
    g.clear();
    const r = this.radius(ctx);
    const sites = ctx.store.getState().entry?.scenario.sites ?? [];
    this.placed = [];
    for (const f of ctx.features) {
      if (f.kind !== 'site' || !f.point) continue;
      const [x, y] = ctx.proj.toScreen(f.point[0], f.point[1]);
      // The scenario says which department a site belongs to; failing that, where it lies.
      const listed = sites.find((s) => s.id === f.id);
      const department = listed ? (listed.department ?? null) : departmentAt(ctx.features, f.point[0], f.point[1]);
      this.placed.push({ id: f.id, x, y, department });
      const icon = (f.siteType ?? 'city') as SiteIcon;
      const shape = iconShape(icon);
      g.fillStyle(SITE_FILL, 1);
      g.lineStyle(2, SITE_EDGE, 1);
      if (!shape) {
        g.fillCircle(x, y, r * 0.85);
        g.strokeCircle(x, y, r * 0.85);
        if (icon === 'capital') {
          g.fillStyle(SITE_EDGE, 1);
          g.fillCircle(x, y, r * 0.35);
        }
      } else {
        const pts = shape.map(([sx, sy]) => new Phaser.Math.Vector2(x + sx * r, y + sy * r));
        g.fillPoints(pts, true);
        g.strokePoints(pts, true, true);
      }
    }
  }

  /** Shows the names of the given sites (and of all of them on a big map). */
  drawLabels(ctx: MapContext, show: Set<string>, avoid: Box[]): void {
    for (const l of this.labels) l.destroy();
    this.labels = [];
    const all = ctx.proj.scale >= 58;
    const size = labelSize(ctx) - 2;
    const r = this.radius(ctx);
    for (const p of this.placed) {
      const strong = show.has(p.id);
      if (!strong && !all) continue;
      const t = this.scene.add
        .text(p.x + r + 4, p.y, this.shortName(ctx, p.id), {
          fontFamily: FONT,
          fontSize: `${size}px`,
          color: strong ? '#ffffff' : '#dfe6ea',
          stroke: '#0b141b',
          strokeThickness: 3,
          resolution: TEXT_RESOLUTION,
        })
        .setDepth(strong ? 31 : 30);
      // Places abroad (the Pacific ports) are named out to sea, to the left; the
      // others to the right. Then the first spot that stays on the canvas and
      // clear of the department names and other site names.
      const gap = r + 4;
      const right: [number, number, number, number] = [p.x + gap, p.y, 0, 0.5];
      const left: [number, number, number, number] = [p.x - gap, p.y, 1, 0.5];
      const spots = [...(p.department ? [right, left] : [left, right]), [p.x, p.y - gap, 0.5, 1], [p.x, p.y + gap, 0.5, 0]] as [
        number,
        number,
        number,
        number,
      ][];
      let placed = false;
      for (const [x, y, ox, oy] of spots) {
        t.setPosition(x, y).setOrigin(ox, oy);
        const b = boxOf(t);
        if (b.x0 < 2 || b.x1 > ctx.width - 2 || b.y0 < 2 || b.y1 > ctx.height - 2) continue;
        if (avoid.some((a) => overlaps(a, b))) continue;
        placed = true;
        break;
      }
      if (!placed && !strong) {
        t.destroy();
        continue;
      }
      if (!placed)
        t.setPosition(...(right.slice(0, 2) as [number, number]))
          .setOrigin(0, 0.5)
          .setBackgroundColor('#0b141bcc');
      avoid = [...avoid, boxOf(t)];
      this.labels.push(t);
    }
  }

  /** The site under a screen point, if any (a generous radius for fingers). */
  siteAt(x: number, y: number, ctx: MapContext): Placed | null {
    const reach = this.radius(ctx) + 5;
    let best: Placed | null = null;
    let bestD = reach * reach;
    for (const p of this.placed) {
      const d = (p.x - x) ** 2 + (p.y - y) ** 2;
      if (d > bestD) continue;
      best = p;
      bestD = d;
    }
    return best;
  }
}
