import type { StoreApi } from 'zustand/vanilla';
import type { GameStore } from '../../state/createGameStore';
import type { MountOptions } from '../view';

/** The id `part` gets in a mount with these options (as the view's `m.id` gives it). */
export function mountId(options: MountOptions, part: string): string {
  return options.scope ? `${options.scope}-${part}` : part;
}

export type ModalSpec = {
  /** The (mount-scoped) id of the <dialog> element the view renders. */
  dialogId: string;
  /** Whether the store says the dialog is open. */
  isOpen(s: GameStore): boolean;
  /** The id of the element that takes focus when the dialog opens. */
  focusOnOpen(s: GameStore): string;
  /** Where focus goes on closing when the element that opened the dialog is gone. */
  fallbackFocus: string;
};

/**
 * Keeps a modal <dialog> rendered by a lit view in step with the store's `ui.dialog`: it opens
 * (modal, focus moved in) when the store opens it, closes when the store closes it, and a close
 * by the browser (Escape) closes it in the store too. Focus goes back to what opened it.
 * Subscribe after the view's mount, so the view has rendered the change first.
 */
export function followModal(host: HTMLElement, store: StoreApi<GameStore>, spec: ModalSpec): () => void {
  let opener: HTMLElement | null = null;
  const byId = (id: string): HTMLElement | null => host.ownerDocument.getElementById(id);
  const dialog = (): HTMLDialogElement | null => {
    const el = byId(spec.dialogId);
    return el instanceof HTMLDialogElement && host.contains(el) ? el : null;
  };
  const sync = (): void => {
    const el = dialog();
    if (!el) return;
    const s = store.getState();
    const want = spec.isOpen(s);
    if (want && !el.open) {
      const active = host.ownerDocument.activeElement;
      opener = active instanceof HTMLElement && !el.contains(active) ? active : null;
      el.showModal();
      // The dialog's title (focusable, tabindex -1) when the element asked for is not there.
      (byId(spec.focusOnOpen(s)) ?? el.querySelector<HTMLElement>('[tabindex="-1"]'))?.focus();
    } else if (!want && el.open) el.close();
  };
  const onClose = (e: Event): void => {
    if (e.target !== dialog()) return;
    if (spec.isOpen(store.getState())) store.getState().closeDialog();
    const back = opener?.isConnected ? opener : byId(spec.fallbackFocus);
    opener = null;
    back?.focus();
  };
  // `close` does not bubble: listen in the capture phase.
  host.addEventListener('close', onClose, true);
  sync();
  const off = store.subscribe(sync);
  return () => {
    off();
    host.removeEventListener('close', onClose, true);
  };
}
