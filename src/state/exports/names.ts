import { type Scenario, type Text, textOf, turnDate } from '../../sim';

/**
 * How an export names things in its "name" columns. The interface passes its own, in the
 * player's language (src/ui/end/exports.ts builds one from `Words`); `plainNames` names what the
 * scenario names in the scenario's English and leaves the engine's own meters by their ids, so
 * the module needs no catalogue and runs in Node. Ids are always written beside the names.
 */
export type ExportNames = {
  meter: (id: string) => string;
  actor: (id: string) => string;
  department: (id: string) => string;
  /** A department or a site, by id. */
  target: (id: string) => string;
  action: (id: string) => string;
  event: (id: string) => string;
  /** An event's option. */
  option: (event: string, option: string) => string;
  term: (id: string) => string;
  /** The calendar date of a scenario turn. */
  date: (turn: number) => string;
};

export function plainNames(sc: Scenario): ExportNames {
  const text = (t: Text | undefined, id: string): string => (t === undefined ? id : textOf(t, 'en'));
  const meters = new Map<string, Text>((sc.meters ?? []).map((m) => [m.id, m.name]));
  const actors = new Map<string, Text>(sc.actors.map((a) => [a.id, a.name]));
  const departments = new Map<string, Text>(sc.departments.map((d) => [d.id, d.name]));
  const sites = new Map<string, Text>((sc.sites ?? []).map((s) => [s.id, s.name]));
  const actions = new Map<string, Text>(sc.actions.map((a) => [a.id, a.name]));
  const events = new Map((sc.events ?? []).map((e) => [e.id, e]));
  const terms = new Map<string, Text>((sc.terms ?? []).map((t) => [t.id, t.name]));
  return {
    meter: (id) => text(meters.get(id), id),
    actor: (id) => text(actors.get(id), id),
    department: (id) => text(departments.get(id), id),
    target: (id) => text(departments.get(id) ?? sites.get(id), id),
    action: (id) => text(actions.get(id), id),
    event: (id) => text(events.get(id)?.title, id),
    option: (event, option) => text(events.get(event)?.options?.find((o) => o.id === option)?.label, option),
    term: (id) => text(terms.get(id), id),
    date: (turn) => turnDate(sc, turn).label,
  };
}
