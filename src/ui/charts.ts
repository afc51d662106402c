import { html, svg } from 'lit-html';

type Scale = { pts: string; y: (v: number) => number; lo: number; hi: number };

function scale(values: readonly number[], w: number, hgt: number, pad: number): Scale {
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) [lo, hi] = [0, 1];
  if (hi - lo < 1e-9) [lo, hi] = [lo - 1, hi + 1];
  const n = Math.max(1, values.length - 1);
  const y = (v: number): number => pad + (hgt - 2 * pad) * (1 - (v - lo) / (hi - lo));
  // Coordinates, not words: a fixed format whatever the language.
  const pts = values.map((v, i) => `${(pad + ((w - 2 * pad) * i) / n).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  return { pts, y, lo, hi };
}

/** A small trend line, decorative (the meter it sits in carries the numbers). */
export function sparkline(values: readonly number[], colour: string) {
  const w = 64;
  const hgt = 20;
  const { pts } = scale(values.length === 1 ? [values[0] ?? 0, values[0] ?? 0] : values, w, hgt, 2);
  const [x, y] = pts.split(' ').pop()?.split(',') ?? ['0', '0'];
  return html`<svg class="spark" viewBox="0 0 ${w} ${hgt}" width=${w} height=${hgt} aria-hidden="true" focusable="false">
    ${svg`<polyline points=${pts} fill="none" stroke=${colour} stroke-width="1.5" stroke-linejoin="round"></polyline>
    <circle cx=${x ?? 0} cy=${y ?? 0} r="2" fill=${colour}></circle>`}
  </svg>`;
}

/**
 * A chart's words: its title, the labels at its two ends, how a value reads, and its accessible name;
 * optionally the change over the chart (shown in its caption) and whether that was good or bad for
 * the side looking (the line takes the tone's colour; the caption carries the mark and the words).
 */
export type ChartText = {
  title: string;
  ends: readonly [string, string];
  format: (v: number) => string;
  label: string;
  change?: unknown;
  tone?: 'good' | 'bad' | 'neutral';
};

/**
 * A labelled chart of one meter over the game, for the debrief: the line, its first
 * and last values, the range, and turn labels at the ends.
 */
export function lineChart(values: readonly number[], text: ChartText) {
  const w = 320;
  const hgt = 120;
  const padL = 8;
  const { pts, y, lo, hi } = scale(values.length === 1 ? [values[0] ?? 0, values[0] ?? 0] : values, w, hgt, 10);
  const { format } = text;
  return html`<figure class="chart-card">
    <figcaption><strong>${text.title}</strong> ${format(values[0] ?? 0)} → ${format(values[values.length - 1] ?? 0)} ${text.change ?? ''}</figcaption>
    <svg class="chart" viewBox="0 0 ${w} ${hgt + 18}" role="img" aria-label=${text.label}>
      ${svg`<line x1=${padL} x2=${w - padL} y1=${y(hi)} y2=${y(hi)} class="grid"></line>
      <line x1=${padL} x2=${w - padL} y1=${y(lo)} y2=${y(lo)} class="grid"></line>
      <text x=${w - padL} y=${y(hi) - 2} text-anchor="end" class="axis">${format(hi)}</text>
      <text x=${w - padL} y=${y(lo) + 11} text-anchor="end" class="axis">${format(lo)}</text>
      <polyline points=${pts} class="line tone-${text.tone ?? 'neutral'}" fill="none"></polyline>
      <text x="10" y=${hgt + 14} class="axis">${text.ends[0]}</text>
      <text x=${w - 10} y=${hgt + 14} text-anchor="end" class="axis">${text.ends[1]}</text>`}
    </svg>
  </figure>`;
}
