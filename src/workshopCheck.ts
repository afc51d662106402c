import { loadScenarioWithMap, type MapReader, SHIPPED_MAP } from './scenario/loadWithMap';
import type { Scenario } from './sim';

/**
 * The workshop's checker (a Web Worker): the validator, the YAML parser and zod run here, off the
 * page's thread, so typing never waits for a check (a 4,000-line scenario takes a few hundred
 * milliseconds). It checks a text against its map as the command line does (loadScenarioWithMap),
 * with the shipped maps fetched once, and answers each request with what it found.
 */
/** `key`/`params`: the message as catalogue data, where the validator gives it (the page words it in its language; `message` is its English). */
export type Finding = {
  line: number;
  column: number;
  message: string;
  severity: 'error' | 'warning';
  suggestion?: string;
  key?: string;
  params?: Record<string, string | number>;
};
export type ToCheck = { id: number; text: string; file: string };
export type FromCheck = { id: number; problems: Finding[]; valid?: { scenario: Scenario; hash: string } };

const mapSources = import.meta.glob<string>('../scenarios/maps/*.geojson', { query: '?raw', import: 'default' });
const maps = new Map<string, { path: string; text: string }>();
const ready = (async () => {
  try {
    const bolivia = await import('../assets/map/bolivia-region.geojson?raw');
    maps.set(SHIPPED_MAP, { path: 'assets/map/bolivia-region.geojson', text: bolivia.default });
    for (const [path, load] of Object.entries(mapSources)) {
      const name = path.replace(/^.*\//, '').replace(/\.geojson$/, '');
      maps.set(name, { path: `maps/${name}.geojson`, text: await load() });
    }
  } catch {
    // A map that cannot be fetched is reported as missing by the check that needs it.
  }
})();
const readMap: MapReader = (name) => maps.get(name) ?? null;

/** A validator finding as the editor shows it (one in a map file, not in this text, is listed at the text's top). */
type Raw = {
  file: string;
  line: number;
  column: number;
  message: string;
  severity?: string;
  suggestion?: string;
  key?: string;
  params?: Record<string, unknown>;
};
/** Only plain numbers and strings cross as message parameters. */
const plainParams = (ps: Record<string, unknown>): Record<string, string | number> =>
  Object.fromEntries(
    Object.entries(ps).filter((e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number'),
  );
const shown = (file: string, p: Raw): Finding => ({
  line: p.file === file ? p.line : 1,
  column: p.file === file ? p.column : 1,
  message: p.file === file ? p.message : `${p.file}:${p.line}:${p.column}: ${p.message}`,
  severity: p.severity === 'warning' ? 'warning' : 'error',
  ...(typeof p.suggestion === 'string' && p.suggestion !== '' ? { suggestion: p.suggestion } : {}),
  // A finding in this text keeps its catalogue key; one in a map file is shown with that file's place, in English.
  ...(p.file === file && typeof p.key === 'string' ? { key: p.key, params: plainParams(p.params ?? {}) } : {}),
});

export function check(text: string, file: string): Omit<FromCheck, 'id'> {
  const r = loadScenarioWithMap(text, file, readMap);
  // Warnings (which never refuse a file) come with either result where the validator gives them.
  const warnings = (r as { warnings?: readonly Raw[] }).warnings ?? [];
  const problems = [...(r.ok ? [] : r.problems), ...warnings]
    .map((p) => shown(file, p))
    .sort((a, b) => a.line - b.line || a.column - b.column);
  return r.ok ? { problems, valid: { scenario: r.scenario, hash: r.hash } } : { problems };
}

const post = (m: FromCheck): void => (self as unknown as { postMessage: (m: FromCheck) => void }).postMessage(m);

self.onmessage = (e: MessageEvent<ToCheck>) => {
  const { id, text, file } = e.data;
  void ready.then(() => post({ id, ...check(text, file) }));
};
