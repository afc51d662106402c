import type { StoreApi } from 'zustand/vanilla';
import { t } from '../i18n/messages';
import { wordsOf } from '../present/words';
import { textOf } from '../sim';
import type { GameStore } from '../state/createGameStore';
import { loadSaveText, MAX_SAVE_BYTES, saveFileName, saveGame } from '../state/saveFile';
import { h } from './dom';

/**
 * Export and import of save files. Export downloads `altiplano-<scenario>-<date>.json`;
 * import replays and verifies the file before anything changes, and a refused file
 * leaves the game in progress untouched, with the reason shown.
 */
let mounts = 0;

export function mountSavePanel(root: HTMLElement, store: StoreApi<GameStore>): () => void {
  // Unique ids, so the panel can be mounted in more than one place (the menu, the start screen).
  const n = mounts++;
  const ids = { title: n ? `save-panel-title-${n}` : 'save-panel-title', input: n ? `save-import-${n}` : 'save-import' };
  const status = h('p', { class: 'save-status', role: 'status', 'aria-live': 'polite', 'data-testid': 'save-status' });
  const say = (text: string, refused = false): void => {
    status.textContent = text;
    status.classList.toggle('error', refused);
  };
  // A notice from outside (an autosave set aside) must be seen: open the menu the panel sits in.
  // (The notice stays in the store, so every mounted panel, and any other view, can show it.)
  const reveal = (): void => {
    const details = root.closest('details');
    if (details) details.open = true;
  };

  const exportButton = h('button', { type: 'button', class: 'save-export', onclick: () => exportSave() }, [t('saves.export')]);
  const fileInput = h('input', { type: 'file', id: ids.input, accept: '.json,application/json', class: 'save-import' });
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (file) void importSave(file);
    fileInput.value = '';
  });

  function exportSave(): void {
    const { entry, choice, game, log } = store.getState();
    const save = entry && choice && game ? saveGame(entry, choice, game, log, new Date().toISOString()) : null;
    if (!save) {
      say(t('saves.noGame'), true);
      return;
    }
    const name = saveFileName(save);
    const url = URL.createObjectURL(new Blob([JSON.stringify(save, null, 1)], { type: 'application/json' }));
    const a = h('a', { href: url, download: name, hidden: true });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    say(t('saves.exported', { name }));
  }

  async function importSave(file: File): Promise<void> {
    if (file.size > MAX_SAVE_BYTES) {
      say(t('saves.refused', { reason: t('saves.error.tooLarge', { max: Math.round(MAX_SAVE_BYTES / 1_000_000) }) }), true);
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      say(t('saves.refused', { reason: t('saves.readFailed') }), true);
      return;
    }
    const r = loadSaveText(text, store.getState().scenarios);
    if (!r.ok) {
      say(t('saves.refused', { reason: r.message }), true);
      return;
    }
    store.getState().restore(r.choice, r.game, r.log);
    say(t('saves.imported', { scenario: textOf(r.entry.scenario.title), turn: r.game.turn }));
  }

  const panel = h('section', { class: 'save-panel', 'aria-labelledby': ids.title }, [
    h('h2', { id: ids.title }, [t('saves.title')]),
    h('p', { class: 'help' }, [t('saves.help')]),
    exportButton,
    h('label', { for: ids.input, class: 'save-import-label' }, [t('saves.importLabel')]),
    fileInput,
    status,
  ]);
  root.append(panel);

  const showNotice = (notice: GameStore['ui']['notice']): void => {
    if (!notice) return;
    say(wordsOf(store.getState()).say(notice.said), notice.level === 'warning');
    if (notice.level === 'warning') reveal();
  };
  showNotice(store.getState().ui.notice);
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.ui.notice !== prev.ui.notice) showNotice(s.ui.notice);
  });
  return () => {
    unsubscribe();
    panel.remove();
  };
}
