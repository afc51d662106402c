import { fmt } from './format';
import { t } from '../i18n/messages';
import { type GameState, type ProjectState, textOf } from '../sim';
import type { ScenarioEntry } from '../state/createGameStore';
import { CONTESTED_MARGIN, leadOf, powersOf } from './overlayStyle';

/** One line of a map tooltip: its words, an optional colour swatch, and whether it stands out. */
export type TipLine = { text: string; swatch?: number; strong?: boolean };

/** The words the tooltip shows for a department, a site or a project (shared with tests by behaviour). */
export function departmentName(entry: ScenarioEntry | null, id: string, fallback = id): string {
  const d = entry?.scenario.departments.find((x) => x.id === id);
  return d ? textOf(d.name) : fallback;
}

export function actorName(entry: ScenarioEntry | null, id: string): string {
  const a = entry?.scenario.actors.find((x) => x.id === id);
  return a ? textOf(a.name) : id;
}

export function describeDepartment(game: GameState, entry: ScenarioEntry, id: string): TipLine[] {
  const d = game.departments[id];
  if (!d) return [];
  const powers = powersOf(entry.scenario.actors);
  const lead = leadOf(d, powers);
  const lines: TipLine[] = [{ text: t('map.tooltip.stability', { value: fmt(d.stability, 0) }) }];
  for (const p of powers)
    lines.push({
      text: t('map.tooltip.influence', { actor: textOf(p.actor.name), value: fmt(d.influence[p.id] ?? 0, 0) }),
      swatch: p.colour,
    });
  if (lead.leader) {
    const key = lead.margin < CONTESTED_MARGIN ? 'map.tooltip.contested' : 'map.tooltip.leads';
    lines.push({ text: t(key, { actor: actorName(entry, lead.leader), margin: fmt(lead.margin, 0) }), strong: true });
  } else lines.push({ text: t('map.tooltip.noLeader'), strong: true });
  return lines;
}

export function describeProject(entry: ScenarioEntry, p: ProjectState): string {
  const def = entry.scenario.actions.find((a) => a.id === p.action);
  const name = def ? textOf(def.name) : p.action;
  const actor = actorName(entry, p.actor);
  return p.status === 'built' ? t('map.project.built', { actor, name }) : t('map.project.building', { actor, name, left: p.turnsLeft });
}
