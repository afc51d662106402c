import { render, type TemplateResult } from 'lit-html';
import type { StoreApi } from 'zustand/vanilla';
import { type Words, wordsOf } from '../present/words';
import type { GameStore } from '../state/createGameStore';

/**
 * Where a view is mounted. Element ids are scoped to the mount (`id('builder-send')`), so the
 * same panel can be mounted twice on one page (a teacher's console showing several boards):
 * the main board mounts with no scope and keeps plain ids; a second mount with scope `b2`
 * gets `b2-builder-send`.
 */
export type Mount = {
  readonly root: HTMLElement;
  readonly store: StoreApi<GameStore>;
  readonly scope: string;
  /** An id unique to this mount. */
  id(part: string): string;
  /** Re-renders now (for state a view keeps itself, e.g. which cards are open). */
  refresh(): void;
};

export type MountOptions = { scope?: string };

/** The parts of the store a view depends on: it re-renders only when one of them changes (by identity). */
export type Watch = (s: GameStore) => readonly unknown[];

/** A stable, id-safe fragment from any string. */
export function idPart(s: string): string {
  return s.replace(/[^A-Za-z0-9_-]/g, '_');
}

/**
 * Mounts a lit-html view: renders `view` into `root` now and whenever what `watch` picks from
 * the store changes (the store's language and reading level always count: a change of either
 * re-words every view). lit-html keeps the DOM nodes between renders, so focus, scroll and sliders survive, and
 * it escapes every value as text: scenario text can never become markup. Returns the unmount.
 */
export function mountView(
  root: HTMLElement,
  store: StoreApi<GameStore>,
  watch: Watch,
  view: (s: GameStore, w: Words, m: Mount) => TemplateResult | typeof import('lit-html').nothing,
  options: MountOptions = {},
): () => void {
  const scope = options.scope ?? '';
  const m: Mount = {
    root,
    store,
    scope,
    id: (part) => (scope ? `${scope}-${part}` : part),
    refresh: () => draw(),
  };
  const draw = (): void => {
    const s = store.getState();
    render(view(s, wordsOf(s), m), root);
  };
  let last: readonly unknown[] = [];
  const changed = (s: GameStore): boolean => {
    const next = [s.lang, s.reading, ...watch(s)];
    const diff = next.length !== last.length || next.some((x, i) => x !== last[i]);
    last = next;
    return diff;
  };
  changed(store.getState());
  draw();
  const off = store.subscribe((s) => {
    if (changed(s)) draw();
  });
  return () => {
    off();
    render(null, root);
  };
}
