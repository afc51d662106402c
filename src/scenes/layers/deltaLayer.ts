import type Phaser from 'phaser';
import { powersOf } from '../../present/overlayStyle';
import { mix } from '../../present/palette';
import { type GameEvent, influencePower } from '../../sim';
import { deltasOf } from '../deltas';
import { FONT, labelSize, type MapContext, placePoint, TEXT_RESOLUTION, wordsAt } from '../mapContext';

/**
 * Meter changes float up from where they happened and fade: a department's
 * under its name, national ones in the map's top-right corner beside the HUD.
 */
export class DeltaLayer {
  private live: Phaser.GameObjects.Text[] = [];

  constructor(private readonly scene: Phaser.Scene) {}

  /** How many numbers are still on screen (tests wait for zero). */
  busy(): number {
    return this.live.length;
  }

  clear(): void {
    for (const l of this.live) l.destroy();
    this.live = [];
  }

  show(ctx: MapContext, events: GameEvent[]): void {
    const entry = ctx.store.getState().entry;
    if (!entry) return;
    const powers = powersOf(entry.scenario.actors);
    const w = wordsAt(ctx);
    const host = entry.scenario.actors.find((a) => a.kind === 'host');
    const size = labelSize(ctx);
    const rows = new Map<string, number>();
    for (const d of deltasOf(events)) {
      // Whole numbers read faster; keep a decimal only where it says something.
      const a = Math.abs(d.delta);
      const value = w.signed(d.delta, a < 10 && Math.abs(a - Math.round(a)) >= 0.05 ? 1 : 0);
      let text: string;
      let colour = 0xf2efe6;
      const power = influencePower(d.meter);
      if (d.meter === 'stability') text = w.t('map.delta.stability', { delta: value });
      else if (power === null) text = w.t('map.delta.meter', { meter: w.meter(d.meter), delta: value });
      else {
        const id = power;
        text = w.t('map.delta.influence', { actor: w.actor(id), delta: value });
        colour = mix(powers.find((p) => p.id === id)?.colour ?? colour, 0xffffff, 0.45);
      }
      const key = d.place ?? '';
      const row = rows.get(key) ?? 0;
      rows.set(key, row + 1);
      let x: number;
      let y: number;
      let originX = 0.5;
      if (d.place) {
        const at = placePoint(ctx, d.place);
        if (!at) continue;
        [x, y] = [at[0], at[1] + size * (1.3 + row * 1.25)];
      } else {
        if (row === 0) this.spawn(ctx, host ? w.actor(host.id) : w.t('map.delta.national'), ctx.width - 12, 12, 0xa9b8c2, size - 1, 1);
        [x, y] = [ctx.width - 12, 12 + size * (1.35 + row * 1.3)];
        originX = 1;
      }
      this.spawn(ctx, text, x, y, colour, size, originX);
    }
  }

  private spawn(ctx: MapContext, text: string, x: number, y: number, colour: number, size: number, originX: number): void {
    const label = this.scene.add
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
    this.live.push(label);
    const done = (): void => {
      this.live = this.live.filter((l) => l !== label);
      label.destroy();
    };
    this.scene.tweens.add({
      targets: label,
      ...(ctx.motion ? { y: y - size * 1.6 } : {}),
      alpha: 0,
      delay: 1400,
      duration: ctx.motion ? 1600 : 600,
      ease: 'Sine.easeIn',
      onComplete: done,
    });
  }
}
