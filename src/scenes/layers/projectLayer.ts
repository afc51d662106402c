import type Phaser from 'phaser';
import { powersOf } from '../../present/overlayStyle';
import { ACTOR_FALLBACK, hexToInt, SITE_EDGE } from '../../present/palette';
import type { ProjectState } from '../../sim';
import { type MapContext, placePoint } from '../mapContext';
import { contains } from '../mapGeometry';
import type { Pt } from '../patterns';

export type Marker = { project: ProjectState; x: number; y: number; progress: number };

/**
 * Spots for the n-th project placed on a department: below its label first, then outward on a
 * ring of spots a marker apart, keeping those inside the department and clear of its label and
 * of the sites' icons, so several projects spread over the region instead of stacking at one point.
 */
function departmentSpots(ctx: MapContext, id: string, r: number, count: number): Pt[] {
  const f = ctx.features.find((x) => x.id === id);
  const at = placePoint(ctx, id);
  if (!f || !at || count === 0) return [];
  const sites = ctx.features.filter((x) => x.kind === 'site' && x.point).map((x) => ctx.proj.toScreen(x.point![0], x.point![1]));
  const step = r * 2.6;
  const out: Pt[] = [];
  const fits = (p: Pt): boolean => {
    const [lon, lat] = ctx.proj.toLonLat(p[0], p[1]);
    if (!contains(f.polygons, lon, lat)) return false;
    if (Math.abs(p[1] - at[1]) < r * 1.4 && Math.abs(p[0] - at[0]) < r * 5) return false; // the department's name
    return (
      !sites.some(([x, y]) => (x - p[0]) ** 2 + (y - p[1]) ** 2 < (r * 2.2) ** 2) &&
      !out.some(([x, y]) => (x - p[0]) ** 2 + (y - p[1]) ** 2 < (r * 2.3) ** 2)
    );
  };
  const first: Pt = [at[0], at[1] + r * 2.6];
  if (fits(first)) out.push(first);
  for (let ring = 1; out.length < count && ring < 12; ring++) {
    const n = ring * 6;
    for (let k = 0; k < n && out.length < count; k++) {
      const a = Math.PI / 2 + (k / n) * Math.PI * 2;
      const p: Pt = [first[0] + Math.cos(a) * step * ring, first[1] + Math.sin(a) * step * ring];
      if (fits(p)) out.push(p);
    }
  }
  // A region too small for them all: the rest in a row under the label, as before.
  for (let n = out.length; n < count; n++) out.push([first[0] + n * (r * 2.4), first[1]]);
  return out;
}

/**
 * Project markers at their site, or spread over their department: a dashed
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
    const standing = game.projects.filter((p) => p.status !== 'retired');
    const onDepartment = new Map<string, number>();
    for (const p of standing) {
      const place = p.target ?? p.department;
      if (place && !ctx.features.some((f) => f.id === place && f.kind === 'site'))
        onDepartment.set(place, (onDepartment.get(place) ?? 0) + 1);
    }
    const spots = new Map([...onDepartment].map(([id, n]) => [id, departmentSpots(ctx, id, r, n)]));
    for (const p of standing) {
      const place = p.target ?? p.department;
      if (!place) continue;
      const at = placePoint(ctx, place);
      if (!at) continue;
      const n = perPlace.get(place) ?? 0;
      perPlace.set(place, n + 1);
      // Above and to the right of a site's icon (in a row); spread over a department.
      const spot = spots.get(place)?.[n];
      const x = spot ? spot[0] : at[0] + r * 1.9 + n * (r * 2.4);
      const y = spot ? spot[1] : at[1] - r * 1.9;
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
