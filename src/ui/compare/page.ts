import { html, nothing, render } from 'lit-html';
import { type Words, words } from '../../present/words';
import { said } from '../../sim';
import {
  type EntryLoader,
  groupByScenario,
  mergeTeams,
  type RefusedFile,
  type TeamFile,
  type TeamGame,
  verifyTeamFiles,
} from '../../state/compare';
import { MAX_SAVE_BYTES } from '../../state/saveFile';
import { groupView } from './group';
import './compare.css';

/** `reading`: files handed over and not yet verified; `read`: how many of those are done. */
type PageState = { teams: TeamGame[]; refused: RefusedFile[]; reading: number; read: number; dragging: boolean };

function refusedView(w: Words, refused: readonly RefusedFile[]) {
  if (refused.length === 0) return nothing;
  return html`<section class="compare-refused" aria-labelledby="compare-refused-title">
    <h2 id="compare-refused-title">${w.t('compare.refusedTitle', { n: refused.length })}</h2>
    <ul>
      ${refused.map((r) => html`<li data-file=${r.file}>${w.t('compare.refusedLine', { file: r.file, reason: w.say(r.reason) })}</li>`)}
    </ul>
  </section>`;
}

function statusLine(w: Words, s: PageState): string {
  if (s.reading > 0) return w.t('compare.reading', { n: s.reading, done: s.read });
  if (s.teams.length === 0 && s.refused.length === 0) return w.t('compare.empty');
  return w.t('compare.status', { teams: s.teams.length, refused: s.refused.length });
}

/** Reads a dropped or picked file as text, or says why it could not be (too large is the save check's own reason). */
async function readFile(f: File): Promise<TeamFile | RefusedFile> {
  if (f.size > MAX_SAVE_BYTES) return { name: f.name, text: null };
  try {
    return { name: f.name, text: await f.text() };
  } catch {
    return { file: f.name, reason: said('saves.readFailed') };
  }
}

/**
 * The comparison page (compare.html): the teacher picks or drops every team's save file; each
 * is replayed and verified, the refused are listed with their reason, and the games of each
 * scenario are compared side by side. A file handed in again (same name) replaces the earlier.
 * Sets the document's title and language.
 */
export function mountComparePage(root: HTMLElement, lang: string, load: EntryLoader): void {
  const doc = root.ownerDocument;
  doc.body.classList.add('compare-page');
  const w0 = words(lang);
  doc.documentElement.lang = w0.lang;
  doc.title = w0.t('compare.pageTitle');
  const s: PageState = { teams: [], refused: [], reading: 0, read: 0, dragging: false };

  const add = async (list: readonly File[]): Promise<void> => {
    if (list.length === 0) return;
    s.reading += list.length;
    draw();
    const read = await Promise.all(list.map(readFile));
    const files = read.filter((x): x is TeamFile => 'name' in x);
    const unread = read.filter((x): x is RefusedFile => 'file' in x);
    // Each replay takes a moment (a tenth of a second to a second): the count moves between files.
    const r = await verifyTeamFiles(files, load, async () => {
      s.read++;
      draw();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    const refused = [...unread, ...r.refused];
    // The newest file of a name is the one that counts, verified or refused.
    s.teams = mergeTeams(
      s.teams.filter((t) => !refused.some((x) => x.file === t.file)),
      r.teams,
    );
    s.refused = mergeTeams(
      s.refused.filter((x) => !r.teams.some((t) => t.file === x.file)),
      refused,
    );
    s.reading -= list.length;
    s.read = s.reading > 0 ? s.read - files.length : 0;
    draw();
  };
  const picked = (e: Event): void => {
    const input = e.target as HTMLInputElement;
    void add([...(input.files ?? [])]);
    input.value = '';
  };
  const clear = (): void => {
    s.teams = [];
    s.refused = [];
    draw();
  };

  // The whole page takes dropped files, so a teacher need not aim at the drop zone.
  const over = (e: DragEvent): void => {
    if (!e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    if (!s.dragging) {
      s.dragging = true;
      draw();
    }
  };
  const leave = (e: DragEvent): void => {
    if (e.relatedTarget !== null) return;
    s.dragging = false;
    draw();
  };
  const drop = (e: DragEvent): void => {
    if (!e.dataTransfer) return;
    e.preventDefault();
    s.dragging = false;
    void add([...e.dataTransfer.files]);
  };
  doc.addEventListener('dragover', over);
  doc.addEventListener('dragleave', leave);
  doc.addEventListener('drop', drop);

  const draw = (): void => {
    const w = w0;
    const groups = groupByScenario(s.teams);
    render(
      html`<nav class="compare-bar no-print" aria-label=${w.t('compare.pageTitle')}>
          <a href="./" id="compare-back">${w.t('compare.back')}</a>
          <button type="button" id="compare-print" @click=${() => window.print()}>${w.t('compare.print')}</button>
          ${
            s.teams.length + s.refused.length > 0
              ? html`<button type="button" id="compare-clear" @click=${clear}>${w.t('compare.clear')}</button>`
              : nothing
          }
        </nav>
        <main class="compare" id="compare" aria-labelledby="compare-title">
          <h1 id="compare-title">${w.t('compare.pageTitle')}</h1>
          <p class="lead">${w.t('compare.lead')}</p>
          <div class="compare-drop no-print${s.dragging ? ' dragging' : ''}" id="compare-drop">
            <label for="compare-files">${w.t('compare.pick')}</label>
            <input type="file" id="compare-files" multiple accept=".json,application/json" @change=${picked} />
            <p class="hint">${s.dragging ? w.t('compare.dropActive') : w.t('compare.drop')}</p>
          </div>
          <p class="compare-status" role="status" aria-live="polite" data-testid="compare-status">${statusLine(w, s)}</p>
          ${refusedView(w, s.refused)}
          ${groups.length > 1 ? html`<p class="compare-scenarios" role="note">${w.t('compare.scenarios', { n: groups.length })}</p>` : nothing}
          ${groups.map((g, i) => groupView(words(lang, g.entry.scenario), g, i, groups.length))}
        </main>`,
      root,
    );
  };
  draw();
}
