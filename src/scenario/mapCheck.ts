import { LineCounter, parseDocument } from 'yaml';
import type { Scenario } from '../sim';
import type { CrossProblem } from './crossCheck';

/** A problem in a map file itself: which feature, where in the file (1-based), and what is wrong. */
export type MapFileProblem = { line: number; column: number; message: string };

export type MapCheck = { file: MapFileProblem[]; scenario: CrossProblem[] };

const KINDS = new Set(['department', 'country', 'sea', 'lake', 'salt_flat', 'site']);

type Feature = { type?: unknown; geometry?: { type?: unknown; coordinates?: unknown } | null; properties?: Record<string, unknown> | null };

function lineCol(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Where a text that is not JSON breaks, when JSON.parse does not say: the YAML parser (JSON is YAML) finds the spot. */
function whereJsonBreaks(text: string): { line: number; column: number } {
  const lc = new LineCounter();
  const first = parseDocument(text, { lineCounter: lc }).errors[0];
  if (!first) return { line: 1, column: 1 };
  const { line, col } = lc.linePos(first.pos[0]);
  return { line, column: col };
}

/** Where the i-th feature begins in the file's text (the i-th `"type": "Feature"`), for a line number. */
function featureOffsets(text: string): number[] {
  const out: number[] = [];
  const re = /"type"\s*:\s*"Feature"/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index);
  return out;
}

const isLonLat = (p: unknown): p is [number, number] =>
  Array.isArray(p) &&
  p.length >= 2 &&
  typeof p[0] === 'number' &&
  typeof p[1] === 'number' &&
  Math.abs(p[0]) <= 180 &&
  Math.abs(p[1]) <= 90;

function ringsOf(g: { type?: unknown; coordinates?: unknown }): [number, number][][][] | null {
  const ok = (ring: unknown): boolean => Array.isArray(ring) && ring.length >= 4 && ring.every(isLonLat);
  if (g.type === 'Polygon' && Array.isArray(g.coordinates) && g.coordinates.length > 0 && g.coordinates.every(ok))
    return [g.coordinates as [number, number][][]];
  if (
    g.type === 'MultiPolygon' &&
    Array.isArray(g.coordinates) &&
    g.coordinates.length > 0 &&
    g.coordinates.every((p) => Array.isArray(p) && p.length > 0 && p.every(ok))
  )
    return g.coordinates as [number, number][][][];
  return null;
}

function inRing(lon: number, lat: number, ring: [number, number][]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const inside = (polys: [number, number][][][], [lon, lat]: [number, number]): boolean =>
  polys.some(([outer, ...holes]) => outer !== undefined && inRing(lon, lat, outer) && !holes.some((h) => inRing(lon, lat, h)));

/**
 * Checks a scenario's map file (GeoJSON text) and the scenario against it: the file is a
 * FeatureCollection of regions (Polygon or MultiPolygon with `kind`, `id` and `name`, ids
 * unique; Points of kind `site` are allowed, as the shipped map has them), every department of
 * the scenario has its region and every department region is one of the scenario's, and every
 * site has a position (its `at`, or the file's point of that id) inside the map and inside its
 * department. Problems in the file come with its line; problems in the scenario with their path.
 */
export function checkScenarioMap(sc: Scenario, text: string): MapCheck {
  const file: MapFileProblem[] = [];
  const scenario: CrossProblem[] = [];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(msg);
    file.push({ ...(pos ? lineCol(text, Number(pos[1])) : whereJsonBreaks(text)), message: `not JSON: ${msg}` });
    return { file, scenario };
  }
  const fc = json as { type?: unknown; features?: unknown };
  if (fc === null || typeof fc !== 'object' || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    file.push({
      line: 1,
      column: 1,
      message: 'a map file must be a GeoJSON FeatureCollection: { "type": "FeatureCollection", "features": [...] }',
    });
    return { file, scenario };
  }
  const offsets = featureOffsets(text);
  const regions = new Map<string, { kind: string; polys: [number, number][][][] }>();
  const points = new Map<string, [number, number]>();
  (fc.features as Feature[]).forEach((f, i) => {
    const at = lineCol(text, offsets[i] ?? 0);
    const bad = (message: string): void => {
      file.push({ ...at, message: `features[${i}]: ${message}` });
    };
    const p = f?.properties;
    if (!f || typeof f !== 'object' || f.type !== 'Feature' || !p || typeof p !== 'object' || !f.geometry) {
      bad('not a GeoJSON Feature with geometry and properties');
      return;
    }
    const kind = String(p.kind ?? '');
    const id = typeof p.id === 'string' ? p.id : '';
    if (!KINDS.has(kind)) bad(`properties.kind "${kind}" must be one of ${[...KINDS].join(', ')}`);
    if (id === '') bad('properties.id must be a non-empty string');
    if (typeof p.name !== 'string' || p.name === '') bad(`properties.name must be a non-empty string${id ? ` (region "${id}")` : ''}`);
    if (id !== '' && (regions.has(id) || points.has(id))) bad(`duplicate id "${id}"`);
    if (kind === 'site') {
      if (f.geometry.type !== 'Point' || !isLonLat(f.geometry.coordinates)) bad('a site is a Point at [longitude, latitude]');
      else if (id) points.set(id, f.geometry.coordinates as [number, number]);
      return;
    }
    const polys = ringsOf(f.geometry);
    if (!polys) {
      bad('a region is a Polygon or MultiPolygon of closed rings of [longitude, latitude] (each ring at least 4 points)');
      return;
    }
    if (id && KINDS.has(kind)) regions.set(id, { kind, polys });
  });
  const departments = new Set(sc.departments.map((d) => d.id));
  sc.departments.forEach((d, i) => {
    const r = regions.get(d.id);
    if (!r) scenario.push({ path: ['departments', i, 'id'], message: `the map file has no region "${d.id}"` });
    else if (r.kind !== 'department')
      scenario.push({ path: ['departments', i, 'id'], message: `the map's region "${d.id}" is of kind "${r.kind}", not "department"` });
  });
  for (const [id, r] of regions)
    if (r.kind === 'department' && !departments.has(id))
      file.push({ line: 1, column: 1, message: `region "${id}" is a department the scenario does not list` });
  (sc.sites ?? []).forEach((s, i) => {
    const pos = s.at ?? points.get(s.id);
    if (!pos) {
      scenario.push({
        path: ['sites', i],
        message: `site "${s.id}" has no position: give it at: [longitude, latitude] (the map file has no point "${s.id}")`,
      });
      return;
    }
    const anywhere = [...regions.values()].some((r) => inside(r.polys, pos));
    if (!anywhere)
      scenario.push({
        path: ['sites', i, s.at ? 'at' : 'id'],
        message: `site "${s.id}" at [${pos.join(', ')}] lies outside every region of the map`,
      });
    const dep = s.department !== undefined ? regions.get(s.department) : undefined;
    if (dep && anywhere && !inside(dep.polys, pos))
      scenario.push({
        path: ['sites', i, s.at ? 'at' : 'department'],
        message: `site "${s.id}" at [${pos.join(', ')}] is not inside its department "${s.department}"`,
      });
  });
  return { file, scenario };
}
