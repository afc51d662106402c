import cards from 'virtual:scenarios';
import { LANGUAGES } from './i18n/catalogue';
import { scenarioJsonSchema } from './scenario/jsonSchema';
import { loadScenarioText } from './scenario/loadScenario';
import type { Scenario } from './sim';
import { loadSettings } from './state/persistSettings';
import { browserWorks } from './state/workshop/idbWorks';
import { type CheckResult, mountWorkshop, type ShippedSource } from './ui/workshop/page';
import type { FromBalance, ToBalance } from './workshopBalance';

/**
 * The scenario workshop (workshop.html): an author's scenario in a code editor, checked by the
 * same validator as the command line (src/scenario) as it is typed, kept in this browser's
 * IndexedDB, play-tested in the game page and balanced in a worker. The validator, the YAML
 * parser, zod and CodeMirror load on this page only: the game's first load carries none of them.
 */
const check = (text: string, file: string): CheckResult => {
  const r = loadScenarioText(text, file);
  return r.ok
    ? { problems: [], valid: { scenario: r.scenario, hash: r.hash } }
    : { problems: r.problems.map((p) => ({ line: p.line, column: p.column, message: p.message })) };
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
void mountWorkshop(root, {
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
});
