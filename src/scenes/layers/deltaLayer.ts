import type Phaser from 'phaser';
import { powersOf } from '../../present/overlayStyle';
import { mix } from '../../present/palette';
import { type GameEvent, influencePower } from '../../sim';
import { type Delta, deltasOf, MAX_VISIBLE, MERGE_MS, NATIONAL_MAX, PER_PLACE } from '../deltas';
import { FONT, labelSize, type MapContext, placePoint, TEXT_RESOLUTION, wordsAt } from '../mapContext';

/** A number on screen: what it sums, where it sits, and when it appeared. */
type Floating = { key: string; delta: Delta; row: number; label: Phaser.GameObjects.Text; born: number; x: number; y: number };

const keyOf = (d: Delta): string => `${d.place ?? ''}|${d.meter}`;

/**
 * Meter changes float up from where they happened and fade: a department's under its name,
 * national ones in the map's top-right corner beside the HUD. So that the map stays readable
 * however fast the game runs (watch mode at its fastest makes many moves a second):
 * - a change to a place and meter already floating is added to that number (for a moment
 *   after it appears), which shows the sum and stays a little longer, rather than a second number;
 * - at most `MAX_VISIBLE` texts show at once, and a few per place; the others wait in a queue
 *   (merged by place and meter too) and show as room frees up.
 */
export class DeltaLayer {
  private live: Floating[] = [];
  private queue = new Map<string, Delta>();
  private heading: Phaser.GameObjects.Text | null = null;
  private ctx: MapContext | null = null;

  constructor(private readonly scene: Phaser.Scene) {}

  /** How many numbers are on screen or waiting (tests wait for zero). */
  busy(): number {
    return this.visible() + this.queue.size;
  }

  /** How many texts float over the map now (the national heading included). */
  visible(): number {
    return this.live.length + (this.heading ? 1 : 0);
  }

  clear(): void {
    for (const f of this.live) f.label.destroy();
    this.live = [];
    this.queue.clear();
    this.heading?.destroy();
    this.heading = null;
  }

  /** Times are read from the page's clock: the scene's stands still while the map rests. */
  show(ctx: MapContext, events: GameEvent[]): void {
    this.ctx = ctx;
    const now = performance.now();
    for (const d of deltasOf(events)) {
      const key = keyOf(d);
      const floating = this.live.find((f) => f.key === key);
      if (floating && now - floating.born < MERGE_MS && !this.queue.has(key)) {
        floating.delta = { ...floating.delta, delta: floating.delta.delta + d.delta };
        floating.label.setText(this.wording(ctx, floating.delta));
        this.fade(ctx, floating);
        continue;
      }
      const waiting = this.queue.get(key);
      this.queue.set(key, waiting ? { ...waiting, delta: waiting.delta + d.delta } : { ...d });
    }
    this.drain();
  }

  /** Shows what waits, oldest first, while there is room on the map and at its place. */
  private drain(): void {
    const ctx = this.ctx;
    if (!ctx) return;
    for (const [key, d] of this.queue) {
      const room = MAX_VISIBLE - this.visible() - (d.place === null && !this.heading ? 1 : 0);
      if (room <= 0) break;
      if (this.live.some((f) => f.key === key)) continue;
      const row = this.freeRow(d.place);
      if (row === null) continue;
      this.queue.delete(key);
      if (Math.abs(d.delta) < 0.05) continue;
      this.spawn(ctx, key, d, row);
    }
  }

  private freeRow(place: string | null): number | null {
    const taken = new Set(this.live.filter((f) => f.delta.place === place).map((f) => f.row));
    const max = place === null ? NATIONAL_MAX : PER_PLACE;
    for (let r = 0; r < max; r++) if (!taken.has(r)) return r;
    return null;
  }

  private wording(ctx: MapContext, d: Delta): string {
    const w = wordsAt(ctx);
    // Whole numbers read faster; keep a decimal only where it says something.
    const a = Math.abs(d.delta);
    const value = w.signed(d.delta, a < 10 && Math.abs(a - Math.round(a)) >= 0.05 ? 1 : 0);
    const power = influencePower(d.meter);
    if (d.meter === 'stability') return w.t('map.delta.stability', { delta: value });
    if (power === null) return w.t('map.delta.meter', { meter: w.meter(d.meter), delta: value });
    return w.t('map.delta.influence', { actor: w.actor(power), delta: value });
  }

  private colourOf(ctx: MapContext, d: Delta): number {
    const power = influencePower(d.meter);
    const entry = ctx.store.getState().entry;
    if (power === null || !entry) return 0xf2efe6;
    return mix(powersOf(entry.scenario.actors).find((p) => p.id === power)?.colour ?? 0xf2efe6, 0xffffff, 0.45);
  }

  private spawn(ctx: MapContext, key: string, d: Delta, row: number): void {
    const size = labelSize(ctx);
    let x = ctx.width - 12;
    let y = 12 + size * (1.35 + row * 1.3);
    let originX = 1;
    if (d.place) {
      const at = placePoint(ctx, d.place);
      if (!at) return;
      [x, y] = [at[0], at[1] + size * (1.3 + row * 1.25)];
      originX = 0.5;
    } else if (!this.heading) {
      const w = wordsAt(ctx);
      const host = ctx.store.getState().entry?.scenario.actors.find((a) => a.kind === 'host');
      this.heading = this.text(host ? w.actor(host.id) : w.t('map.delta.national'), ctx.width - 12, 12, 0xa9b8c2, size - 1, 1);
    }
    const label = this.text(this.wording(ctx, d), x, y, this.colourOf(ctx, d), size, originX);
    const f: Floating = { key, delta: d, row, label, born: performance.now(), x, y };
    this.live.push(f);
    this.fade(ctx, f, true);
  }

  private text(text: string, x: number, y: number, colour: number, size: number, originX: number): Phaser.GameObjects.Text {
    return this.scene.add
      .text(x, y, text, {
        fontFamily: FONT,
        fontSize: `${size}px`,
        fontStyle: 'bold',
        color: `#${colour.toString(16).padStart(6, '0')}`,
        stroke: '#0b141b',
        strokeThickness: 4,
        resolution: TEXT_RESOLUTION,
      })
      .setOrigin(originX, 0)
      .setDepth(40);
  }

  /**
   * A new number rises into its place (a short float up from where it changed), holds, then fades
   * where it is; a number that takes in another change comes back to full strength, with a pulse,
   * and holds again. Numbers rest on their own rows, so two never overlap however their ages differ.
   */
  private fade(ctx: MapContext, f: Floating, fresh = false): void {
    const size = labelSize(ctx);
    const tweens = this.scene.tweens;
    tweens.killTweensOf(f.label);
    const hold = (): void => {
      tweens.add({ targets: f.label, alpha: 0, delay: 1500, duration: 700, ease: 'Sine.easeIn', onComplete: () => this.done(f) });
    };
    if (fresh) {
      f.label.setPosition(f.x, ctx.motion ? f.y + size * 0.6 : f.y).setAlpha(0);
      tweens.add({ targets: f.label, y: f.y, alpha: 1, duration: ctx.motion ? 280 : 120, ease: 'Sine.easeOut', onComplete: hold });
      return;
    }
    f.label.setPosition(f.x, f.y).setAlpha(1).setScale(1);
    if (!ctx.motion) {
      hold();
      return;
    }
    tweens.add({ targets: f.label, scale: 1.12, duration: 110, yoyo: true, ease: 'Sine.easeOut', onComplete: hold });
  }

  private done(f: Floating): void {
    if (!this.live.includes(f)) return;
    this.live = this.live.filter((x) => x !== f);
    f.label.destroy();
    if (this.heading && !this.live.some((x) => x.delta.place === null) && ![...this.queue.values()].some((d) => d.place === null)) {
      this.heading.destroy();
      this.heading = null;
    }
    this.drain();
  }
}
