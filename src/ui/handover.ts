import { html, nothing } from 'lit-html';
import type { StoreApi } from 'zustand/vanilla';
import type { Words } from '../present/words';
import { turnDate } from '../sim';
import type { GameStore } from '../state/createGameStore';
import { type Mount, type MountOptions, mountView } from './view';
import { humanToMove, modeOf, setViewer } from './viewer';

/** Hot-seat: the human side the device must pass to before the game goes on, if any. */
export function handoverTo(s: GameStore): string | null {
  const sc = s.entry?.scenario;
  if (!s.game || !sc || !s.choice || modeOf(s) !== 'hotseat' || s.ui.screen !== 'game' || s.replay) return null;
  const next = humanToMove(s.game, sc);
  return next === undefined || next === s.choice.side ? null : next;
}

function handoverView(s: GameStore, w: Words, m: Mount) {
  const next = handoverTo(s);
  const { game, entry, choice } = s;
  const body =
    next && game && entry && choice
      ? (() => {
          const name = w.actor(next);
          const d = turnDate(entry.scenario, game.turn);
          const take = (): void => {
            (m.root.querySelector('dialog') as HTMLDialogElement).close();
            setViewer(m.store, next);
            // The new player starts from the top of their own turn.
            (document.getElementById(m.id('report-close')) ?? document.getElementById(m.id('end-turn')))?.focus();
          };
          return html`<div class="handover-inner">
            <h2 id=${m.id('handover-title')}>${w.t('handover.title', { actor: name })}</h2>
            <p class="look-away">${w.t('handover.lookAway', { other: w.actor(choice.side) })}</p>
            <p id=${m.id('handover-lead')} class="lead">${w.t('handover.lead', { actor: name, date: w.quarter(d.year, d.quarter) })}</p>
            <button type="button" class="primary big" id=${m.id('handover-continue')} @click=${take}>${w.t('handover.show', { actor: name })}</button>
          </div>`;
        })()
      : nothing;
  // Escape must not lift the cover: only the next player's button does.
  return html`<dialog class="handover" id=${m.id('handover')} aria-labelledby=${m.id('handover-title')} aria-describedby=${m.id('handover-lead')}
    @cancel=${(e: Event) => e.preventDefault()}>${body}</dialog>`;
}

/**
 * Hot-seat: when the move passes from one person's side to the other's, an opaque screen
 * covers everything ("Pass the device to Bolivia. United States: look away.") until the
 * next player says who they are. Only then does the interface switch to that side's
 * budget, actions, offers and drafts, so neither side sees the other's.
 */
export function mountHandover(root: HTMLElement, store: StoreApi<GameStore>, options: MountOptions = {}): () => void {
  const unmount = mountView(root, store, (s) => [s.game, s.entry, s.choice, s.ui.screen], handoverView, options);
  const dialog = root.querySelector('dialog') as HTMLDialogElement;
  let shownFor: string | null = null;
  // The other dialogs open when the cover was last raised: one opened since (the turn report,
  // when the quarter resolves in a later change than the one that passed the move) would sit above it.
  let below = new Set<Element>();
  const others = (): Element[] => [...document.querySelectorAll('dialog[open]')].filter((d) => d !== dialog);
  // A modal opens only from script: follow the store after each render.
  const sync = (): void => {
    const next = handoverTo(store.getState());
    if (next === null) {
      shownFor = null;
      if (dialog.open) dialog.close();
      return;
    }
    if (shownFor === next && dialog.open && others().every((d) => below.has(d))) return;
    shownFor = next;
    // Above any other dialog (the turn report opens in the same change): reopen last.
    if (dialog.open) dialog.close();
    dialog.showModal();
    below = new Set(others());
    dialog.querySelector<HTMLElement>('.handover-inner button')?.focus();
  };
  sync();
  const off = store.subscribe(sync);
  return () => {
    off();
    unmount();
  };
}
