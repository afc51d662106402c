import { html } from 'lit-html';
import { ref } from 'lit-html/directives/ref.js';
import type { Words } from '../present/words';
import { type GameState, type Scenario, trustBetween, trustMeter } from '../sim';
import type { GameStore } from '../state/createGameStore';
import { idPart, type Mount } from './view';

/** Sets the bar's width through the CSSOM: the page's CSP refuses style attributes (lit's styleMap writes one on first render). */
function fill(v: number): (el: Element | undefined) => void {
  return (el) => {
    if (el instanceof HTMLElement) el.style.width = `${Math.max(0, Math.min(100, v))}%`;
  };
}

/**
 * Trust between `me` and `other`: a small meter, and (when the scenario tracks the pair)
 * a button that opens "why did this move?" for the trust meter.
 */
export function trustBadge(s: GameStore, w: Words, m: Mount, game: GameState, sc: Scenario, me: string, other: string) {
  const v = trustBetween(game, sc, me, other);
  const meter = trustMeter(sc, me, other);
  const name = w.actor(other);
  const value = w.num(v, 0);
  const body = html`<span
    class="trust-body"
    role="meter"
    aria-label=${w.t('neg.trust', { actor: name, value })}
    aria-valuenow=${Math.round(v * 100) / 100}
    aria-valuemin="0"
    aria-valuemax="100"
    data-trust=${other}
  >
    <span class="trust-name">${meter ? w.t('neg.trust', { actor: name, value }) : w.t('neg.trustUntracked', { actor: name, value })}</span>
    <span class="trust-bar" aria-hidden="true"><span class="trust-fill" ${ref(fill(v))}></span></span>
  </span>`;
  if (!meter) return html`<div class="trust-badge untracked">${body}</div>`;
  const open = s.ui.meterDetail?.meter === meter;
  return html`<button
    type="button"
    class="trust-badge${open ? ' open' : ''}"
    id=${m.id(`trust-${idPart(other)}`)}
    aria-label=${w.t('neg.trustButton', { actor: name, value })}
    aria-expanded=${open ? 'true' : 'false'}
    aria-controls="causes-panel"
    @click=${() => s.setUi({ meterDetail: open ? null : { meter } })}
  >
    ${body}
  </button>`;
}
