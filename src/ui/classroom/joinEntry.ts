import { html } from 'lit-html';
import type { StoreApi } from 'zustand/vanilla';
import type { Words } from '../../present/words';
import type { GameStore } from '../../state/createGameStore';
import type { Mount } from '../view';

/**
 * The start screen's way into class play. Only this much is in the first script: the form, the
 * protocol and Colyseus' client load when "Join a class" is pressed (a chunk of their own).
 */
export function classJoinEntry(store: StoreApi<GameStore>) {
  let open = false;
  let unmount: (() => void) | null = null;
  const close = (m: Mount): void => {
    unmount?.();
    unmount = null;
    open = false;
    m.refresh();
    requestAnimationFrame(() => document.getElementById(m.id('class-join-open'))?.focus());
  };
  const start = (m: Mount): void => {
    open = true;
    m.refresh();
    void import('./joinClass').then((x) => {
      const host = document.getElementById(m.id('class-join-host'));
      if (!open || !host || unmount) return;
      unmount = x.mountJoinClass(host, store, () => close(m));
      host.querySelector<HTMLInputElement>('input')?.focus();
    });
  };
  return {
    isOpen: () => open,
    button: (w: Words, m: Mount) =>
      html`<button type="button" id=${m.id('class-join-open')} @click=${() => start(m)}>${w.t('classroom.join.open')}</button>`,
    host: (m: Mount) => html`<div class="class-join-host" id=${m.id('class-join-host')}></div>`,
  };
}
