import type { Scenario, SiteMarker } from '../sim';
import { contains, type MapFeature, type Ring, readFeatures, type View } from './mapGeometry';

/**
 * The world a scenario is drawn in, without Phaser: the regions of its map file, its own sites
 * (and no others) at their positions, the window always shown, the box the map data covers, and
 * the site routes start from. Everything comes from the scenario and its map; nothing here names
 * a country.
 */
export type World = {
  /** The map's regions (no points), then one feature of kind `site` per scenario site that has a position. */
  features: MapFeature[];
  view: View;
  /** The box the map data covers: beyond it the canvas shows plain land (and sea where the data's edge is sea). */
  bbox: View;
  /** The sea runs off the data's west edge (Bolivia's map: the Pacific). */
  seaWest: boolean;
  /** Where routes start: the `map.seat` site, else the first site marked capital, else the first department's label. */
  seat: string | null;
};

/** The window the shipped map of Bolivia was drawn for: the country and its Pacific ports. */
export const BOLIVIA_VIEW: View = { west: -71.9, east: -57.2, south: -23.3, north: -9.4, scaleLatitude: -16.6 };

/** The shipped map's name (`map.regions` absent). */
export const DEFAULT_MAP = 'bolivia';

export function mapNameOf(sc: Pick<Scenario, 'map'> | null | undefined): string {
  return sc?.map?.regions ?? DEFAULT_MAP;
}

function boxOf(points: Iterable<[number, number]>): View | null {
  let west = Infinity;
  let east = -Infinity;
  let south = Infinity;
  let north = -Infinity;
  for (const [x, y] of points) {
    west = Math.min(west, x);
    east = Math.max(east, x);
    south = Math.min(south, y);
    north = Math.max(north, y);
  }
  return Number.isFinite(west) ? { west, east, south, north } : null;
}

function ringPoints(fs: readonly MapFeature[]): [number, number][] {
  return fs.flatMap((f) => f.polygons.flatMap((rings) => rings[0] ?? []));
}

/** A point inside a region to write its name at: its outer ring's centroid when that lies inside, else the inside point nearest to it. */
export function labelPointOf(polygons: Ring[][]): [number, number] | undefined {
  const outer = [...polygons].map((r) => r[0] ?? []).sort((a, b) => Math.abs(area(b)) - Math.abs(area(a)))[0];
  if (!outer || outer.length < 3) return undefined;
  const a = area(outer);
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = outer.length - 1; i < outer.length; j = i++) {
    const [xi, yi] = outer[i] as [number, number];
    const [xj, yj] = outer[j] as [number, number];
    const k = xj * yi - xi * yj;
    cx += (xi + xj) * k;
    cy += (yi + yj) * k;
  }
  const c: [number, number] = a === 0 ? (outer[0] as [number, number]) : [cx / (6 * a), cy / (6 * a)];
  if (contains(polygons, c[0], c[1])) return c;
  const box = boxOf(outer);
  if (!box) return c;
  let best: [number, number] | undefined;
  let bestD = Infinity;
  const n = 24;
  for (let i = 1; i < n; i++)
    for (let j = 1; j < n; j++) {
      const x = box.west + ((box.east - box.west) * i) / n;
      const y = box.south + ((box.north - box.south) * j) / n;
      if (!contains(polygons, x, y)) continue;
      const d = (x - c[0]) ** 2 + (y - c[1]) ** 2;
      if (d < bestD) {
        bestD = d;
        best = [x, y];
      }
    }
  return best ?? c;
}

function area(ring: readonly [number, number][]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    s += xj * yi - xi * yj;
  }
  return s / 2;
}

/** The marker a site is drawn with: its own, else a port for the map's port points, else a city. */
function markerOf(marker: SiteMarker | undefined, mapType: string | undefined): SiteMarker {
  return marker ?? (mapType === 'port' ? 'port' : 'city');
}

export function worldOf(sc: Scenario | null | undefined, mapJson: unknown): World {
  const all = readFeatures(mapJson);
  const regions = all.filter((f) => f.kind !== 'site').map((f) => (f.kind === 'department' && !f.label ? withLabel(f) : f));
  const points = new Map(all.filter((f) => f.kind === 'site' && f.point).map((f) => [f.id, f]));
  const sites: MapFeature[] = [];
  for (const s of sc?.sites ?? []) {
    const fromMap = points.get(s.id);
    const point = s.at ?? fromMap?.point;
    if (!point) continue;
    sites.push({ kind: 'site', id: s.id, name: '', polygons: [], point, siteType: markerOf(s.marker, fromMap?.siteType) });
  }
  const departments = regions.filter((f) => f.kind === 'department');
  const dataBox = boxOf(ringPoints(regions)) ?? { west: -1, east: 1, south: -1, north: 1 };
  const bbox = readBbox(mapJson) ?? dataBox;
  const fitted = boxOf([...ringPoints(departments), ...sites.map((s) => s.point as [number, number])]) ?? dataBox;
  const margin = Math.max(fitted.east - fitted.west, fitted.north - fitted.south) * 0.04;
  const view =
    sc?.map?.view ??
    (mapNameOf(sc) === DEFAULT_MAP
      ? BOLIVIA_VIEW
      : { west: fitted.west - margin, east: fitted.east + margin, south: fitted.south - margin, north: fitted.north + margin });
  const seaWest = regions.some(
    (f) => f.kind === 'sea' && f.polygons.some((rings) => (rings[0] ?? []).some(([x]) => Math.abs(x - bbox.west) < 1e-6)),
  );
  const seat =
    sc?.map?.seat ??
    (sc?.sites ?? []).find((s) => s.marker === 'capital' && sites.some((f) => f.id === s.id))?.id ??
    (sc?.departments ?? []).find((d) => departments.some((f) => f.id === d.id))?.id ??
    sites[0]?.id ??
    null;
  return { features: [...regions, ...sites], view, bbox, seaWest, seat };
}

function withLabel(f: MapFeature): MapFeature {
  const label = labelPointOf(f.polygons);
  return label ? { ...f, label } : f;
}

function readBbox(json: unknown): View | null {
  const b = (json as { bbox?: unknown } | null)?.bbox;
  if (!Array.isArray(b) || b.length !== 4 || !b.every((x) => typeof x === 'number' && Number.isFinite(x))) return null;
  const [west, south, east, north] = b as [number, number, number, number];
  return { west, south, east, north };
}
