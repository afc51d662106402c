import { html, nothing } from 'lit-html';
import { describeProject } from '../present/describe';
import { CONTESTED_MARGIN, leadOf, powersOf } from '../present/overlayStyle';
import type { SourcePlace } from '../present/sourcedEntries';
import type { Words } from '../present/words';
import { type GameState, influenceId, type Scenario } from '../sim';
import type { GameStore } from '../state/createGameStore';
import { foldedSources } from './sources';
import type { Mount } from './view';

/** The source places this panel shows: the department's own sources and its sites'. */
export const SELECTED_DEPARTMENT_PLACES: readonly SourcePlace[] = ['department', 'site'];

/** The figures listed for a department: stability, each power's influence, and who leads by how much. */
function figures(w: Words, game: GameState, sc: Scenario, id: string): [string, string, string][] {
  const d = game.departments[id];
  if (!d) return [];
  const powers = powersOf(sc.actors);
  const lead = leadOf(d, powers);
  const leads = lead.leader
    ? lead.margin < CONTESTED_MARGIN
      ? w.t('map.selected.leadsContested', { actor: w.actor(lead.leader), margin: w.num(lead.margin, 0) })
      : w.t('map.selected.leads', { actor: w.actor(lead.leader), margin: w.num(lead.margin, 0) })
    : w.t('map.selected.noLeader');
  return [
    ['stability', w.t('map.selected.stability'), w.num(d.stability, 0)],
    ...powers.map((p): [string, string, string] => [
      influenceId(p.id),
      w.t('map.selected.influence', { actor: w.actor(p.id) }),
      w.num(d.influence[p.id] ?? 0, 0),
    ]),
    ['leader', w.t('map.selected.leader'), leads],
  ];
}

/** The selected department's figures, its places and the projects in it (live: a click on the map reads out). */
export function selectedDepartment(s: GameStore, w: Words, m: Mount) {
  const { entry, game, ui } = s;
  const id = ui.selectedDepartment;
  if (!entry || !game || !id || !game.departments[id]) return html`<p class="hint">${w.t('map.selected.none')}</p>`;
  const sites = (entry.scenario.sites ?? []).filter((x) => x.department === id);
  const siteIds = new Set(sites.map((x) => x.id));
  const projects = game.projects.filter(
    (p) => p.status !== 'retired' && (p.department === id || (p.target !== undefined && (p.target === id || siteIds.has(p.target)))),
  );
  const clear = (): void => m.store.getState().setUi({ selectedDepartment: null, selectedSite: null });
  const sc = entry.scenario;
  const dept = sc.departments.find((d) => d.id === id);
  // The department's note and sources fold beside its name, so the map keeps its height.
  return html`<div class="department-head">
      <h3>${w.department(id)}</h3>
      ${foldedSources(w, sc, dept?.sources, dept?.assumption, 'department-sources', dept?.note ? w.text(dept.note) : '')}
    </div>
    <dl class="figures">
      ${figures(w, game, sc, id).map(([key, k, v]) => html`<div data-figure=${key}><dt>${k}</dt><dd>${v}</dd></div>`)}
    </dl>
    ${
      sites.length
        ? html`<h4>${w.t('map.selected.sites')}</h4>
          <ul class="sites">${sites.map(
            (x) => html`<li class=${x.id === ui.selectedSite ? 'current' : nothing} data-site=${x.id}>
              ${w.text(x.name)} ${foldedSources(w, sc, x.sources, x.assumption, 'site-sources', x.note ? w.text(x.note) : '')}
            </li>`,
          )}</ul>`
        : nothing
    }
    <h4>${w.t('map.selected.projects')}</h4>
    ${
      projects.length
        ? html`<ul class="projects">${projects.map((p) => html`<li data-status=${p.status}>${describeProject(w, p)}</li>`)}</ul>`
        : html`<p class="hint">${w.t('map.selected.noProjects')}</p>`
    }
    <button type="button" class="clear" @click=${clear}>${w.t('map.selected.clear')}</button>`;
}
