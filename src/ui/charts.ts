import { h } from './dom';

const NS = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  children: (Node | string)[] = [],
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return el;
}

function scale(values: number[], w: number, hgt: number, pad: number): { pts: string; y: (v: number) => number; lo: number; hi: number } {
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) [lo, hi] = [0, 1];
  if (hi - lo < 1e-9) [lo, hi] = [lo - 1, hi + 1];
  const n = Math.max(1, values.length - 1);
  const y = (v: number): number => pad + (hgt - 2 * pad) * (1 - (v - lo) / (hi - lo));
  const pts = values.map((v, i) => `${(pad + ((w - 2 * pad) * i) / n).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  return { pts, y, lo, hi };
}

/** A small trend line, decorative (the meter it sits in carries the numbers). */
export function sparkline(values: number[], colour = 'currentColor'): SVGSVGElement {
  const w = 64;
  const hgt = 20;
  const { pts } = scale(values.length === 1 ? [values[0] ?? 0, values[0] ?? 0] : values, w, hgt, 2);
  const last = pts.split(' ').pop()?.split(',') ?? ['0', '0'];
  return svg('svg', { class: 'spark', viewBox: `0 0 ${w} ${hgt}`, width: w, height: hgt, 'aria-hidden': 'true', focusable: 'false' }, [
    svg('polyline', { points: pts, fill: 'none', stroke: colour, 'stroke-width': 1.5, 'stroke-linejoin': 'round' }),
    svg('circle', { cx: last[0] ?? 0, cy: last[1] ?? 0, r: 2, fill: colour }),
  ]);
}

/**
 * A labelled chart of one meter over the game, for the debrief: the line, its first
 * and last values, the range, and turn labels at the ends. `label` is its accessible name.
 */
export function lineChart(
  title: string,
  values: number[],
  labels: [string, string],
  format: (v: number) => string,
  label: string,
): HTMLElement {
  const w = 320;
  const hgt = 120;
  const padL = 8;
  const { pts, y, lo, hi } = scale(values.length === 1 ? [values[0] ?? 0, values[0] ?? 0] : values, w, hgt, 10);
  const first = values[0] ?? 0;
  const last = values[values.length - 1] ?? 0;
  const chart = svg('svg', { class: 'chart', viewBox: `0 0 ${w} ${hgt + 18}`, role: 'img', 'aria-label': label }, [
    svg('line', { x1: padL, x2: w - padL, y1: y(hi), y2: y(hi), class: 'grid' }),
    svg('line', { x1: padL, x2: w - padL, y1: y(lo), y2: y(lo), class: 'grid' }),
    svg('text', { x: w - padL, y: y(hi) - 2, 'text-anchor': 'end', class: 'axis' }, [format(hi)]),
    svg('text', { x: w - padL, y: y(lo) + 11, 'text-anchor': 'end', class: 'axis' }, [format(lo)]),
    svg('polyline', { points: pts, class: 'line', fill: 'none' }),
    svg('text', { x: 10, y: hgt + 14, class: 'axis' }, [labels[0]]),
    svg('text', { x: w - 10, y: hgt + 14, 'text-anchor': 'end', class: 'axis' }, [labels[1]]),
  ]);
  return h('figure', { class: 'chart-card' }, [
    h('figcaption', {}, [h('strong', {}, [title]), ` ${format(first)} → ${format(last)}`]),
    chart as unknown as Node,
  ]);
}
