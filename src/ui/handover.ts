import type { StoreApi } from 'zustand/vanilla';
import { t } from '../i18n/messages';
import { turnDate } from '../sim';
import type { GameStore } from '../state/createGameStore';
import { h, renderInto } from './dom';
import { actorName } from '../present/names';
import { humanToMove, modeOf, setViewer } from './viewer';

/**
 * Hot-seat: when the move passes from one person's side to the other's, an opaque screen
 * covers everything ("Pass the device to Bolivia. United States: look away.") until the
 * next player says who they are. Only then does the interface switch to that side's
 * budget, actions, offers and drafts, so neither side sees the other's.
 */
export function mountHandover(root: HTMLElement, store: StoreApi<GameStore>): () => void {
  const dialog = h('dialog', {
    class: 'handover',
    id: 'handover',
    'aria-labelledby': 'handover-title',
    'aria-describedby': 'handover-lead',
  });
  root.append(dialog);
  // Escape must not lift the cover: only the next player's button does.
  dialog.addEventListener('cancel', (e) => e.preventDefault());
  let waitingFor: string | null = null;

  const show = (next: string): void => {
    const { game, entry, choice } = store.getState();
    if (!game || !entry || !choice) return;
    const sc = entry.scenario;
    waitingFor = next;
    const name = actorName(sc, next);
    renderInto(dialog, [
      h('div', { class: 'handover-inner' }, [
        h('h2', { id: 'handover-title' }, [t('handover.title', { actor: name })]),
        h('p', { class: 'look-away' }, [t('handover.lookAway', { other: actorName(sc, choice.side) })]),
        h('p', { id: 'handover-lead', class: 'lead' }, [t('handover.lead', { actor: name, date: turnDate(sc, game.turn).label })]),
        h(
          'button',
          {
            type: 'button',
            class: 'primary big',
            id: 'handover-continue',
            onclick: () => {
              waitingFor = null;
              dialog.close();
              setViewer(store, next);
              // The new player starts from the top of their own turn.
              (document.getElementById('report-close') ?? document.getElementById('end-turn'))?.focus();
            },
          },
          [t('handover.show', { actor: name })],
        ),
      ]),
    ]);
    // Above any other dialog (the turn report opens in the same change): reopen last.
    if (dialog.open) dialog.close();
    dialog.showModal();
    document.getElementById('handover-continue')?.focus();
  };

  const check = (): void => {
    const s = store.getState();
    const sc = s.entry?.scenario;
    if (!s.game || !sc || !s.choice || modeOf(s) !== 'hotseat' || s.ui.screen !== 'game') {
      waitingFor = null;
      if (dialog.open) dialog.close();
      return;
    }
    const next = humanToMove(s.game, sc);
    if (next === undefined || next === s.choice.side) {
      waitingFor = null;
      if (dialog.open) dialog.close();
      return;
    }
    if (waitingFor !== next || !dialog.open) show(next);
  };
  check();
  return store.subscribe((s, p) => {
    if (s.game !== p.game || s.choice !== p.choice || s.ui.screen !== p.ui.screen) check();
  });
}
