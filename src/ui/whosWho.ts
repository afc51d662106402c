import { html, nothing } from 'lit-html';
import type { StoreApi } from 'zustand/vanilla';
import type { MessageKey } from '../i18n/catalogue';
import type { SourcePlace } from '../present/sourcedEntries';
import { type Words, words } from '../present/words';
import type { Actor, Scenario } from '../sim';
import type { GameStore } from '../state/createGameStore';
import { followModal, mountId } from './deal/followModal';
import { openSources, scenarioShown } from './openPages';
import { scenarioPending } from './scenarioPending';
import { foldedSources } from './sources';
import { type Mount, type MountOptions, mountView } from './view';
import './sourcesPage.css';

export { openWhosWho } from './openPages';

/** Who's who shows every actor's sources, and the bargaining rules'. */
export const WHOS_WHO_PLACES: readonly SourcePlace[] = ['actor', 'negotiation'];

function actorCard(w: Words, sc: Scenario, m: Mount, a: Actor) {
  const id = m.id(`whos-${a.id}`);
  return html`<li class="actor-card" data-actor=${a.id} aria-labelledby=${id}>
    <h4 id=${id}>${w.text(a.name)}</h4>
    <p class="meta">${w.t(`whosWho.kind.${a.kind}` as MessageKey)}${a.playable ? ` · ${w.t('whosWho.playable')}` : ''}</p>
    ${a.interests ? html`<p><strong>${w.t('whosWho.interests')}:</strong> ${w.text(a.interests)}</p>` : nothing}
    ${foldedSources(w, sc, a.sources, a.assumption)}
  </li>`;
}

function body(s: GameStore, w0: Words, m: Mount) {
  const sc = scenarioShown(s);
  const close = (): void => s.closeDialog();
  const head = html`<header class="sources-head">
    <h2 id=${m.id('whos-title')} tabindex="-1">${w0.t('whosWho.title')}</h2>
    <button type="button" id=${m.id('whos-close')} @click=${close}>${w0.t('whosWho.close')}</button>
  </header>`;
  if (!sc) return html`${head}${scenarioPending(s, w0, m, 'whos') ?? nothing}`;
  const w = words(s.lang, sc, s.reading);
  const neg = sc.negotiation;
  return html`${head}
    <p class="meta">${w.text(sc.title)}</p>
    <p class="lead">${w.t('whosWho.lead')}</p>
    <ul class="actor-cards">${sc.actors.map((a) => actorCard(w, sc, m, a))}</ul>
    ${
      neg && (neg.sources?.length || neg.assumption)
        ? html`<section aria-labelledby=${m.id('whos-bargaining')}>
          <h3 id=${m.id('whos-bargaining')}>${w.t('whosWho.bargaining')}</h3>
          ${foldedSources(w, sc, neg.sources, neg.assumption)}
        </section>`
        : nothing
    }
    <p><button type="button" id=${m.id('whos-sources')} @click=${() => openSources(m.store)}>${w.t('whosWho.allSources')}</button></p>`;
}

function view(s: GameStore, w: Words, m: Mount) {
  return html`<dialog class="whos-who" id=${m.id('whos-who')} aria-labelledby=${m.id('whos-title')}>
    ${s.ui.dialog?.kind === 'whosWho' ? body(s, w, m) : nothing}
  </dialog>`;
}

/**
 * Who's who (a modal dialog): every actor of the scenario with its kind, its interests and its
 * sources folded away, then the sources of the bargaining rules, and a way on to Sources & checks.
 */
export function mountWhosWho(root: HTMLElement, store: StoreApi<GameStore>, options: MountOptions = {}): () => void {
  const host = root.ownerDocument.createElement('div');
  root.append(host);
  const off = mountView(
    host,
    store,
    (s) => [s.ui.dialog, s.ui.screen, s.ui.setup, s.entry, s.lang, s.scenarios, s.scenarioLoad],
    view,
    options,
  );
  const offModal = followModal(host, store, {
    dialogId: mountId(options, 'whos-who'),
    isOpen: (s) => s.ui.dialog?.kind === 'whosWho',
    focusOnOpen: () => mountId(options, 'whos-title'),
    fallbackFocus: mountId(options, 'end-turn'),
  });
  return () => {
    offModal();
    off();
    host.remove();
  };
}
