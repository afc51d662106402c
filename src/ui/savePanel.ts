import { html, nothing } from 'lit-html';
import type { StoreApi } from 'zustand/vanilla';
import type { Words } from '../present/words';
import { gameTurn, type Said, said } from '../sim';
import type { GameStore } from '../state/createGameStore';
import { recordOfSave } from '../state/replayStore';
import type { loadSaveText } from '../state/saveFile';
import { scenarioForSave } from '../state/saveScenario';
import { downloadText } from './download';
import { branchedFromLine } from './replay/branchedFrom';
import { openReplay, replayThisGame } from './replay/openReplay';
import { type Mount, type MountOptions, mountView } from './view';

/** The panel's status line is the store's notice: every copy of the panel, and any other view, shows the same. */
function tell(store: StoreApi<GameStore>, s: Said, refused = false): void {
  store.getState().setUi({ notice: { said: s, level: refused ? 'warning' : 'info' } });
}

const refusedBecause = (reason: Said): Said => said('saves.refused', { reason: { said: [reason] } });

// Save files (their schemas and replay) load when first used: the start screen's script does not carry them.
const saveFiles = () => import('../state/saveFile');

async function exportSave(store: StoreApi<GameStore>): Promise<void> {
  const { saveGame, saveFileName } = await saveFiles();
  const { entry, choice, game, log } = store.getState();
  const save = entry && choice && game ? saveGame(entry, choice, game, log, new Date().toISOString()) : null;
  if (!save) {
    tell(store, said('saves.noGame'), true);
    return;
  }
  const name = saveFileName(save);
  downloadText(name, JSON.stringify(save, null, 1), 'application/json');
  tell(store, said('saves.exported', { name }));
}

type Loaded = Extract<ReturnType<typeof loadSaveText>, { ok: true }>;

/** A game that importing would end: one under way and not over (its moves would be lost unless exported). */
function inProgress(s: GameStore): boolean {
  return !!s.game && !s.game.over && !!s.entry;
}

function putInPlace(store: StoreApi<GameStore>, r: Loaded): void {
  store.getState().restore(r.choice, r.game, r.log);
  tell(
    store,
    said(r.older ? 'saves.importedOlder' : 'saves.imported', {
      scenario: r.entry.scenario.title,
      turn: gameTurn(r.game.setup, r.game.turn),
    }),
  );
}

/** Reads and verifies a save file: the verified save, or why it was refused. */
async function readVerified(store: StoreApi<GameStore>, file: File): Promise<Loaded | Said> {
  const { loadSaveText, MAX_SAVE_BYTES } = await saveFiles();
  const text = file.size > MAX_SAVE_BYTES ? null : await file.text().catch(() => undefined);
  const unloadable = typeof text === 'string' ? await scenarioForSave(store, text) : null;
  if (unloadable) return unloadable;
  const r = typeof text === 'string' ? loadSaveText(text, store.getState().scenarios) : null;
  if (r?.ok) return r;
  return text === null
    ? said('saves.error.tooLarge', { max: Math.round(MAX_SAVE_BYTES / 1_000_000) })
    : r
      ? said(`saves.error.${r.code}`, r.params)
      : said('saves.readFailed');
}

/** Reads and verifies a save file; a verified one is put in place, or handed to `ask` when a game in progress would end. */
async function importSave(store: StoreApi<GameStore>, file: File, ask: (r: Loaded) => void): Promise<void> {
  const r = await readVerified(store, file);
  if (!('ok' in r)) {
    tell(store, refusedBecause(r), true);
    return;
  }
  if (inProgress(store.getState())) ask(r);
  else putInPlace(store, r);
}

/** Reads and verifies a save file and shows its replay; the game held stays as it is, for Exit. */
async function replaySave(store: StoreApi<GameStore>, file: File): Promise<void> {
  const r = await readVerified(store, file);
  if (!('ok' in r)) {
    tell(store, said('replay.refused', { reason: { said: [r] } }), true);
    return;
  }
  openReplay(store, recordOfSave(r, file.name));
}

/** The question before an import ends the game in progress: keep playing (the default, and Escape) or replace it. */
function confirmView(s: GameStore, w: Words, m: Mount, r: Loaded | null, answer: (replace: boolean) => void) {
  const current =
    s.entry && s.game ? { current: w.text(s.entry.scenario.title), turn: gameTurn(s.game.setup, s.game.turn) } : { current: '', turn: 0 };
  const cancel = (e: Event): void => {
    e.preventDefault();
    answer(false);
  };
  return html`<dialog class="import-confirm" id=${m.id('import-confirm')} aria-labelledby=${m.id('import-confirm-title')}
    aria-describedby=${m.id('import-confirm-lead')} @cancel=${cancel}>
    ${
      r
        ? html`<h2 id=${m.id('import-confirm-title')}>${w.t('screen.importTitle')}</h2>
          <p id=${m.id('import-confirm-lead')}>${w.t('screen.importLead', { ...current, scenario: w.text(r.entry.scenario.title), savedTurn: gameTurn(r.game.setup, r.game.turn) })}</p>
          <div class="buttons">
            <button type="button" class="primary" id=${m.id('import-cancel')} @click=${() => answer(false)}>${w.t('screen.importCancel')}</button>
            <button type="button" id=${m.id('import-replace')} @click=${() => answer(true)}>${w.t('screen.importConfirm')}</button>
          </div>`
        : nothing
    }
  </dialog>`;
}

/**
 * Export and import of save files. Export downloads `altiplano-<scenario>-<date>.json`;
 * import replays and verifies the file before anything changes, and a refused file
 * leaves the game in progress untouched, with the reason shown.
 */
export function mountSavePanel(root: HTMLElement, store: StoreApi<GameStore>, options: MountOptions = {}): () => void {
  // A verified save waiting for the player's answer (importing over a game in progress), if any.
  let asking: Loaded | null = null;
  let mount: Mount | null = null;
  const dialog = (): HTMLDialogElement | null => root.querySelector('dialog.import-confirm');
  const ask = (r: Loaded): void => {
    asking = r;
    mount?.refresh();
    // The question shows where the panel is: open the menu it sits in, if it was closed meanwhile.
    const details = root.closest('details');
    if (details) details.open = true;
    const d = dialog();
    if (d && !d.open) d.showModal();
    d?.querySelector<HTMLElement>('.buttons .primary')?.focus();
  };
  const answer = (replace: boolean): void => {
    const r = asking;
    asking = null;
    dialog()?.close();
    mount?.refresh();
    if (!r) return;
    if (replace) putInPlace(store, r);
    else tell(store, said('screen.importCancelled'));
    // Back to the file picker the question came from (still there when the game goes on).
    root.querySelector<HTMLElement>('input.save-import')?.focus();
  };
  const unmount = mountView(
    root,
    store,
    (s) => [s.ui.notice, s.game, s.choice, s.replay],
    (s, w, m) => {
      mount = m;
      const notice = s.ui.notice;
      const picked = (e: Event): void => {
        const input = e.target as HTMLInputElement;
        const file = input.files?.[0];
        if (file) void importSave(m.store, file, ask);
        input.value = '';
      };
      const pickedReplay = (e: Event): void => {
        const input = e.target as HTMLInputElement;
        const file = input.files?.[0];
        if (file) void replaySave(m.store, file);
        input.value = '';
      };
      const branched = s.replay ? '' : branchedFromLine(w, s.choice?.branchedFrom);
      return html`<section class="save-panel" aria-labelledby=${m.id('save-panel-title')}>
        <h2 id=${m.id('save-panel-title')}>${w.t('saves.title')}</h2>
        <p class="help">${w.t('saves.help')}</p>
        <button type="button" class="save-export" @click=${() => void exportSave(m.store)}>${w.t('saves.export')}</button>
        <label for=${m.id('save-import')} class="save-import-label">${w.t('saves.importLabel')}</label>
        <input type="file" id=${m.id('save-import')} accept=".json,application/json" class="save-import" @change=${picked} />
        ${branched && s.game ? html`<p class="save-branched">${branched}</p>` : nothing}
        <button type="button" class="save-replay" id=${m.id('save-replay')} ?disabled=${!s.game || !!s.replay}
          @click=${() => void replayThisGame(m.store)}>${w.t('replay.open')}</button>
        <label for=${m.id('save-replay-file')} class="save-replay-label">${w.t('replay.openFile')}</label>
        <input type="file" id=${m.id('save-replay-file')} accept=".json,application/json" class="save-replay-file" @change=${pickedReplay} />
        <p class="save-status${notice?.level === 'warning' ? ' error' : ''}" role="status" aria-live="polite" data-testid="save-status">
          ${notice ? w.say(notice.said) : ''}
        </p>
        ${confirmView(s, w, m, asking, answer)}
      </section>`;
    },
    options,
  );
  // A warning from outside (an autosave set aside) must be seen: open the menu the panel sits in.
  const reveal = (notice: GameStore['ui']['notice']): void => {
    const details = root.closest('details');
    if (notice?.level === 'warning' && details) details.open = true;
  };
  reveal(store.getState().ui.notice);
  const off = store.subscribe((s, p) => {
    if (s.ui.notice !== p.ui.notice) reveal(s.ui.notice);
  });
  return () => {
    off();
    unmount();
  };
}
