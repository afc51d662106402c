import type { Scenario, SiteMarker } from '../sim';

/**
 * Site icons as shapes (not only colours), shared by the map and the legend:
 * unit-size outlines centred on 0,0, scaled by the caller. A scenario marks each of its sites
 * with one (`marker`, 'city' when absent).
 */
export type SiteIcon = SiteMarker;

export const SITE_ICONS: SiteIcon[] = ['capital', 'city', 'port', 'lithium', 'gas', 'coca', 'mine'];

/** The icons a scenario's sites use, in the legend's order: the legend lists only those. */
export function iconsUsed(sc: Pick<Scenario, 'sites'>): SiteIcon[] {
  const used = new Set((sc.sites ?? []).map((s) => s.marker ?? 'city'));
  return SITE_ICONS.filter((i) => used.has(i));
}

const poly = (n: number, r: number, phase: number): [number, number][] =>
  Array.from({ length: n }, (_, i) => [Math.cos(phase + (i * 2 * Math.PI) / n) * r, Math.sin(phase + (i * 2 * Math.PI) / n) * r]);

/** The outline of an icon (radius about 1), or null for a circle. */
export function iconShape(icon: SiteIcon): [number, number][] | null {
  switch (icon) {
    case 'city':
    case 'capital':
      return null;
    case 'port':
      return [
        [-0.85, -0.85],
        [0.85, -0.85],
        [0.85, 0.85],
        [-0.85, 0.85],
      ];
    case 'lithium':
      return poly(6, 1.05, 0);
    case 'gas':
      return poly(4, 1.15, -Math.PI / 2);
    case 'mine':
      return poly(5, 1.1, -Math.PI / 2);
    case 'coca':
      return [
        [0, -1.15],
        [1.05, 0.8],
        [-1.05, 0.8],
      ];
  }
}
