import type { StoreApi } from 'zustand/vanilla';
import { fmt } from '../present/format';
import { t } from '../i18n/messages';
import { leadOf, powersOf } from '../present/overlayStyle';
import { textOf } from '../sim';
import type { GameStore } from '../state/createGameStore';
import { clear, h } from './dom';

/**
 * The map's figures as a table: every department's stability, each power's influence and
 * who leads. For screen readers, and for anyone who would rather read numbers than colours.
 */
export function mountDepartmentsTable(root: HTMLElement, store: StoreApi<GameStore>): () => void {
  const table = h('table', { class: 'departments', id: 'departments-table' });
  root.append(h('details', { class: 'departments-table' }, [h('summary', {}, [t('map.table.caption')]), table]));
  const render = (): void => {
    const { game, entry } = store.getState();
    clear(table);
    if (!game || !entry) return;
    const sc = entry.scenario;
    const powers = powersOf(sc.actors);
    table.append(
      h('caption', {}, [t('map.table.caption')]),
      h('thead', {}, [
        h('tr', {}, [
          h('th', { scope: 'col' }, [t('map.table.department')]),
          h('th', { scope: 'col' }, [t('map.table.stability')]),
          ...powers.map((p) => h('th', { scope: 'col' }, [t('map.table.influence', { actor: textOf(p.actor.name) })])),
          h('th', { scope: 'col' }, [t('map.table.leader')]),
        ]),
      ]),
      h(
        'tbody',
        {},
        sc.departments.map((d) => {
          const st = game.departments[d.id];
          const leader = st ? leadOf(st, powers).leader : null;
          const name = powers.find((p) => p.id === leader)?.actor.name;
          return h('tr', { 'data-department': d.id }, [
            h('th', { scope: 'row' }, [textOf(d.name)]),
            h('td', {}, [fmt(st?.stability ?? 0, 0)]),
            ...powers.map((p) => h('td', {}, [fmt(st?.influence[p.id] ?? 0, 0)])),
            h('td', {}, [name ? textOf(name) : '–']),
          ]);
        }),
      ),
    );
  };
  render();
  return store.subscribe((s, prev) => {
    if (s.game !== prev.game || s.entry !== prev.entry) render();
  });
}
