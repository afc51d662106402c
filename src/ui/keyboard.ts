import type { StoreApi } from 'zustand/vanilla';
import type { GameStore } from '../state/createGameStore';

/** The End turn shortcut: a plain key, shown on the button and declared to assistive technology (`aria-keyshortcuts`). */
export const END_TURN_KEY = 'E';

/** True when a key press belongs to what has focus: typing in a field, choosing in a list, or a dialog over the game. */
function typingOrInDialog(target: EventTarget | null): boolean {
  if (document.querySelector('dialog[open]')) return true;
  if (!(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], [role="textbox"]')) return true;
  return false;
}

function visible(el: HTMLElement): boolean {
  return el.isConnected && el.getClientRects().length > 0 && !el.closest('[hidden], [inert]');
}

function usable(el: HTMLElement | null): el is HTMLElement {
  return !!el && visible(el) && !(el as HTMLButtonElement).disabled;
}

export type KeyboardTargets = {
  /** The End turn button (the shortcut presses it, so it does exactly what a click does, and nothing when it is disabled). */
  endTurn: () => HTMLButtonElement | null;
  /** Where focus goes, in order, when the element holding it disappears: the first that is shown and enabled. */
  fallbacks: () => readonly (HTMLElement | null)[];
};

/**
 * The game's keyboard, in one place:
 * - `E` ends the turn (no modifier; ignored while typing in a field, while a dialog is open, and
 *   off the game screen), by pressing the End turn button;
 * - focus is never lost: when the element that held it goes away (an event answered, an action
 *   taken, a dialog closed on a button that is gone or disabled), focus moves to the first
 *   usable fallback (the next event, End turn, the actions) instead of falling to the page.
 */
export function mountKeyboard(store: StoreApi<GameStore>, targets: KeyboardTargets): () => void {
  const onKey = (e: KeyboardEvent): void => {
    if (e.defaultPrevented || e.repeat || e.ctrlKey || e.altKey || e.metaKey) return;
    if (e.key.toUpperCase() !== END_TURN_KEY) return;
    if (store.getState().ui.screen !== 'game' || typingOrInDialog(e.target)) return;
    const button = targets.endTurn();
    if (!usable(button)) return;
    e.preventDefault();
    button.click();
  };

  // The element that last held focus, to tell "focus was lost" from "the player clicked the page".
  let last: HTMLElement | null = null;
  const onFocusIn = (e: FocusEvent): void => {
    if (e.target instanceof HTMLElement) last = e.target;
  };
  let queued = false;
  const rescue = (): void => {
    queued = false;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    if (!last || usable(last)) return;
    if (document.querySelector('dialog[open]') || store.getState().ui.screen !== 'game') return;
    const next = targets.fallbacks().find(usable);
    next?.focus();
  };
  // Views re-render on store changes: look once they have (a frame later, after lit and the dialogs' own focus moves).
  const off = store.subscribe(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(rescue);
  });
  document.addEventListener('keydown', onKey);
  document.addEventListener('focusin', onFocusIn);
  return () => {
    off();
    document.removeEventListener('keydown', onKey);
    document.removeEventListener('focusin', onFocusIn);
  };
}
