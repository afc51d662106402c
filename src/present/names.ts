import { type EventDef, type Scenario, type TermDef, textOf } from '../sim';

/** Display names of scenario things by id, falling back to the id itself. */
export function actorName(sc: Scenario, id: string | undefined): string {
  if (id === undefined) return '';
  return textOf(sc.actors.find((a) => a.id === id)?.name) || id;
}

export function actionName(sc: Scenario, id: string): string {
  return textOf(sc.actions.find((a) => a.id === id)?.name) || id;
}

export function departmentName(sc: Scenario, id: string | undefined): string {
  if (id === undefined) return '';
  return textOf(sc.departments.find((d) => d.id === id)?.name) || id;
}

/** A target id as a player reads it: a department's name, or a site's with its department. */
export function targetName(sc: Scenario, id: string | undefined): string {
  if (id === undefined) return '';
  const site = sc.sites?.find((x) => x.id === id);
  if (site) return site.department ? `${textOf(site.name)}, ${departmentName(sc, site.department)}` : textOf(site.name);
  return departmentName(sc, id);
}

export function eventDef(sc: Scenario, id: string): EventDef | undefined {
  return sc.events?.find((e) => e.id === id);
}

export function termDef(sc: Scenario, id: string): TermDef | undefined {
  return sc.terms?.find((x) => x.id === id);
}

export function objectiveText(sc: Scenario, actor: string, id: string): string {
  const o = sc.objectives.find((x) => x.actor === actor)?.items.find((i) => i.id === id);
  return textOf(o?.text) || id;
}
