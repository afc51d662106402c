import { html, nothing, render } from 'lit-html';
import { catalogueOf, en, LANGUAGES, type MessageKey } from '../../i18n/catalogue';
import { type Words, words } from '../../present/words';
import type { Scenario, Text } from '../../sim';
import type { PlayMode } from '../../state/gameChoice';
import type { IdDef } from '../../state/workshop/idIndex';
import { playTestQuery } from '../../state/workshop/playTest';
import type { Work, WorkStore } from '../../state/workshop/works';
import { downloadText } from '../download';
import { type Editor, type EditorProblem, mountEditor } from './editor';
import { problemsHeading, problemsView } from './problems';
import { worksView } from './worksList';
import './workshop.css';

/** What the validator says of a text: its problems, or the scenario it is (with its hash). */
export type CheckResult = { problems: EditorProblem[]; valid?: { scenario: Scenario; hash: string } };

/** A shipped scenario an author can start from a copy of: its YAML source is fetched when chosen. */
export type ShippedSource = { id: string; title: Text; load: () => Promise<string> };

/** What the page's entry hands the workshop: the validator and schema (src/scenario), the sources, the store of works, the balance runner. */
export type WorkshopDeps = {
  lang: string;
  /** The validator (in a worker): what a text holds. */
  check: (text: string, file: string) => Promise<CheckResult>;
  /** The JSON Schema of the format, fetched when first needed. */
  schema: () => Promise<Record<string, unknown>>;
  template: () => Promise<string>;
  shipped: readonly ShippedSource[];
  works: WorkStore;
  /** Plays `games` AI-against-AI games of a scenario off the page's thread; resolves to the report (Markdown). */
  balance: (scenario: Scenario, games: number, progress: (done: number, total: number) => void) => Promise<string>;
  /** The work to open (`workshop.html?work=ID`), else the last edited. */
  open: string | null;
};

/** A scenario file is refused above this size before it is read (the validator's own limit). */
const MAX_FILE = 2_000_000;

type Balance = { running: boolean; done: number; total: number; report: string | null; error: string | null };

type PageState = {
  works: Work[];
  current: Work | null;
  /** The last check's problems (null until the first check). */
  problems: readonly EditorProblem[] | null;
  valid: CheckResult['valid'] | null;
  status: string;
  play: { side: string; turns: number; mode: PlayMode; seed: number };
  games: number;
  balance: Balance;
  dragging: boolean;
};

/** The scenario's id as its text gives it, for the downloaded file's name. */
function fileNameOf(text: string): string {
  const id = /^id:[ \t]*['"]?([A-Za-z0-9_-]{1,64})/m.exec(text)?.[1];
  return `${id ?? 'scenario'}.yaml`;
}

/** Mounts the scenario workshop in `root`. */
export async function mountWorkshop(root: HTMLElement, d: WorkshopDeps): Promise<void> {
  const w: Words = words(d.lang);
  document.documentElement.lang = w.lang;
  document.title = w.t('workshop.pageTitle');
  const st: PageState = {
    works: [],
    current: null,
    problems: null,
    valid: null,
    status: '',
    play: { side: '', turns: 0, mode: 'solo', seed: 1 },
    games: 10,
    balance: { running: false, done: 0, total: 0, report: null, error: null },
    dragging: false,
  };
  let editor: Editor | null = null;
  // The check of the text now in the editor, kept so saving knows what it validated to.
  let last: { text: string; result: Promise<CheckResult> } | null = null;
  const check = (text: string): Promise<CheckResult> => {
    if (last?.text === text) return last.result;
    const result = d.check(text, fileNameOf(text));
    last = { text, result };
    return result;
  };
  // A validator message with a catalogue key is worded in the page's language; one without, in its English.
  const known = catalogueOf(d.lang) ?? en;
  const worded = (p: EditorProblem): string =>
    p.key !== undefined && Object.hasOwn(known, p.key) ? w.t(p.key as MessageKey, p.params ?? {}) : p.message;
  const when = new Intl.DateTimeFormat(LANGUAGES[d.lang]?.locale ?? d.lang, { dateStyle: 'medium', timeStyle: 'short' });
  const say = (status: string): void => {
    st.status = status;
    draw();
  };
  const refreshList = async (): Promise<void> => {
    try {
      st.works = await d.works.list();
    } catch {
      st.status = w.t('workshop.storageFailed');
    }
  };
  /** Saves the text (when it changed, or what it validated to did) and lists the works again. */
  const save = async (text: string, r: CheckResult): Promise<void> => {
    const cur = st.current;
    if (!cur || (cur.text === text && cur.valid?.hash === r.valid?.hash)) return;
    try {
      st.current = (await d.works.save(cur.id, text, r.valid ?? null)) ?? cur;
      await refreshList();
    } catch {
      st.status = w.t('workshop.storageFailed');
    }
    draw();
  };
  const fitPlay = (v: CheckResult['valid'] | null): void => {
    if (!v) return;
    const sides = v.scenario.actors.filter((a) => a.playable).map((a) => a.id);
    if (!sides.includes(st.play.side)) st.play.side = sides[0] ?? '';
    if (st.play.turns < 1 || st.play.turns > v.scenario.turns) st.play.turns = v.scenario.turns;
  };
  const openWork = (work: Work): void => {
    st.current = work;
    st.problems = null;
    st.valid = null;
    st.balance = { running: false, done: 0, total: 0, report: null, error: null };
    editor?.load(work.text);
    draw();
  };
  const createWork = async (text: string, fallback: string): Promise<void> => {
    try {
      const work = await d.works.create(text, fallback);
      await refreshList();
      openWork(work);
      say(w.t('workshop.opened', { name: work.name }));
    } catch {
      say(w.t('workshop.storageFailed'));
    }
  };
  const openFile = async (file: File): Promise<void> => {
    if (file.size > MAX_FILE) return say(w.t('workshop.fileTooBig', { file: file.name, size: file.size, max: MAX_FILE }));
    let text: string;
    try {
      text = await file.text();
    } catch {
      return say(w.t('workshop.fileUnreadable', { file: file.name }));
    }
    await createWork(text, file.name.replace(/\.ya?ml$/i, ''));
  };
  const fromSource = async (load: () => Promise<string>, name: string): Promise<void> => {
    let text: string;
    try {
      text = await load();
    } catch {
      return say(w.t('workshop.loadFailed'));
    }
    await createWork(text, name);
  };
  const onDefinition = (def: IdDef | null, word: string | null): void =>
    say(
      word === null
        ? w.t('workshop.noWord')
        : def
          ? w.t('workshop.definitionAt', { id: def.id, line: def.line })
          : w.t('workshop.noDefinition', { id: word }),
    );
  const playTest = async (): Promise<void> => {
    if (!editor || !st.current) return;
    const text = editor.text();
    const r = await check(text);
    st.problems = r.problems;
    st.valid = r.valid ?? null;
    if (!r.valid) return say(w.t('workshop.playBlocked'));
    await save(text, r);
    const q = playTestQuery({ work: st.current.id, side: st.play.side, turns: st.play.turns, mode: st.play.mode, seed: st.play.seed });
    window.open(`./index.html${q}`, '_blank');
  };
  const runBalance = async (): Promise<void> => {
    const v = st.valid;
    if (!v || st.balance.running) return;
    const games = Math.max(1, Math.min(100, Math.round(st.games) || 1));
    st.balance = { running: true, done: 0, total: games, report: null, error: null };
    draw();
    try {
      const report = await d.balance(v.scenario, games, (done, total) => {
        st.balance = { ...st.balance, done, total };
        draw();
      });
      st.balance = { running: false, done: games, total: games, report, error: null };
    } catch (e) {
      st.balance = { running: false, done: 0, total: games, report: null, error: e instanceof Error ? e.message : String(e) };
    }
    draw();
  };
  const removeWork = async (work: Work): Promise<void> => {
    if (!window.confirm(w.t('workshop.removeConfirm', { name: work.name }))) return;
    try {
      await d.works.remove(work.id);
      await refreshList();
    } catch {
      return say(w.t('workshop.storageFailed'));
    }
    if (st.current?.id === work.id) {
      const next = st.works[0];
      if (next) openWork(next);
      else await fromSource(d.template, 'my-scenario');
    }
    draw();
  };

  const problemsList = () => problemsView(w, root, st.problems, Boolean(st.valid), worded, (line, column) => editor?.jumpTo(line, column));

  const heading = (ps: readonly EditorProblem[]): string => problemsHeading(w, ps);

  const worksList = () => worksView(w, st.works, st.current, when, openWork, (x) => void removeWork(x));

  const playForm = () => {
    const v = st.valid;
    const sides = v?.scenario.actors.filter((a) => a.playable) ?? [];
    const wv = v ? words(d.lang, v.scenario) : w;
    return html`<section class="ws-box" aria-labelledby="ws-play-title">
      <h2 id="ws-play-title">${w.t('workshop.playTest')}</h2>
      <div class="ws-fields">
        <label>${w.t('workshop.playSide')}
          <select id="ws-side" ?disabled=${!v} @change=${(e: Event) => {
            st.play.side = (e.target as HTMLSelectElement).value;
          }}>
            ${sides.map((a) => html`<option value=${a.id} ?selected=${a.id === st.play.side}>${wv.text(a.name)}</option>`)}
          </select>
        </label>
        <label>${w.t('workshop.playTurns')}
          <input id="ws-turns" type="number" min="1" max=${v?.scenario.turns ?? 1} .value=${String(st.play.turns || '')} ?disabled=${!v}
            @change=${(e: Event) => {
              st.play.turns = Number((e.target as HTMLInputElement).value) || 1;
              fitPlay(st.valid);
            }} />
        </label>
        <label>${w.t('workshop.playMode')}
          <select id="ws-mode" ?disabled=${!v} @change=${(e: Event) => {
            st.play.mode = (e.target as HTMLSelectElement).value as PlayMode;
          }}>
            ${(['solo', 'hotseat', 'watch'] as const).map((m) => html`<option value=${m} ?selected=${m === st.play.mode}>${w.t(`workshop.mode.${m}`)}</option>`)}
          </select>
        </label>
        <label>${w.t('workshop.playSeed')}
          <input id="ws-seed" type="number" min="0" max="999999999" .value=${String(st.play.seed)} ?disabled=${!v}
            @change=${(e: Event) => {
              st.play.seed = Math.max(0, Math.min(999_999_999, Math.round(Number((e.target as HTMLInputElement).value)) || 0));
            }} />
        </label>
      </div>
      <button type="button" class="primary" id="ws-play" ?disabled=${!v} aria-describedby=${v ? nothing : 'ws-play-blocked'} @click=${() => void playTest()}>
        ${w.t('workshop.playStart')}
      </button>
      ${v ? nothing : html`<p class="hint" id="ws-play-blocked">${w.t('workshop.playBlocked')}</p>`}
    </section>`;
  };

  const balanceBox = () => {
    const b = st.balance;
    const v = st.valid;
    return html`<section class="ws-box" aria-labelledby="ws-balance-title">
      <h2 id="ws-balance-title">${w.t('workshop.balance')}</h2>
      <p class="hint">${w.t('workshop.balanceLead')}</p>
      <div class="ws-fields">
        <label>${w.t('workshop.balanceGames')}
          <input id="ws-games" type="number" min="1" max="100" .value=${String(st.games)} @change=${(e: Event) => {
            st.games = Number((e.target as HTMLInputElement).value) || 1;
          }} />
        </label>
      </div>
      <button type="button" id="ws-balance" ?disabled=${!v || b.running} @click=${() => void runBalance()}>${w.t('workshop.balanceRun')}</button>
      <div role="status" class="ws-balance-status">
        ${b.running ? w.t('workshop.balanceRunning', { done: b.done, total: b.total }) : nothing}
        ${b.error ? w.t('workshop.balanceFailed', { reason: b.error }) : nothing}
        ${b.report !== null ? w.t('workshop.balanceDone', { games: b.total }) : nothing}
      </div>
      ${b.report !== null ? html`<pre class="ws-report" id="ws-report" tabindex="0">${b.report}</pre>` : nothing}
    </section>`;
  };

  const onDrop = (e: DragEvent): void => {
    const file = e.dataTransfer?.files?.[0];
    st.dragging = false;
    if (!file) {
      draw();
      return;
    }
    // Captured before the editor's own drop (which would paste the file's text where it fell).
    e.preventDefault();
    e.stopPropagation();
    void openFile(file);
  };
  const onDragOver = (e: DragEvent): void => {
    if (![...(e.dataTransfer?.types ?? [])].includes('Files')) return;
    e.preventDefault();
    if (!st.dragging) {
      st.dragging = true;
      draw();
    }
  };

  const view = () => {
    return html`<div class="ws-bar">
      <a href="./index.html">${w.t('workshop.backToGame')}</a>
    </div>
    <main class="ws-main">
      <h1>${w.t('workshop.title')}</h1>
      <p class="lead">${w.t('workshop.lead')}</p>
      <section class="ws-start" aria-labelledby="ws-start-title">
        <h2 id="ws-start-title">${w.t('workshop.start')}</h2>
        <div class="ws-fields">
          <button type="button" id="ws-open" @click=${() => root.querySelector<HTMLInputElement>('#ws-file')?.click()}>${w.t('workshop.open')}</button>
          <input id="ws-file" class="sr-only" type="file" accept=".yaml,.yml,text/yaml,application/yaml" tabindex="-1" aria-hidden="true"
            @change=${(e: Event) => {
              const input = e.target as HTMLInputElement;
              const f = input.files?.[0];
              input.value = '';
              if (f) void openFile(f);
            }} />
          <button type="button" id="ws-template" @click=${() => void fromSource(d.template, 'my-scenario')}>${w.t('workshop.template')}</button>
          <label>${w.t('workshop.copyOf')}
            <select id="ws-shipped">
              ${d.shipped.map((s) => html`<option value=${s.id}>${w.text(s.title)}</option>`)}
            </select>
          </label>
          <button type="button" id="ws-copy" @click=${() => {
            const id = root.querySelector<HTMLSelectElement>('#ws-shipped')?.value;
            const s = d.shipped.find((x) => x.id === id);
            if (s) void fromSource(s.load, w.t('workshop.copyOfName', { name: w.text(s.title) }));
          }}>${w.t('workshop.copy')}</button>
        </div>
        <p class="hint">${w.t('workshop.openHint')}</p>
      </section>
      <p role="status" class="ws-status" id="ws-status">${st.status}</p>
      <div class="ws-grid">
        <section class="ws-edit${st.dragging ? ' dragging' : ''}" aria-labelledby="ws-editor-title"
          @dragover=${onDragOver} @dragleave=${() => {
            st.dragging = false;
            draw();
          }}>
          <div class="ws-edit-head">
            <h2 id="ws-editor-title">${w.t('workshop.editor')}${st.current ? html`: <span class="ws-name">${st.current.name}</span>` : nothing}</h2>
            <button type="button" id="ws-definition" @click=${() => editor?.goToDefinition()}>${w.t('workshop.goToDefinition')}</button>
            <button type="button" id="ws-download" ?disabled=${!st.current}
              @click=${() => editor && downloadText(fileNameOf(editor.text()), editor.text(), 'application/yaml')}>${w.t('workshop.download')}</button>
          </div>
          <p class="hint" id="ws-editor-hint">${w.t('workshop.editorHint')}</p>
          ${st.dragging ? html`<p class="ws-drop">${w.t('workshop.dropHere')}</p>` : nothing}
          <div id="ws-editor" class="ws-editor"></div>
        </section>
        <aside class="ws-side" aria-labelledby="ws-problems-title">
          <h2 id="ws-problems-title">${st.problems === null ? w.t('workshop.checking') : heading(st.problems)}</h2>
          ${problemsList()}
        </aside>
      </div>
      <div class="ws-grid2">
        ${playForm()}
        ${balanceBox()}
      </div>
      <section class="ws-box" aria-labelledby="ws-works-title">
        <h2 id="ws-works-title">${w.t('workshop.works')}</h2>
        ${worksList()}
      </section>
    </main>`;
  };
  const draw = (): void => {
    render(view(), root);
  };

  await refreshList();
  const first = st.works.find((x) => x.id === d.open) ?? st.works[0];
  draw();
  const host = root.querySelector<HTMLElement>('#ws-editor') as HTMLElement;
  // The drop is taken on the editor's section in the capture phase, before CodeMirror sees it.
  root.querySelector('.ws-edit')?.addEventListener('drop', onDrop as EventListener, true);
  editor = mountEditor(host, first?.text ?? '', {
    label: w.t('workshop.editor'),
    replaceWith: (word) => w.t('workshop.replaceWith', { word }),
    check: (text) => check(text).then((r) => r.problems.map((p) => ({ ...p, message: worded(p) }))),
    onChecked: async (text, problems) => {
      const r = await check(text);
      st.problems = problems;
      st.valid = r.valid ?? null;
      fitPlay(st.valid);
      draw();
      void save(text, r);
    },
    schema: d.schema,
    onDefinition,
  });
  if (first) openWork(first);
  else await fromSource(d.template, 'my-scenario');
}
