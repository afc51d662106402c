import { html, nothing } from 'lit-html';
import type { StoreApi } from 'zustand/vanilla';
import type { Words } from '../../present/words';
import { type DealState, type GameState, runningPromises, type Scenario, trustBetween, trustMeter } from '../../sim';
import type { GameStore } from '../../state/createGameStore';
import { partyOf } from '../dealsList';
import { type Mount, type MountOptions, mountView } from '../view';
import { viewerOf } from '../viewer';
import { followModal, mountId } from './followModal';

/** The deal whose promises the viewer is asked to confirm breaking, if that dialog is open. */
function dealToBreak(s: GameStore): DealState | undefined {
  const d = s.ui.dialog;
  return d?.kind === 'breakDeal' ? s.game?.deals.find((x) => x.id === d.deal) : undefined;
}

async function confirm(s: GameStore, me: string, d: DealState): Promise<void> {
  await s.dispatch({ type: 'breakDeal', actor: me, deal: d.id });
  // Closed once the outcome is in, so focus goes back to a list that already shows it.
  s.closeDialog();
}

/** What breaking costs: the promises that stop, trust halved plus the penalty, influence for a power, the memory of it. */
function costs(w: Words, game: GameState, sc: Scenario, me: string, d: DealState) {
  const name = w.actor(partyOf(d, me));
  const trust = trustBetween(game, sc, me, partyOf(d, me));
  const penalty = sc.negotiation?.breachPenalty ?? 10;
  const isPower = sc.actors.find((a) => a.id === me)?.kind === 'power';
  const trustLine = trustMeter(sc, me, partyOf(d, me))
    ? w.t('break.trust', { actor: name, from: w.num(trust, 0), to: w.num(Math.max(0, trust / 2 - penalty), 0), penalty })
    : w.t('break.trustUntracked', { actor: name });
  return html`<p>${w.t('break.what', {
    terms: runningPromises(sc, d, me)
      .map((id) => w.term(id))
      .join(', '),
  })}</p>
    <ul class="costs">
      <li>${trustLine}</li>
      ${isPower ? html`<li>${w.t('break.influence', { host: w.host() })}</li>` : nothing}
      <li>${w.t('break.remember', { actor: name, turns: sc.negotiation?.memory ?? 8 })}</li>
    </ul>`;
}

/** The confirmation before breaking one's promises, empty while closed. */
function breakView(s: GameStore, w: Words, m: Mount) {
  const me = viewerOf(s);
  const d = dealToBreak(s);
  const sc = s.entry?.scenario;
  const body =
    d && me && sc && s.game
      ? html`<h2 id=${m.id('break-title')}>${w.t('break.title', { actor: w.actor(partyOf(d, me)) })}</h2>
          <div id=${m.id('break-body')}>${costs(w, s.game, sc, me, d)}</div>
          <div class="buttons">
            <button type="button" id=${m.id('break-cancel')} class="primary" @click=${() => s.closeDialog()}>${w.t('break.cancel')}</button>
            <button type="button" id=${m.id('break-confirm-yes')} class="danger" @click=${() => void confirm(s, me, d)}>
              ${w.t('break.confirm')}
            </button>
          </div>`
      : nothing;
  return html`<dialog class="break-confirm" id=${m.id('break-confirm')} aria-labelledby=${m.id('break-title')} aria-describedby=${m.id('break-body')}>
    ${body}
  </dialog>`;
}

/** Mounts the break confirmation in `root` (a dialogs container); it opens when `ui.dialog` asks for it. */
export function mountBreakConfirm(root: HTMLElement, store: StoreApi<GameStore>, options: MountOptions = {}): () => void {
  const host = root.ownerDocument.createElement('div');
  root.append(host);
  const off = mountView(host, store, (s) => [s.ui.dialog, s.game, s.choice], breakView, options);
  const offModal = followModal(host, store, {
    dialogId: mountId(options, 'break-confirm'),
    isOpen: (s) => dealToBreak(s) !== undefined && viewerOf(s) !== null,
    focusOnOpen: () => mountId(options, 'break-cancel'),
    fallbackFocus: mountId(options, 'deals-title'),
  });
  return () => {
    offModal();
    off();
    host.remove();
  };
}
