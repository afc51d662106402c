import { html } from 'lit-html';
import type { StoreApi } from 'zustand/vanilla';
import type { GameStore } from '../state/createGameStore';
import { type MountOptions, mountView } from './view';

/** A refusal from the sim, said plainly, until dismissed or the next successful move. */
export function mountErrorBanner(root: HTMLElement, store: StoreApi<GameStore>, options: MountOptions = {}): () => void {
  // The alert region stays in the page, so assistive technology announces each refusal put in it.
  root.setAttribute('role', 'alert');
  return mountView(
    root,
    store,
    (s) => [s.error],
    (s, w) =>
      html`<div class="error-box" ?hidden=${!s.error}>
        <span>${s.error ? w.t('error.refused', { message: w.refusal(s.error) }) : ''}</span>
        <button type="button" class="small" @click=${() => s.clearError()}>${w.t('error.dismiss')}</button>
      </div>`,
    options,
  );
}
