import type { StoreApi } from 'zustand/vanilla';
import { t } from '../i18n/messages';
import { textOf, turnDate } from '../sim';
import type { GameStore } from '../state/createGameStore';
import { h, idPart, renderInto } from './dom';
import { effectLines } from './effectText';
import { eventDef } from '../present/names';
import { sourceList } from './sources';
import { viewerOf } from './viewer';

/**
 * Events waiting for the player's answer: title, text, sources, and each option with
 * what it does. The turn cannot end until they are answered.
 */
export function mountEventsPanel(root: HTMLElement, store: StoreApi<GameStore>): () => void {
  let seen = '';
  const render = (): void => {
    const { game, entry, choice } = store.getState();
    if (!game || !entry || !choice) return;
    const sc = entry.scenario;
    const me = viewerOf({ choice }) ?? '';
    const mine = game.pending.filter((p) => p.actor === me);
    root.hidden = mine.length === 0;
    renderInto(root, [
      mine.length > 0 ? h('h2', { class: 'panel-title', id: 'events-title', tabindex: '-1' }, [t('events.title')]) : null,
      ...mine.map((p) => {
        const ev = eventDef(sc, p.event);
        if (!ev) return null;
        return h('article', { class: 'event-card', 'aria-labelledby': `ev-${p.id}`, 'data-event': ev.id }, [
          h('h3', { id: `ev-${p.id}` }, [textOf(ev.title)]),
          h('p', { class: 'meta' }, [turnDate(sc, p.turn).label]),
          h('p', {}, [textOf(ev.text)]),
          sourceList(sc, ev.sources, ev.assumption),
          h(
            'ul',
            { class: 'options' },
            (ev.options ?? []).map((o) =>
              h('li', { class: 'option' }, [
                h(
                  'button',
                  {
                    type: 'button',
                    id: `opt-${p.id}-${idPart(o.id)}`,
                    class: 'primary',
                    'aria-describedby': `opt-fx-${p.id}-${idPart(o.id)}`,
                    onclick: () => store.getState().dispatch({ type: 'chooseOption', actor: me, choice: p.id, option: o.id }),
                  },
                  [t('events.choose', { option: textOf(o.label) })],
                ),
                h('div', { id: `opt-fx-${p.id}-${idPart(o.id)}`, class: 'option-fx' }, [
                  h('span', { class: 'sub' }, [t('events.optionEffects')]),
                  h(
                    'ul',
                    { class: 'deltas' },
                    effectLines(sc, o.effects).map((x) => h('li', {}, [x])),
                  ),
                ]),
                sourceList(sc, o.sources, o.assumption),
              ]),
            ),
          ),
        ]);
      }),
    ]);
    const key = mine.map((p) => p.id).join(',');
    if (key && key !== seen && !document.querySelector('dialog[open]')) document.getElementById('events-title')?.focus();
    seen = key;
  };
  render();
  return store.subscribe((s, p) => {
    if (s.game !== p.game || s.choice !== p.choice) render();
  });
}
