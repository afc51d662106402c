/**
 * Site icons as shapes (not only colours), shared by the map and the legend:
 * unit-size outlines centred on 0,0, scaled by the caller.
 */
export type SiteIcon = 'city' | 'capital' | 'port' | 'lithium' | 'coca' | 'gas';

export const SITE_ICONS: SiteIcon[] = ['capital', 'city', 'port', 'lithium', 'gas', 'coca'];

/** Which icon a map site gets, from its id and GeoJSON type. */
export function iconOf(id: string, type: string | undefined): SiteIcon {
  if (id === 'lapaz' || id === 'sucre') return 'capital';
  if (id === 'uyuni') return 'lithium';
  if (id === 'chapare') return 'coca';
  if (id === 'tarijagas') return 'gas';
  if (type === 'port') return 'port';
  return 'city';
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
    case 'coca':
      return [
        [0, -1.15],
        [1.05, 0.8],
        [-1.05, 0.8],
      ];
  }
}
