/**
 * Map geometry without Phaser: reading the region GeoJSON, projecting lon/lat to
 * screen pixels (equirectangular, x scaled by cos of the mid latitude), and
 * finding which department a point falls in.
 */

export type Ring = [number, number][];
export type MapFeature = {
  kind: 'sea' | 'country' | 'department' | 'lake' | 'salt_flat' | 'site';
  id: string;
  name: string;
  /** The name in other languages, from the file's `name_<lang>` properties (Natural Earth's convention: `name_es`). */
  names?: Readonly<Record<string, string>>;
  polygons: Ring[][];
  label?: [number, number];
  point?: [number, number];
  siteType?: string;
  note?: string;
};

type GeoJson = { features: { geometry: { type: string; coordinates: unknown }; properties: Record<string, unknown> }[] };

export function readFeatures(json: unknown): MapFeature[] {
  const out: MapFeature[] = [];
  for (const f of (json as GeoJson).features ?? []) {
    const p = f.properties;
    const kind = p.kind as MapFeature['kind'];
    const names = Object.fromEntries(
      Object.entries(p).flatMap(([k, v]) => (/^name_[a-z]{2,3}$/.test(k) && typeof v === 'string' ? [[k.slice(5), v]] : [])),
    );
    const base = { kind, id: String(p.id ?? ''), name: String(p.name ?? ''), ...(Object.keys(names).length > 0 ? { names } : {}) };
    if (f.geometry.type === 'Point') {
      out.push({
        ...base,
        polygons: [],
        point: f.geometry.coordinates as [number, number],
        siteType: String(p.type ?? ''),
        note: String(p.note ?? ''),
      });
      continue;
    }
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates as Ring[]] : (f.geometry.coordinates as Ring[][]);
    out.push({ ...base, polygons, ...(Array.isArray(p.label) ? { label: p.label as [number, number] } : {}) });
  }
  return out;
}

/** A feature's name in a language: the file's `name_<lang>` where it has one, else its `name`. */
export function featureName(f: Pick<MapFeature, 'name' | 'names'>, lang: string): string {
  return (f.names && Object.hasOwn(f.names, lang) ? f.names[lang] : undefined) ?? f.name;
}

/** A longitude/latitude window, in degrees. */
export type View = {
  west: number;
  east: number;
  south: number;
  north: number;
  /** The latitude whose cosine shrinks longitudes (the window's middle when absent). */
  scaleLatitude?: number;
};

export type Projection = {
  toScreen: (lon: number, lat: number) => [number, number];
  toLonLat: (x: number, y: number) => [number, number];
  scale: number;
};

/**
 * Fits the window `view` (the scenario's world: see ./world) into a box of width × height
 * pixels, centred. The map data reaches beyond it, so the rest of the canvas fills with the
 * neighbours and the sea at any aspect ratio.
 */
export function fitProjection(width: number, height: number, view: View, pad = 14): Projection {
  const kx = Math.cos(((view.scaleLatitude ?? (view.north + view.south) / 2) * Math.PI) / 180);
  const w = (view.east - view.west) * kx;
  const h = view.north - view.south;
  const scale = Math.max(1e-6, Math.min((width - 2 * pad) / w, (height - 2 * pad) / h));
  const ox = (width - w * scale) / 2;
  const oy = (height - h * scale) / 2;
  return {
    scale,
    toScreen: (lon, lat) => [ox + (lon - view.west) * kx * scale, oy + (view.north - lat) * scale],
    toLonLat: (x, y) => [view.west + (x - ox) / (kx * scale), view.north - (y - oy) / scale],
  };
}

function inRing(lon: number, lat: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Is the point inside the polygon set (outer rings minus holes)? */
export function contains(polygons: Ring[][], lon: number, lat: number): boolean {
  return polygons.some((rings) => {
    const [outer, ...holes] = rings;
    return outer !== undefined && inRing(lon, lat, outer) && !holes.some((h) => inRing(lon, lat, h));
  });
}

/** The department at a lon/lat, or null (decoration like the salt flat is skipped). */
export function departmentAt(features: MapFeature[], lon: number, lat: number): string | null {
  for (const f of features) if (f.kind === 'department' && contains(f.polygons, lon, lat)) return f.id;
  return null;
}
