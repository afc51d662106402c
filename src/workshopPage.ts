import cards from 'virtual:scenarios';
import { LANGUAGES, loadLanguage } from './i18n/catalogue';
import { type Scenario, textOf } from './sim';
import { loadSettings } from './state/persistSettings';
import { browserWorks } from './state/workshop/idbWorks';
import { type CheckResult, mountWorkshop, type ShippedSource } from './ui/workshop/page';
import type { FromBalance, ToBalance } from './workshopBalance';
import type { FromCheck, ToCheck } from './workshopCheck';

/**
 * The scenario workshop (workshop.html): an author's scenario in a code editor, checked as it is
 * typed by the same validator as the command line (src/scenario, in a worker), kept in this
 * browser's IndexedDB, play-tested in the game page and balanced in a worker. The validator, the
 * YAML parser, zod and CodeMirror load for this page only: the game's first load carries none of them.
 */
// The checker runs in a worker (src/workshopCheck.ts); each check is answered by its number.
const checker = new Worker(new URL('./workshopCheck.ts', import.meta.url), { type: 'module' });
let asked = 0;
const waiting = new Map<number, (r: CheckResult) => void>();
checker.onmessage = (e: MessageEvent<FromCheck>) => {
  const { id, ...result } = e.data;
  waiting.get(id)?.(result);
  waiting.delete(id);
};
const check = (text: string, file: string): Promise<CheckResult> =>
  new Promise((done) => {
    const id = ++asked;
    waiting.set(id, done);
    checker.postMessage({ id, text, file } satisfies ToCheck);
  });

// The published JSON Schema (generated from the zod schema, checked by tests/unit/cli.test.ts), for key completion.
let schema: Promise<Record<string, unknown>> | null = null;

// The shipped scenarios' YAML sources, each a chunk of its own fetched only when copied.
const sources = import.meta.glob<string>('../scenarios/*.yaml', { query: '?raw', import: 'default' });
const shipped: ShippedSource[] = Object.entries(sources)
  .map(([path, load]) => {
    const id = path.replace(/^.*\//, '').replace(/\.yaml$/, '');
    // The title in every language the scenario gives (the page words it in the reader's); sorted by the English.
    return { id, title: cards.find((c) => c.id === id)?.face.title ?? id, load };
  })
  .sort((a, b) => textOf(a.title, 'en').localeCompare(textOf(b.title, 'en')));

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
// The remembered language's words are fetched first (only English is in the first script).
void loadLanguage(loadSettings(Object.keys(LANGUAGES)).lang).then((lang) =>
  mountWorkshop(root, {
    lang,
    check,
    schema: () => {
      schema ??= import('../scenarios/scenario.schema.json').then((m) => m.default as Record<string, unknown>);
      return schema;
    },
    template: () => import('../scenarios/templates/starter.yaml?raw').then((m) => m.default),
    shipped,
    works: browserWorks(),
    balance,
    open: new URLSearchParams(window.location.search).get('work'),
  }),
);
