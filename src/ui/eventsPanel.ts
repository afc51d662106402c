import { html, nothing } from 'lit-html';
import type { StoreApi } from 'zustand/vanilla';
import type { SourcePlace } from '../present/sourcedEntries';
import type { Words } from '../present/words';
import type { EventDef, EventOption, PendingChoice, Scenario } from '../sim';
import type { GameStore } from '../state/createGameStore';
import { effectItems } from './effectText';
import { glossed, glossing } from './glossary';
import { effectSignal } from './signals';
import { sourceList } from './sources';
import { turnLabel } from './turnLabel';
import { idPart, type Mount, type MountOptions, mountView } from './view';
import { viewerOf } from './viewer';

/** The source places the events panel shows: each event's sources and its options'. */
export const EVENTS_PANEL_PLACES: readonly SourcePlace[] = ['event'];

function option(s: GameStore, w: Words, m: Mount, sc: Scenario, me: string, p: PendingChoice, o: EventOption) {
  const fx = m.id(`opt-fx-${p.id}-${idPart(o.id)}`);
  const choose = (): void => void s.dispatch({ type: 'chooseOption', actor: me, choice: p.id, option: o.id });
  return html`<li class="option">
    <button type="button" id=${m.id(`opt-${p.id}-${idPart(o.id)}`)} class="primary" aria-describedby=${fx} @click=${choose}>
      ${w.t('events.choose', { option: w.text(o.label) })}
    </button>
    <div id=${fx} class="option-fx">
      <span class="sub">${w.t('events.optionEffects')}</span>
      <ul class="deltas">
        ${effectItems(w, sc, o.effects).map((x) => html`<li>${effectSignal(w, { sc, side: me, you: true }, x)}</li>`)}
      </ul>
    </div>
    ${sourceList(w, sc, o.sources, o.assumption)}
  </li>`;
}

function card(s: GameStore, w: Words, m: Mount, sc: Scenario, me: string, p: PendingChoice, ev: EventDef) {
  // Terms of art in the event's text open their meaning (each once per card).
  const g = glossing(w, sc, m, `ev-${p.id}`);
  return html`<article class="event-card" aria-labelledby=${m.id(`ev-${p.id}`)} data-event=${ev.id}>
    <h3 id=${m.id(`ev-${p.id}`)}>${w.text(ev.title)}</h3>
    <p class="meta">${turnLabel(w, sc, p.turn)}</p>
    <p>${glossed(g, w.text(ev.text))}</p>
    ${sourceList(w, sc, ev.sources, ev.assumption)}
    <ul class="options">
      ${(ev.options ?? []).map((o) => option(s, w, m, sc, me, p, o))}
    </ul>
  </article>`;
}

/**
 * Events waiting for the player's answer: title, text, sources, and each option with
 * what it does. The turn cannot end until they are answered. New events take focus
 * (unless a dialog is open over the game).
 */
export function mountEventsPanel(root: HTMLElement, store: StoreApi<GameStore>, options: MountOptions = {}): () => void {
  // The events that last took focus: focus moves when new ones arrive, not on every re-render.
  let seen = '';
  return mountView(
    root,
    store,
    (s) => [s.game, s.entry, s.choice],
    (s, w, m) => {
      const { game, entry, choice } = s;
      if (!game || !entry || !choice) return nothing;
      const sc = entry.scenario;
      const me = viewerOf({ choice }) ?? '';
      const mine = game.pending.filter((p) => p.actor === me);
      root.hidden = mine.length === 0;
      const key = mine.map((p) => p.id).join(',');
      if (key && key !== seen)
        queueMicrotask(() => {
          if (!document.querySelector('dialog[open]')) root.querySelector<HTMLElement>(`#${m.id('events-title')}`)?.focus();
        });
      seen = key;
      return html`${mine.length > 0 ? html`<h2 class="panel-title" id=${m.id('events-title')} tabindex="-1">${w.t('events.title')}</h2>` : nothing}
      ${mine.map((p) => {
        const ev = sc.events?.find((e) => e.id === p.event);
        return ev ? card(s, w, m, sc, me, p, ev) : nothing;
      })}`;
    },
    options,
  );
}
