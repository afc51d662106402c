import { html, svg } from 'lit-html';
import type { MeterPath } from '../../state/compare';

/**
 * A team's line is told apart four ways, so colour is never the only signal: its colour
 * (Okabe–Ito, safe for colour-blind readers), its dash pattern, its marker at every turn and its
 * number at the end of the line. Past six teams the patterns repeat with another colour.
 */
const COLOURS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#000000'] as const;
const DASHES = ['', '7 4', '2 3', '10 3 2 3', '4 2', '1 5'] as const;
const MARKERS = ['circle', 'square', 'triangle', 'diamond', 'cross', 'plus'] as const;

export type TeamStyle = { colour: string; dash: string; marker: (typeof MARKERS)[number] };

export function teamStyle(i: number): TeamStyle {
  return {
    colour: COLOURS[i % COLOURS.length] ?? '#000',
    dash: DASHES[i % DASHES.length] ?? '',
    marker: MARKERS[i % MARKERS.length] ?? 'circle',
  };
}

/** A marker as an SVG path centred on (x, y); outlined shapes stay readable where lines cross. */
function markerPath(kind: TeamStyle['marker'], x: number, y: number, r = 3.5): string {
  const f = (n: number): string => n.toFixed(1);
  switch (kind) {
    case 'circle':
      return `M${f(x - r)},${f(y)}a${r},${r} 0 1,0 ${f(2 * r)},0a${r},${r} 0 1,0 ${f(-2 * r)},0Z`;
    case 'square':
      return `M${f(x - r)},${f(y - r)}h${f(2 * r)}v${f(2 * r)}h${f(-2 * r)}Z`;
    case 'triangle':
      return `M${f(x)},${f(y - r * 1.2)}L${f(x + r * 1.1)},${f(y + r)}L${f(x - r * 1.1)},${f(y + r)}Z`;
    case 'diamond':
      return `M${f(x)},${f(y - r * 1.3)}L${f(x + r * 1.3)},${f(y)}L${f(x)},${f(y + r * 1.3)}L${f(x - r * 1.3)},${f(y)}Z`;
    case 'cross':
      return `M${f(x - r)},${f(y - r)}L${f(x + r)},${f(y + r)}M${f(x + r)},${f(y - r)}L${f(x - r)},${f(y + r)}`;
    case 'plus':
      return `M${f(x - r)},${f(y)}H${f(x + r)}M${f(x)},${f(y - r)}V${f(y + r)}`;
  }
}

/** A small sample of a team's line and marker, for the key and the tables. */
export function teamSwatch(i: number) {
  const s = teamStyle(i);
  return html`<svg class="team-swatch" viewBox="0 0 30 12" width="30" height="12" aria-hidden="true" focusable="false">
    ${svg`<line x1="1" x2="29" y1="6" y2="6" stroke=${s.colour} stroke-width="2" stroke-dasharray=${s.dash}></line>
    <path d=${markerPath(s.marker, 15, 6)} stroke=${s.colour} stroke-width="1.5" fill=${s.marker === 'cross' || s.marker === 'plus' ? 'none' : '#fff'}></path>`}
  </svg>`;
}

export type MultiChartText = {
  /** The chart's accessible name: every team's start and end, in words. */
  label: string;
  /** A value as the meter reads it. */
  format: (v: number) => string;
  /** A scenario turn as a date. */
  turn: (t: number) => string;
};

/**
 * One meter over several games on shared axes: a line per team, lined up by scenario turn, with
 * the range on the right, the first and last turns below and each team's number at its line's end.
 */
export function multiLineChart(paths: readonly MeterPath[], text: MultiChartText) {
  const w = 560;
  const hgt = 200;
  const padL = 12;
  const padR = 28;
  // Room above the top line and below the bottom one for the range's labels.
  const padY = 20;
  const all = paths.flat();
  const turns = all.map((p) => p.turn);
  const t0 = Math.min(...turns);
  const t1 = Math.max(...turns);
  let lo = Math.min(...all.map((p) => p.value));
  let hi = Math.max(...all.map((p) => p.value));
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) [lo, hi] = [0, 1];
  if (hi - lo < 1e-9) [lo, hi] = [lo - 1, hi + 1];
  const x = (t: number): number => padL + ((w - padL - padR) * (t - t0)) / Math.max(1, t1 - t0);
  const y = (v: number): number => padY + (hgt - 2 * padY) * (1 - (v - lo) / (hi - lo));
  // Coordinates, not words: a fixed format whatever the language.
  const c = (n: number): string => n.toFixed(1);
  // End labels that would overlap are nudged apart, so every team's number stays readable.
  const ends = paths
    .map((p, i) => ({ i, at: p[p.length - 1] }))
    .filter((e): e is { i: number; at: { turn: number; value: number } } => e.at !== undefined)
    .map((e) => ({ ...e, ly: y(e.at.value) }))
    .sort((a, b) => a.ly - b.ly);
  for (let k = 1; k < ends.length; k++) {
    const prev = ends[k - 1];
    const cur = ends[k];
    if (prev && cur && cur.ly - prev.ly < 11) cur.ly = prev.ly + 11;
  }
  return html`<svg class="compare-chart" viewBox="0 0 ${w} ${hgt + 20}" role="img" aria-label=${text.label}>
    ${svg`<line x1=${padL} x2=${w - padR} y1=${c(y(hi))} y2=${c(y(hi))} class="grid"></line>
    <line x1=${padL} x2=${w - padR} y1=${c(y(lo))} y2=${c(y(lo))} class="grid"></line>
    <text x=${padL} y=${c(y(hi) - 5)} class="axis">${text.format(hi)}</text>
    <text x=${padL} y=${c(y(lo) + 14)} class="axis">${text.format(lo)}</text>
    <text x=${padL} y=${hgt + 16} class="axis">${text.turn(t0)}</text>
    <text x=${w - padR} y=${hgt + 16} text-anchor="end" class="axis">${text.turn(t1)}</text>
    ${paths.map((p, i) => {
      const s = teamStyle(i);
      const pts = p.map((q) => `${c(x(q.turn))},${c(y(q.value))}`).join(' ');
      const filled = s.marker === 'cross' || s.marker === 'plus' ? 'none' : '#fff';
      return svg`<g class="team-line" data-team=${i + 1}>
        <polyline points=${pts} fill="none" stroke=${s.colour} stroke-width="2" stroke-dasharray=${s.dash} stroke-linejoin="round"></polyline>
        ${p.map((q) => svg`<path d=${markerPath(s.marker, x(q.turn), y(q.value))} stroke=${s.colour} stroke-width="1.5" fill=${filled}></path>`)}
      </g>`;
    })}
    ${ends.map((e) => svg`<text x=${c(x(e.at.turn) + 8)} y=${c(e.ly + 4)} class="end-label" fill=${teamStyle(e.i).colour}>${e.i + 1}</text>`)}`}
  </svg>`;
}
