import Phaser from 'phaser';
import { departmentStyle, powersOf } from '../../present/overlayStyle';
import { DEPARTMENT_EDGE, LAKE, SALT } from '../../present/palette';
import type { Baked } from '../baked';
import { type MapContext, screenRings } from '../mapContext';
import { dotPoints, hatchSegments } from '../patterns';

/**
 * Department fills under the chosen overlay, their patterns (hatching for a
 * contested lead, dots for low stability), borders, the lake and salt flat, and
 * the selection/hover outlines.
 */
export class OverlayLayer {
  private readonly fills: Phaser.GameObjects.Graphics;
  private readonly patterns: Phaser.GameObjects.Graphics;
  private readonly edges: Phaser.GameObjects.Graphics;
  private readonly highlight: Phaser.GameObjects.Graphics;

  /** Fills, patterns and borders change only with the game: they are baked into `ground`; the outlines follow the pointer. */
  constructor(scene: Phaser.Scene, ground: Baked) {
    this.fills = ground.add();
    this.patterns = ground.add();
    this.edges = ground.add();
    this.highlight = scene.add.graphics().setDepth(4);
  }

  /** Draws every department; returns the fill colour of each, by id. */
  draw(ctx: MapContext): Record<string, number> {
    const { game, entry, ui } = ctx.store.getState();
    const powers = entry ? powersOf(entry.scenario.actors) : [];
    const f = this.fills;
    const p = this.patterns;
    f.clear();
    p.clear();
    this.edges.clear();
    const drawn: Record<string, number> = {};
    const spacing = Math.max(7, Math.round(ctx.proj.scale * 0.2));
    for (const feat of ctx.features) {
      if (feat.kind !== 'department') continue;
      const style = departmentStyle(ui.overlay, game?.departments[feat.id], powers);
      drawn[feat.id] = style.fill;
      const rings = screenRings(ctx.proj, feat.polygons);
      f.fillStyle(style.fill, 1);
      for (const poly of feat.polygons) {
        const outer = poly[0];
        if (outer)
          f.fillPoints(
            outer.map(([lon, lat]) => new Phaser.Math.Vector2(...ctx.proj.toScreen(lon, lat))),
            true,
          );
      }
      if (style.pattern === 'hatch') {
        p.lineStyle(Math.max(2, spacing * 0.25), style.patternColour, 0.8);
        for (const [x1, y1, x2, y2] of hatchSegments(rings, spacing)) p.lineBetween(x1, y1, x2, y2);
      } else if (style.pattern !== 'none') {
        const dense = style.pattern === 'dotsDense';
        p.fillStyle(style.patternColour, dense ? 0.75 : 0.6);
        for (const [x, y] of dotPoints(rings, dense ? spacing * 0.8 : spacing * 1.3)) p.fillCircle(x, y, dense ? 1.8 : 1.5);
      }
    }
    for (const feat of ctx.features) {
      if (feat.kind === 'lake' || feat.kind === 'salt_flat') {
        f.fillStyle(feat.kind === 'lake' ? LAKE : SALT, feat.kind === 'lake' ? 1 : 0.85);
        for (const poly of feat.polygons) {
          const outer = poly[0];
          if (outer)
            f.fillPoints(
              outer.map(([lon, lat]) => new Phaser.Math.Vector2(...ctx.proj.toScreen(lon, lat))),
              true,
            );
        }
      }
    }
    this.edges.lineStyle(1.5, DEPARTMENT_EDGE, 0.75);
    for (const feat of ctx.features) if (feat.kind === 'department') this.stroke(this.edges, ctx, feat.id);
    return drawn;
  }

  /** Outlines the selected department strongly and the hovered one lightly. */
  drawHighlight(ctx: MapContext, selected: string | null, hovered: string | null): void {
    const g = this.highlight;
    g.clear();
    if (hovered && hovered !== selected) {
      g.lineStyle(3, DEPARTMENT_EDGE, 0.7);
      this.stroke(g, ctx, hovered);
    }
    if (selected) {
      g.lineStyle(6, 0x0f1b24, 0.9);
      this.stroke(g, ctx, selected);
      g.lineStyle(3.5, 0xffd24d, 1);
      this.stroke(g, ctx, selected);
    }
  }

  private stroke(g: Phaser.GameObjects.Graphics, ctx: MapContext, id: string): void {
    const feat = ctx.features.find((x) => x.id === id);
    if (!feat) return;
    for (const ring of screenRings(ctx.proj, feat.polygons))
      g.strokePoints(
        ring.map(([x, y]) => new Phaser.Math.Vector2(x, y)),
        true,
        true,
      );
  }
}
