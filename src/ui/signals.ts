import { html, nothing } from 'lit-html';
import { arrow, formatDelta, type MeterInfo } from '../present/meterInfo';
import type { Words } from '../present/words';
import { changeTone, type Scenario, type Tone } from '../sim';
import type { GameStore } from '../state/createGameStore';
import type { EffectItem } from './effectText';
import { modeOf, viewerOf } from './viewer';
import './signals.css';

/**
 * Whose good and bad the colours show: the person's side in a solo game, the side holding the
 * device in hot-seat, and when watching the side chosen on the start screen (the HUD says so).
 */
export function lookingSide(s: Pick<GameStore, 'choice'>): string | null {
  return viewerOf(s) ?? s.choice?.side ?? null;
}

/** Is the side looking someone the reader plays ("good for you"), or one they watch ("good for the United States")? */
export function lookingIsYou(s: Pick<GameStore, 'choice'>): boolean {
  return modeOf(s) !== 'watch';
}

/** How a change reads for the side looking; neutral when nobody looks. */
export function toneFor(sc: Scenario, side: string | null, meter: string, delta: number): Tone {
  return side === null ? 'neutral' : changeTone(sc, side, meter, delta);
}

/** The words a screen reader hears for a tone ("good for you"); empty for neutral. */
export function toneWords(w: Words, tone: Tone, side: string | null, you: boolean): string {
  if (tone === 'neutral' || side === null) return '';
  if (you) return w.t(tone === 'good' ? 'signals.good' : 'signals.bad');
  return w.t(tone === 'good' ? 'signals.goodFor' : 'signals.badFor', { actor: w.actor(side) });
}

/** Who looks, and how they are named: what every signal needs beside the scenario. */
export type Looking = { sc: Scenario; side: string | null; you: boolean };

export function looking(s: Pick<GameStore, 'choice'>, sc: Scenario): Looking {
  return { sc, side: lookingSide(s), you: lookingIsYou(s) };
}

/**
 * A change as shown everywhere: arrow and signed figure, coloured good or bad for the side
 * looking, with a visible mark (✓ good, ✗ bad) and the words for screen readers, so colour is
 * never the only signal. `digits` fixes the figure's digits (a change shown beside its values).
 */
export function deltaSignal(w: Words, at: Looking, m: MeterInfo, d: number, digits?: number, title?: string) {
  const dir = arrow(m, d, digits);
  const tone = dir === '▬' ? 'neutral' : toneFor(at.sc, at.side, m.id, d);
  const words = toneWords(w, tone, at.side, at.you);
  const mark = tone === 'good' ? w.t('signals.markGood') : tone === 'bad' ? w.t('signals.markBad') : '';
  const move = dir === '▲' ? 'up' : dir === '▼' ? 'down' : 'flat';
  return html`<span class="delta ${move} tone-${tone}" data-tone=${tone} title=${title ?? nothing}
    >${dir} ${formatDelta(w, m, d, digits)}${mark ? html`<span class="tone-mark" aria-hidden="true"> ${mark}</span>` : nothing}${
      words ? html`<span class="sr-only"> (${words})</span>` : nothing
    }</span
  >`;
}

/** The legend of the marks, for the HUD: whose good and bad they show. */
export function signalLegend(w: Words, at: Looking): string {
  if (at.side === null) return '';
  return at.you ? w.t('signals.legend') : w.t('signals.legendFor', { actor: w.actor(at.side) });
}

/** A declared effect's line with its mark (✓ good, ✗ bad for the side looking) and the words for screen readers. */
export function effectSignal(w: Words, at: Looking, item: EffectItem) {
  const tone = item.meter !== undefined && item.delta !== undefined ? toneFor(at.sc, at.side, item.meter, item.delta) : 'neutral';
  const words = toneWords(w, tone, at.side, at.you);
  const mark = tone === 'good' ? w.t('signals.markGood') : tone === 'bad' ? w.t('signals.markBad') : '';
  return html`<span class="effect tone-${tone}" data-tone=${tone}
    >${item.text}${mark ? html`<span class="tone-mark" aria-hidden="true"> ${mark}</span>` : nothing}${
      words ? html`<span class="sr-only"> (${words})</span>` : nothing
    }</span
  >`;
}
