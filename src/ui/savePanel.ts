import { html } from 'lit-html';
import type { StoreApi } from 'zustand/vanilla';
import { type Said, said } from '../sim';
import type { GameStore } from '../state/createGameStore';
import { loadSaveText, MAX_SAVE_BYTES, saveFileName, saveGame } from '../state/saveFile';
import { type MountOptions, mountView } from './view';

/** The panel's status line is the store's notice: every copy of the panel, and any other view, shows the same. */
function tell(store: StoreApi<GameStore>, s: Said, refused = false): void {
  store.getState().setUi({ notice: { said: s, level: refused ? 'warning' : 'info' } });
}

const refusedBecause = (reason: Said): Said => said('saves.refused', { reason: { said: [reason] } });

function exportSave(store: StoreApi<GameStore>): void {
  const { entry, choice, game, log } = store.getState();
  const save = entry && choice && game ? saveGame(entry, choice, game, log, new Date().toISOString()) : null;
  if (!save) {
    tell(store, said('saves.noGame'), true);
    return;
  }
  const name = saveFileName(save);
  const url = URL.createObjectURL(new Blob([JSON.stringify(save, null, 1)], { type: 'application/json' }));
  // A download is an anchor clicked from script; it never joins a view.
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  tell(store, said('saves.exported', { name }));
}

async function importSave(store: StoreApi<GameStore>, file: File): Promise<void> {
  const text = file.size > MAX_SAVE_BYTES ? null : await file.text().catch(() => undefined);
  const r = typeof text === 'string' ? loadSaveText(text, store.getState().scenarios) : null;
  if (!r?.ok) {
    const why =
      text === null
        ? said('saves.error.tooLarge', { max: Math.round(MAX_SAVE_BYTES / 1_000_000) })
        : r
          ? said(`saves.error.${r.code}`, r.params)
          : said('saves.readFailed');
    tell(store, refusedBecause(why), true);
    return;
  }
  store.getState().restore(r.choice, r.game, r.log);
  tell(store, said(r.older ? 'saves.importedOlder' : 'saves.imported', { scenario: r.entry.scenario.title, turn: r.game.turn }));
}

/**
 * Export and import of save files. Export downloads `altiplano-<scenario>-<date>.json`;
 * import replays and verifies the file before anything changes, and a refused file
 * leaves the game in progress untouched, with the reason shown.
 */
export function mountSavePanel(root: HTMLElement, store: StoreApi<GameStore>, options: MountOptions = {}): () => void {
  const unmount = mountView(
    root,
    store,
    (s) => [s.ui.notice],
    (s, w, m) => {
      const notice = s.ui.notice;
      const picked = (e: Event): void => {
        const input = e.target as HTMLInputElement;
        const file = input.files?.[0];
        if (file) void importSave(m.store, file);
        input.value = '';
      };
      return html`<section class="save-panel" aria-labelledby=${m.id('save-panel-title')}>
        <h2 id=${m.id('save-panel-title')}>${w.t('saves.title')}</h2>
        <p class="help">${w.t('saves.help')}</p>
        <button type="button" class="save-export" @click=${() => exportSave(m.store)}>${w.t('saves.export')}</button>
        <label for=${m.id('save-import')} class="save-import-label">${w.t('saves.importLabel')}</label>
        <input type="file" id=${m.id('save-import')} accept=".json,application/json" class="save-import" @change=${picked} />
        <p class="save-status${notice?.level === 'warning' ? ' error' : ''}" role="status" aria-live="polite" data-testid="save-status">
          ${notice ? w.say(notice.said) : ''}
        </p>
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
