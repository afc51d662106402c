import { html } from 'lit-html';
import type { StoreApi } from 'zustand/vanilla';
import { leadOf, powersOf } from '../present/overlayStyle';
import type { GameStore } from '../state/createGameStore';
import { type MountOptions, mountView } from './view';

/**
 * The map's figures as a table: every department's stability, each power's influence and
 * who leads. For screen readers, and for anyone who would rather read numbers than colours.
 */
export function mountDepartmentsTable(root: HTMLElement, store: StoreApi<GameStore>, options: MountOptions = {}): () => void {
  return mountView(
    root,
    store,
    (s) => [s.game, s.entry],
    (s, w, m) => {
      const { game, entry } = s;
      const powers = entry ? powersOf(entry.scenario.actors) : [];
      const body =
        game && entry
          ? html`<caption>${w.t('map.table.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">${w.t('map.table.department')}</th>
                <th scope="col">${w.t('map.table.stability')}</th>
                ${powers.map((p) => html`<th scope="col">${w.t('map.table.influence', { actor: w.actor(p.id) })}</th>`)}
                <th scope="col">${w.t('map.table.leader')}</th>
              </tr>
            </thead>
            <tbody>
              ${entry.scenario.departments.map((d) => {
                const st = game.departments[d.id];
                const leader = st ? leadOf(st, powers).leader : null;
                return html`<tr data-department=${d.id}>
                  <th scope="row">${w.department(d.id)}</th>
                  <td>${w.num(st?.stability ?? 0, 0)}</td>
                  ${powers.map((p) => html`<td>${w.num(st?.influence[p.id] ?? 0, 0)}</td>`)}
                  <td>${leader ? w.actor(leader) : '–'}</td>
                </tr>`;
              })}
            </tbody>`
          : '';
      return html`<details class="departments-table">
        <summary>${w.t('map.table.caption')}</summary>
        <table class="departments" id=${m.id('departments-table')}>${body}</table>
      </details>`;
    },
    options,
  );
}
