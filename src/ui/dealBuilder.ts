import { html, nothing } from 'lit-html';
import type { StoreApi } from 'zustand/vanilla';
import type { Words } from '../present/words';
import type { GameStore } from '../state/createGameStore';
import { answerView } from './deal/answerView';
import { type Builder, builderOf, startFocus } from './deal/builderActions';
import { composeView } from './deal/composeView';
import { followModal, mountId } from './deal/followModal';
import { type Mount, type MountOptions, mountView } from './view';
import { viewerOf } from './viewer';
import './negotiation.css';

/** What the live region says after the player's last step in the builder. */
function announcement(b: Builder, w: Words): string {
  const { wish, adopted } = b.dialog;
  const them = w.actor(b.draft?.partner);
  if (adopted) return w.t('builder.adopt');
  if (wish) return wish.ok ? w.t('builder.asks', { actor: them }) : w.t('builder.blocked', { actor: them });
  return '';
}

function builderBody(b: Builder, w: Words) {
  const d = b.draft;
  const title = d?.counterOf !== undefined ? w.t('builder.counterTitle', { actor: w.actor(d.partner) }) : w.t('builder.title');
  return html`<div class="builder-top">
      <h2 id=${b.m.id('builder-title')} tabindex="-1">${title}</h2>
      <button type="button" class="close" id=${b.m.id('builder-close')} aria-label=${w.t('builder.close')} @click=${() => b.s.closeDialog()}>
        ${w.t('causes.close')}
      </button>
    </div>
    <p class="sr-only" aria-live="polite" id=${b.m.id('builder-live')}>${announcement(b, w)}</p>
    ${b.dialog.following !== undefined ? answerView(b, w) : composeView(b, w)}`;
}

/** The builder's <dialog>, always in the page (empty while closed) so the modal keeps one element. */
function builderView(s: GameStore, w: Words, m: Mount) {
  const b = builderOf(s, m);
  return html`<dialog class="deal-builder" id=${m.id('deal-builder')} aria-labelledby=${m.id('builder-title')}>
    ${b ? builderBody(b, w) : nothing}
  </dialog>`;
}

/**
 * The deal builder: a dialog where the player picks a counterpart, assembles a deal from
 * the scenario's terms (each with its amount, who gives it and what it is worth to each
 * side), sees the counterpart's likely answer live (the sim's own assessment, with its
 * reasons), can ask "what would you want for this?", and sends the offer. The answer shows
 * at once: accepted, rejected with its reason, or a counter-offer side by side with what
 * was sent, to accept, reject or counter again. It opens with `store.openDialog({ kind:
 * 'dealBuilder', ... })`; its draft, the last wish and the answer it follows live in `ui`.
 */
export function mountDealBuilder(root: HTMLElement, store: StoreApi<GameStore>, options: MountOptions = {}): () => void {
  const host = root.ownerDocument.createElement('div');
  root.append(host);
  const off = mountView(host, store, (s) => [s.ui.dialog, s.ui.drafts, s.game, s.entry, s.choice], builderView, options);
  const offModal = followModal(host, store, {
    dialogId: mountId(options, 'deal-builder'),
    isOpen: (s) => s.ui.dialog?.kind === 'dealBuilder' && s.ui.screen === 'game' && !!s.game && viewerOf(s) !== null,
    focusOnOpen: (s) => mountId(options, s.ui.dialog?.kind === 'dealBuilder' ? startFocus(s.ui.dialog) : 'builder-title'),
    fallbackFocus: mountId(options, 'neg-open'),
  });
  // Hot-seat: when the device changes hands (or another game starts) the builder closes; each side's draft stays its own.
  const offHandover = store.subscribe((s, p) => {
    if (s.ui.dialog?.kind !== 'dealBuilder') return;
    if (s.choice?.side !== p.choice?.side || s.game?.setup !== p.game?.setup || !viewerOf(s)) s.closeDialog();
  });
  return () => {
    offHandover();
    offModal();
    off();
    host.remove();
  };
}
