import type { StoreApi } from 'zustand/vanilla';
import { type MessageKey, t } from '../i18n/messages';
import { type GameState, readMeter, turnDate } from '../sim';
import type { GameStore } from '../state/createGameStore';
import { sparkline } from './charts';
import { h, idPart, renderInto } from './dom';
import { arrow, formatDelta, formatValue, type MeterInfo, meterList } from './meterInfo';

/** The value a meter is compared with: the snapshot from the start of the previous turn. */
export function baseline(game: GameState): { values: Record<string, number>; turn: number } {
  const hist = game.history;
  const snap = hist.length >= 2 ? hist[hist.length - 2] : hist[0];
  return { values: snap?.national ?? game.national, turn: (snap?.turn ?? 0) + 1 };
}

/** A meter's values over the game so far: every recorded turn, then the present. */
export function series(game: GameState, id: string): number[] {
  return [...game.history.map((s) => s.national[id] ?? 0), readMeter(game, id)];
}

/**
 * The meters: each with its value, its change since the start of last turn (arrow and
 * sign, not colour alone) and a trend line; each exposed as a meter to assistive
 * technology, and each a button that opens the list of what moved it.
 */
export function mountHudMeters(root: HTMLElement, store: StoreApi<GameStore>): () => void {
  const render = (): void => {
    const { game, entry, ui } = store.getState();
    if (!game || !entry) return;
    const sc = entry.scenario;
    const base = baseline(game);
    const since = turnDate(sc, base.turn).label;
    const groups = new Map<string, MeterInfo[]>();
    for (const m of meterList(sc)) groups.set(m.group, [...(groups.get(m.group) ?? []), m]);
    const sections = [...groups.entries()].map(([group, list]) =>
      h('section', { class: 'meter-group', 'aria-labelledby': `mg-${group}` }, [
        h('h3', { id: `mg-${group}` }, [t(`hud.group.${group}` as MessageKey)]),
        h(
          'ul',
          { class: 'meters' },
          list.map((m) => {
            const v = readMeter(game, m.id);
            const d = v - (base.values[m.id] ?? v);
            const dir = arrow(m, d);
            const change =
              dir === '▬' ? t('hud.flat') : t(d > 0 ? 'hud.up' : 'hud.down', { value: formatDelta(m, Math.abs(d)).replace(/^\+/, '') });
            const hist = series(game, m.id);
            const lo = m.id === 'gdp' ? 0 : m.min;
            const hi = m.id === 'gdp' ? Math.max(...hist) * 2 : m.max;
            const open = ui.meterDetail?.meter === m.id && ui.meterDetail.department === undefined;
            return h('li', { class: `meter-row${open ? ' open' : ''}`, 'data-meter': m.id }, [
              h(
                'div',
                {
                  role: 'meter',
                  class: 'meter-body',
                  'aria-label': m.name,
                  'aria-valuenow': Number(v.toFixed(3)),
                  'aria-valuemin': lo,
                  'aria-valuemax': hi,
                  'aria-valuetext': t('hud.meterText', { value: formatValue(m, v), change, date: since }),
                },
                [
                  h('span', { class: 'name' }, [m.name]),
                  h('span', { class: 'value' }, [formatValue(m, v)]),
                  h(
                    'span',
                    { class: `delta ${dir === '▲' ? 'up' : dir === '▼' ? 'down' : 'flat'}`, title: t('hud.since', { date: since }) },
                    [`${dir} ${formatDelta(m, d)}`],
                  ),
                  sparkline(hist, m.color ?? 'currentColor') as unknown as Node,
                ],
              ),
              h(
                'button',
                {
                  type: 'button',
                  class: 'why',
                  id: `why-${idPart(m.id)}`,
                  'aria-expanded': open ? 'true' : 'false',
                  'aria-controls': 'causes-panel',
                  onclick: () => store.getState().setUi({ meterDetail: open ? null : { meter: m.id } }),
                },
                [h('span', { 'aria-hidden': 'true' }, ['?']), h('span', { class: 'sr-only' }, [t('hud.whyLabel', { name: m.name })])],
              ),
            ]);
          }),
        ),
      ]),
    );
    renderInto(root, [
      h('h2', { class: 'panel-title' }, [t('hud.metersTitle')]),
      h('p', { class: 'hint' }, [t('hud.metersHint')]),
      ...sections,
    ]);
  };
  render();
  return store.subscribe((s, p) => {
    if (s.game !== p.game || s.ui.meterDetail !== p.ui.meterDetail || s.entry !== p.entry) render();
  });
}
