import { html, nothing } from 'lit-html';
import type { MessageKey } from '../../i18n/catalogue';
import type { Words } from '../../present/words';
import type { TeamGame } from '../../state/compare';
import { teamExports } from './teamExports';

/**
 * What can be done with one team's verified game from the comparison page: its debrief exports
 * (CSV, JSON) and "replay this game", one entry each, so the page's team table has a button per
 * entry in every team's column. `label` is a message key whose `{team}` names the team (each
 * button's accessible name says whose game it acts on).
 */
export type TeamAction = { id: string; label: MessageKey; run: (team: TeamGame, w: Words) => void | Promise<void> };

export const TEAM_ACTIONS: TeamAction[] = teamExports;

/** The button row of one team's column; nothing while no action is wired. */
export function teamActionRow(w: Words, team: TeamGame, index: number, actions: readonly TeamAction[] = TEAM_ACTIONS) {
  if (actions.length === 0) return nothing;
  return html`<div class="compare-team-actions no-print" data-team=${index + 1}>
    ${actions.map(
      (a) =>
        html`<button type="button" data-action=${a.id} @click=${() => void a.run(team, w)}>${w.t(a.label, { team: team.team })}</button>`,
    )}
  </div>`;
}
