import type { StoreApi } from 'zustand/vanilla';
import { t } from '../i18n/messages';
import type { GameStore } from '../state/createGameStore';
import { h } from './dom';
import { refusalText } from './refusalText';

/** A refusal from the sim, said plainly, until dismissed or the next successful move. */
export function mountErrorBanner(root: HTMLElement, store: StoreApi<GameStore>): () => void {
  const text = h('span', {});
  const box = h('div', { class: 'error-box' }, [
    text,
    h('button', { type: 'button', class: 'small', onclick: () => store.getState().clearError() }, [t('error.dismiss')]),
  ]);
  root.setAttribute('role', 'alert');
  root.append(box);
  const render = (): void => {
    const err = store.getState().error;
    box.hidden = !err;
    text.textContent = err ? t('error.refused', { message: refusalText(err) }) : '';
  };
  render();
  return store.subscribe((s, p) => {
    if (s.error !== p.error) render();
  });
}
