import type Phaser from 'phaser';
import { powersOf } from '../../present/overlayStyle';
import { ACTOR_FALLBACK, hexToInt, SITE_EDGE } from '../../present/palette';
import type { ProjectState } from '../../sim';
import { type MapContext, placePoint } from '../mapContext';

export type Marker = { project: ProjectState; x: number; y: number; progress: number };

/**
 * Project markers at their site (or their department's label point): a dashed
 * ring with a progress arc while being built, a solid disc once built, in the
 * colour of the actor who built it.
 */
export class ProjectLayer {
  private readonly g: Phaser.GameObjects.Graphics;
  markers: Marker[] = [];

  /** Markers draw into `marks`, above the site icons and the selection outline. */
  constructor(marks: Phaser.GameObjects.Graphics) {
    this.g = marks;
  }

  radius(ctx: MapContext): number {
    return Math.max(6, Math.min(10, ctx.proj.scale * 0.16));
  }

  draw(ctx: MapContext): void {
    const { game, entry } = ctx.store.getState();
    const g = this.g;
    g.clear();
    this.markers = [];
    if (!game || !entry) return;
    const r = this.radius(ctx);
    const powers = powersOf(entry.scenario.actors);
    const perPlace = new Map<string, number>();
    for (const p of game.projects) {
      if (p.status === 'retired') continue;
      const place = p.target ?? p.department;
      if (!place) continue;
      const at = placePoint(ctx, place);
      if (!at) continue;
      const n = perPlace.get(place) ?? 0;
      perPlace.set(place, n + 1);
      // Above and to the right of a site's icon; below a department's label.
      const onSite = ctx.features.some((f) => f.id === place && f.kind === 'site');
      const x = at[0] + (onSite ? r * 1.9 : 0) + n * (r * 2.4);
      const y = at[1] + (onSite ? -r * 1.9 : r * 2.6);
      const turns = entry.scenario.actions.find((a) => a.id === p.action)?.project?.turns ?? 1;
      const progress = p.status === 'built' ? 1 : Math.min(1, Math.max(0, 1 - p.turnsLeft / Math.max(1, turns)));
      this.markers.push({ project: p, x, y, progress });
      const actor = entry.scenario.actors.find((a) => a.id === p.actor);
      const colour = powers.find((pw) => pw.id === p.actor)?.colour ?? hexToInt(actor?.color ?? ACTOR_FALLBACK[2] ?? '#009E73');
      if (p.status === 'built') {
        g.fillStyle(SITE_EDGE, 1);
        g.fillCircle(x, y, r + 2);
        g.fillStyle(colour, 1);
        g.fillCircle(x, y, r);
        g.lineStyle(2, 0xffffff, 1);
        g.strokeCircle(x, y, r);
        // A small "building" glyph: a square block on the disc.
        g.fillStyle(0xffffff, 1);
        g.fillRect(x - r * 0.35, y - r * 0.35, r * 0.7, r * 0.7);
      } else {
        g.fillStyle(SITE_EDGE, 0.85);
        g.fillCircle(x, y, r + 1.5);
        g.lineStyle(2, 0xffffff, 0.9);
        const dashes = 10;
        for (let i = 0; i < dashes; i++) {
          const a0 = (i / dashes) * Math.PI * 2;
          g.beginPath();
          g.arc(x, y, r, a0, a0 + (Math.PI * 2) / dashes / 1.9, false);
          g.strokePath();
        }
        if (progress > 0) {
          g.lineStyle(3.5, colour, 1);
          g.beginPath();
          g.arc(x, y, r, -Math.PI / 2, -Math.PI / 2 + progress * Math.PI * 2, false);
          g.strokePath();
        }
      }
    }
  }

  markerAt(x: number, y: number, ctx: MapContext): Marker | null {
    const reach = (this.radius(ctx) + 4) ** 2;
    return this.markers.find((m) => (m.x - x) ** 2 + (m.y - y) ** 2 <= reach) ?? null;
  }
}
