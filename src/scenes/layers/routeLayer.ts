import Phaser from 'phaser';
import { powersOf } from '../../present/overlayStyle';
import { ACTOR_FALLBACK, hexToInt, mix } from '../../present/palette';
import type { Baked } from '../baked';
import { FONT, labelSize, type MapContext, placePoint, TEXT_RESOLUTION, wordsAt } from '../mapContext';
import type { Pt } from '../patterns';
import { type Edge, edgeOf, routesOf } from '../routes';

type Drawn = { key: string; colour: number; curve: Phaser.Curves.Path; length: number };

/** Pulses travel this many times along their route after the routes change (at most PULSE_MS), then rest where they are. */
export const PULSE_TRIPS = 2;
export const PULSE_MS = 6000;
const periodOf = (d: Drawn): number => Math.max(1800, d.length * 9);

/** Where a route leaves the map: off the edge on the partner's side, near its start so it arcs rather than crossing the country. */
function edgePoint(edge: Edge, start: Pt, w: number, h: number, inset: number): Pt {
  const cx = (x: number): number => Math.min(w - inset, Math.max(inset, x));
  const cy = (y: number): number => Math.min(h - inset, Math.max(inset, y));
  switch (edge) {
    case 'north':
      return [cx(start[0] - w * 0.12), inset];
    case 'west':
      return [inset, cy(start[1] + h * 0.04)];
    case 'south':
      return [cx(start[0] + w * 0.05), h - inset];
    case 'east':
      return [w - inset, cy(start[1])];
    case 'northeast':
      return [w - inset, inset];
    case 'northwest':
      return [inset, inset];
    case 'southeast':
      return [w - inset, h - inset];
    case 'southwest':
      return [inset, h - inset];
  }
}

/**
 * Signed deals and trade measures as arcs from the host's seat towards the side of the
 * map each partner comes in from (the scenario's `routeFrom`: in Bolivia's scenarios the US
 * off the map to the north, China west across the Pacific), trade through its `routeVia` port; pulses travel along them to show
 * the direction of the flow (a still dashed arc under reduced motion). The pulses
 * travel for a few trips after the routes change and then stand still: a map that
 * moved for ever would keep the page drawing for ever.
 */
export class RouteLayer {
  private readonly lines: Phaser.GameObjects.Graphics;
  private readonly pulses: Phaser.GameObjects.Graphics;
  private labels: Phaser.GameObjects.Text[] = [];
  private drawn: Drawn[] = [];
  private motion = true;
  /** When the pulses stop (performance.now() time). */
  private until = 0;

  /** The arcs change only with the game (baked into `lines`); the pulses move over them. */
  constructor(
    private readonly scene: Phaser.Scene,
    lines: Baked,
  ) {
    this.lines = lines.add();
    this.pulses = scene.add.graphics().setDepth(11);
  }

  /** The keys of the routes on the map (tests). */
  keys(): string[] {
    return this.drawn.map((d) => d.key);
  }

  draw(ctx: MapContext): void {
    this.lines.clear();
    this.pulses.clear();
    for (const l of this.labels) l.destroy();
    this.labels = [];
    this.drawn = [];
    this.motion = ctx.motion;
    this.until = 0;
    const { game, entry } = ctx.store.getState();
    if (!game || !entry) return;
    const powers = powersOf(entry.scenario.actors);
    const specs = routesOf(game, entry.scenario, ctx.seat);
    const perEdge = new Map<string, number>();
    const inset = 14;
    for (const r of specs) {
      const from = placePoint(ctx, r.from);
      if (!from) continue;
      const edge = edgeOf(entry.scenario, r.partner);
      const n = perEdge.get(edge) ?? 0;
      perEdge.set(edge, n + 1);
      const via = r.via ? placePoint(ctx, r.via) : null;
      const end = edgePoint(edge, via ?? from, ctx.width, ctx.height, inset);
      const spread = n * 22;
      const to: Pt = edge === 'north' || edge === 'south' ? [end[0] + spread, end[1]] : [end[0], end[1] + spread];
      const path = new Phaser.Curves.Path(from[0], from[1]);
      let start = from;
      if (via) {
        path.quadraticBezierTo(via[0], via[1], ...this.bend(start, via, 0.12));
        start = via;
      }
      path.quadraticBezierTo(to[0], to[1], ...this.bend(start, to, 0.2 + n * 0.06));
      const actor = entry.scenario.actors.find((a) => a.id === r.partner);
      const colour = powers.find((p) => p.id === r.partner)?.colour ?? hexToInt(actor?.color ?? ACTOR_FALLBACK[4] ?? '#E69F00');
      const light = mix(colour, 0xffffff, 0.35);
      const length = path.getLength();
      const drawn: Drawn = { key: r.key, colour: light, curve: path, length };
      this.drawn.push(drawn);
      this.until = Math.max(this.until, performance.now() + Math.min(PULSE_MS, PULSE_TRIPS * periodOf(drawn)));
      const pts = path.getSpacedPoints(Math.max(8, Math.round(length / 6)));
      // A dark casing under the line keeps it legible over any fill.
      this.lines.lineStyle(5, 0x0b141b, 0.55);
      this.lines.strokePoints(pts, false);
      this.lines.lineStyle(r.kind === 'deal' ? 2.5 : 2, light, 0.95);
      if (r.kind === 'deal') this.lines.strokePoints(pts, false);
      else for (let i = 0; i + 1 < pts.length; i += 2) this.lines.lineBetween(pts[i]!.x, pts[i]!.y, pts[i + 1]!.x, pts[i + 1]!.y);
      this.arrowHead(pts[pts.length - 2], pts[pts.length - 1], light);
      if (actor) this.label(ctx, edge, to, wordsAt(ctx).actor(actor.id), light);
    }
  }

  /** Control point that bends a segment sideways by a fraction of its length. */
  private bend(a: Pt, b: Pt, k: number): [number, number] {
    const mx = (a[0] + b[0]) / 2;
    const my = (a[1] + b[1]) / 2;
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    return [mx - dy * k, my + dx * k];
  }

  private arrowHead(a: Phaser.Math.Vector2 | undefined, b: Phaser.Math.Vector2 | undefined, colour: number): void {
    if (!a || !b) return;
    const ang = Math.atan2(b.y - a.y, b.x - a.x);
    const s = 9;
    const p = (da: number): [number, number] => [b.x - Math.cos(ang + da) * s, b.y - Math.sin(ang + da) * s];
    this.lines.fillStyle(colour, 1);
    this.lines.fillTriangle(b.x, b.y, ...p(0.45), ...p(-0.45));
  }

  private label(ctx: MapContext, edge: Edge, at: Pt, name: string, colour: number): void {
    if (this.labels.some((l) => l.getData('edge') === edge)) return;
    const t = this.scene.add
      .text(at[0], at[1], name, {
        fontFamily: FONT,
        fontSize: `${labelSize(ctx) - 2}px`,
        color: `#${colour.toString(16).padStart(6, '0')}`,
        stroke: '#0b141b',
        strokeThickness: 3,
        resolution: TEXT_RESOLUTION,
      })
      .setDepth(12)
      .setData('edge', edge);
    if (edge === 'north') t.setOrigin(-0.15, 0);
    else if (edge === 'west') t.setOrigin(0, 1.4);
    else if (edge === 'south') t.setOrigin(-0.15, 1);
    else if (edge === 'northwest') t.setOrigin(-0.2, -0.4);
    else if (edge === 'southwest') t.setOrigin(-0.2, 1.4);
    else if (edge === 'southeast') t.setOrigin(1, 1.4);
    else t.setOrigin(1, -0.4);
    this.labels.push(t);
  }

  /** Are the pulses still travelling? */
  moving(now = performance.now()): boolean {
    return this.motion && this.drawn.length > 0 && now < this.until;
  }

  /** Moves the pulses along the routes (called every frame the map draws); after their trips, draws them where they stopped. */
  animate(now: number): void {
    const g = this.pulses;
    g.clear();
    if (!this.motion) return;
    const time = Math.min(now, this.until);
    for (const d of this.drawn) {
      const period = periodOf(d);
      for (let k = 0; k < 3; k++) {
        const u = (((time / period + k / 3) % 1) + 1) % 1;
        const p = d.curve.getPoint(u);
        if (!p) continue;
        g.fillStyle(0x0b141b, 0.6);
        g.fillCircle(p.x, p.y, 4.5);
        g.fillStyle(d.colour, 1);
        g.fillCircle(p.x, p.y, 3);
      }
    }
  }
}
