import type { GameState, ProjectState, Scenario } from '../sim';
import { CONTESTED_MARGIN, leadOf, powersOf } from './overlayStyle';
import type { Words } from './words';

/** One line of a map tooltip: its words, an optional colour swatch, and whether it stands out. */
export type TipLine = { text: string; swatch?: number; strong?: boolean };

/** A department's figures as the map's tooltip lists them: stability, each power's influence, who leads. */
export function describeDepartment(w: Words, game: GameState, sc: Scenario, id: string): TipLine[] {
  const d = game.departments[id];
  if (!d) return [];
  const powers = powersOf(sc.actors);
  const lead = leadOf(d, powers);
  const lines: TipLine[] = [{ text: w.t('map.tooltip.stability', { value: w.num(d.stability, 0) }) }];
  for (const p of powers)
    lines.push({ text: w.t('map.tooltip.influence', { actor: w.actor(p.id), value: w.num(d.influence[p.id] ?? 0, 0) }), swatch: p.colour });
  if (lead.leader) {
    const key = lead.margin < CONTESTED_MARGIN ? 'map.tooltip.contested' : 'map.tooltip.leads';
    lines.push({ text: w.t(key, { actor: w.actor(lead.leader), margin: w.num(lead.margin, 0) }), strong: true });
  } else lines.push({ text: w.t('map.tooltip.noLeader'), strong: true });
  return lines;
}

/** A project as one line: whose, what, and built or how long until it is. */
export function describeProject(w: Words, p: ProjectState): string {
  const actor = w.actor(p.actor);
  const name = w.action(p.action);
  return p.status === 'built' ? w.t('map.project.built', { actor, name }) : w.t('map.project.building', { actor, name, left: p.turnsLeft });
}
