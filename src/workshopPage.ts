import cards from 'virtual:scenarios';
import { LANGUAGES } from './i18n/catalogue';
import { scenarioJsonSchema } from './scenario/jsonSchema';
import { loadScenarioWithMap, type MapReader, SHIPPED_MAP } from './scenario/loadWithMap';
import type { Scenario } from './sim';
import { loadSettings } from './state/persistSettings';
import { browserWorks } from './state/workshop/idbWorks';
import type { EditorProblem } from './ui/workshop/editor';
import { type CheckResult, mountWorkshop, type ShippedSource } from './ui/workshop/page';
import type { FromBalance, ToBalance } from './workshopBalance';

/**
 * The scenario workshop (workshop.html): an author's scenario in a code editor, checked by the
 * same validator as the command line (src/scenario) as it is typed, kept in this browser's
 * IndexedDB, play-tested in the game page and balanced in a worker. The validator, the YAML
 * parser, zod and CodeMirror load on this page only: the game's first load carries none of them.
 */
// The maps a scenario may name (map.regions): the shipped map of Bolivia and scenarios/maps/*.geojson,
// fetched once when the page opens, so the editor checks a scenario against its map as the command line does.
const mapSources = import.meta.glob<string>('../scenarios/maps/*.geojson', { query: '?raw', import: 'default' });
const maps = new Map<string, { path: string; text: string }>();
const loadMaps = async (): Promise<void> => {
  const bolivia = await import('../assets/map/bolivia-region.geojson?raw');
  maps.set(SHIPPED_MAP, { path: 'assets/map/bolivia-region.geojson', text: bolivia.default });
  for (const [path, load] of Object.entries(mapSources)) {
    const name = path.replace(/^.*\//, '').replace(/\.geojson$/, '');
    maps.set(name, { path: `maps/${name}.geojson`, text: await load() });
  }
};
const readMap: MapReader = (name) => maps.get(name) ?? null;

/** A validator finding as the editor shows it (a finding in a map file, not in this text, is listed at the text's top). */
type Finding = { file: string; line: number; column: number; message: string; severity?: string; suggestion?: string };
const shown = (file: string, p: Finding): EditorProblem => ({
  line: p.file === file ? p.line : 1,
  column: p.file === file ? p.column : 1,
  message: p.file === file ? p.message : `${p.file}:${p.line}:${p.column}: ${p.message}`,
  severity: p.severity === 'warning' ? 'warning' : 'error',
  ...(typeof p.suggestion === 'string' && p.suggestion !== '' ? { suggestion: p.suggestion } : {}),
});

const check = (text: string, file: string): CheckResult => {
  const r = loadScenarioWithMap(text, file, readMap);
  // Warnings (which never refuse a file) come with either result where the validator gives them.
  const warnings = (r as { warnings?: readonly Finding[] }).warnings ?? [];
  const found = [...(r.ok ? [] : r.problems), ...warnings]
    .map((p) => shown(file, p))
    .sort((a, b) => a.line - b.line || a.column - b.column);
  return r.ok ? { problems: found, valid: { scenario: r.scenario, hash: r.hash } } : { problems: found };
};

let schema: Record<string, unknown> | null = null;

// The shipped scenarios' YAML sources, each a chunk of its own fetched only when copied.
const sources = import.meta.glob<string>('../scenarios/*.yaml', { query: '?raw', import: 'default' });
const shipped: ShippedSource[] = Object.entries(sources)
  .map(([path, load]) => {
    const id = path.replace(/^.*\//, '').replace(/\.yaml$/, '');
    const card = cards.find((c) => c.id === id);
    const t = card?.face.title;
    return { id, title: typeof t === 'string' ? t : (t?.en ?? id), load };
  })
  .sort((a, b) => a.title.localeCompare(b.title));

const balance = (scenario: Scenario, games: number, progress: (done: number, total: number) => void): Promise<string> =>
  new Promise((done, fail) => {
    const worker = new Worker(new URL('./workshopBalance.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<FromBalance>) => {
      const m = e.data;
      if ('report' in m) {
        worker.terminate();
        done(m.report);
      } else if ('error' in m) {
        worker.terminate();
        fail(new Error(m.error));
      } else progress(m.done, m.total);
    };
    worker.onerror = (e) => {
      worker.terminate();
      fail(new Error(e.message));
    };
    worker.postMessage({ scenario, games } satisfies ToBalance);
  });

const root = document.getElementById('workshop') as HTMLElement;
document.getElementById('loading')?.remove();
void loadMaps().finally(() =>
  mountWorkshop(root, {
    lang: loadSettings(Object.keys(LANGUAGES)).lang,
    check,
    schema: () => {
      schema ??= scenarioJsonSchema();
      return schema;
    },
    template: () => import('../scenarios/templates/starter.yaml?raw').then((m) => m.default),
    shipped,
    works: browserWorks(),
    balance,
    open: new URLSearchParams(window.location.search).get('work'),
  }),
);
