import type { StoreApi } from 'zustand/vanilla';
import { t } from '../i18n/messages';
import { readMeter } from '../sim/meters';
import { textOf } from '../sim/text';
import { turnDate } from '../sim/turnOrder';
import type { GameStore } from '../state/createGameStore';
import { clear, h } from './dom';
import { fmt } from './format';

/**
 * The heads-up display: date and turn, the national meters (exposed to assistive
 * technology as meters with their values), the End turn button and a table of the
 * departments' figures, the map's content in text.
 */
export function mountHud(root: HTMLElement, store: StoreApi<GameStore>, player: string): () => void {
  const status = h('p', { class: 'status', 'aria-live': 'polite' });
  const meters = h('ul', { class: 'meters', 'aria-label': 'National meters' });
  const endTurn = h('button', { type: 'button', class: 'primary', onclick: () => store.getState().dispatch({ type: 'endPhase', actor: player }) }, [t('hud.endTurn')]);
  const error = h('p', { class: 'error', role: 'alert' });
  const table = h('table', { class: 'departments' });
  root.append(h('section', { class: 'hud', 'aria-label': 'Game status' }, [status, meters, endTurn, error]), h('section', { class: 'table-wrap' }, [table]));

  const render = (): void => {
    const { game, entry, error: err } = store.getState();
    if (!game || !entry) return;
    const sc = entry.scenario;
    status.textContent = `${turnDate(sc, game.turn).label} · ${t('hud.turn', { turn: game.turn, turns: game.setup.turns })}`;
    clear(meters);
    const rows: [string, string, number, number, number][] = [
      [t('meter.gdp'), `$${fmt(readMeter(game, 'gdp'), 1)} bn`, readMeter(game, 'gdp'), 0, 1e4],
      [t('meter.growth'), `${fmt(readMeter(game, 'growth'), 1)} %`, readMeter(game, 'growth'), -30, 30],
      [t('meter.stability'), fmt(readMeter(game, 'stability'), 0), readMeter(game, 'stability'), 0, 100],
      ...sc.actors
        .filter((a) => a.kind === 'power')
        .map((a): [string, string, number, number, number] => {
          const v = readMeter(game, `influence.${a.id}`);
          return [t('meter.influence', { actor: textOf(a.name) }), fmt(v, 0), v, 0, 100];
        }),
    ];
    for (const [name, shown, v, lo, hi] of rows) {
      meters.append(
        h('li', { role: 'meter', 'aria-label': name, 'aria-valuenow': Number(v.toFixed(2)), 'aria-valuemin': lo, 'aria-valuemax': hi, 'aria-valuetext': shown }, [
          h('span', { class: 'name' }, [name]),
          h('span', { class: 'value' }, [shown]),
        ]),
      );
    }
    error.textContent = err ? err.message : '';
    endTurn.toggleAttribute('disabled', !!game.over);
    clear(table);
    const powers = sc.actors.filter((a) => a.kind === 'power');
    table.append(
      h('caption', {}, [t('map.table.caption')]),
      h('thead', {}, [
        h('tr', {}, [
          h('th', { scope: 'col' }, [t('map.table.department')]),
          h('th', { scope: 'col' }, [t('map.table.stability')]),
          ...powers.map((p) => h('th', { scope: 'col' }, [t('map.table.influence', { actor: textOf(p.name) })])),
        ]),
      ]),
      h(
        'tbody',
        {},
        sc.departments.map((d) => {
          const st = game.departments[d.id];
          return h('tr', { 'data-department': d.id }, [
            h('th', { scope: 'row' }, [textOf(d.name)]),
            h('td', {}, [fmt(st?.stability ?? 0, 0)]),
            ...powers.map((p) => h('td', {}, [fmt(st?.influence[p.id] ?? 0, 0)])),
          ]);
        }),
      ),
    );
  };
  render();
  return store.subscribe(render);
}
