import type { Reference, Scenario, Sourced, SourceRef, Text, Verdict } from '../sim';

/**
 * The views that show a sourced entry where its fact appears (each view exports the places it
 * renders, and a test checks every place has one):
 * - `actor`: the side's briefing and the Who's who card (an actor's interests, briefing, budget);
 * - `meterNote`: the meter notes ("Why did this move?"): starting GDP and growth, meters, the
 *   rules that move them (dynamics drivers, the economy's growth, stability and influence rules);
 * - `department`, `site`: the selected-department panel;
 * - `action`: the action cards; `term`: the deal terms in offers; `event`: events and their options;
 * - `negotiation`: the Who's who card (how the sides bargain);
 * - `objective`: the objectives panel; `glossary`: the glossary;
 * - `preset`: the start screen's length choice (the world a shorter game starts in).
 */
export type SourcePlace =
  | 'actor'
  | 'meterNote'
  | 'department'
  | 'site'
  | 'action'
  | 'term'
  | 'event'
  | 'negotiation'
  | 'objective'
  | 'glossary'
  | 'preset';

/** Every place, in the order the Sources & checks page groups them. */
export const SOURCE_PLACES: readonly SourcePlace[] = [
  'actor',
  'meterNote',
  'department',
  'site',
  'action',
  'term',
  'event',
  'negotiation',
  'objective',
  'glossary',
  'preset',
];

/** What kind of thing an entry is, so a page can say "Driver of …" or "Starting GDP and growth". */
export type SourceKind =
  | 'actor'
  | 'initial'
  | 'meter'
  | 'driver'
  | 'growthRule'
  | 'stabilityRule'
  | 'influenceRule'
  | 'department'
  | 'site'
  | 'action'
  | 'term'
  | 'event'
  | 'option'
  | 'negotiation'
  | 'objective'
  | 'glossary'
  | 'presetInitial';

/**
 * One sourced entry of a scenario: where it is in the file (`path`, dot-separated, an array item by
 * its `id` or else its index), the view that shows it (`place`), its name (`title`: the nearest
 * scenario text naming it: the meter for a driver, the power for its influence rule, the scenario
 * for its starting figures), and its sources or design assumption. `kind` and `meter` help views
 * pick their entries (`meter`: the meter a meter-note entry belongs to).
 */
export type SourcedEntry = {
  path: string;
  place: SourcePlace;
  title: Text;
  sources?: SourceRef[];
  assumption?: Text;
  kind: SourceKind;
  meter?: string;
};

/** Verdicts that are not "a checkable fact a reference confirms": what the filter "not confirmed" keeps. */
export const NOT_CONFIRMED: readonly Verdict[] = [
  'corrected',
  'disputed',
  'unverifiable',
  'wrong',
  'opinion',
  'recommendation',
  'prediction',
];

/** Whether a source is marked with a verdict other than confirmed. */
export function isMarked(s: SourceRef): boolean {
  return s.verdict !== undefined && NOT_CONFIRMED.includes(s.verdict);
}

/** Whether an entry carries a claim that is not confirmed (the page's filter). */
export function hasMarked(e: SourcedEntry): boolean {
  return (e.sources ?? []).some(isMarked);
}

const seg = (x: { id?: string }, i: number): string => x.id ?? String(i);

/**
 * Every sourced entry of a scenario (an object with `sources` or an `assumption`), in the order of
 * SOURCE_PLACES, each once. Entries without either are left out.
 */
export function sourcedEntries(sc: Scenario): SourcedEntry[] {
  const out: SourcedEntry[] = [];
  const add = (s: Sourced | undefined, path: string, place: SourcePlace, kind: SourceKind, title: Text, meter?: string): void => {
    if (!s || ((s.sources?.length ?? 0) === 0 && !s.assumption)) return;
    out.push({
      path,
      place,
      kind,
      title,
      ...(s.sources && s.sources.length > 0 ? { sources: s.sources } : {}),
      ...(s.assumption ? { assumption: s.assumption } : {}),
      ...(meter !== undefined ? { meter } : {}),
    });
  };
  const each = <T>(list: readonly T[] | undefined, f: (x: T, i: number) => void): void => {
    for (const [i, x] of (list ?? []).entries()) f(x, i);
  };
  each(sc.actors, (a, i) => add(a, `actors.${seg(a, i)}`, 'actor', 'actor', a.name));

  add(sc.initial, 'initial', 'meterNote', 'initial', sc.title, 'gdp');
  each(sc.meters, (m, i) => {
    const p = `meters.${seg(m, i)}`;
    add(m, p, 'meterNote', 'meter', m.name, m.id);
    each(m.dynamics?.drivers, (d, j) => add(d, `${p}.dynamics.drivers.${j}`, 'meterNote', 'driver', m.name, m.id));
  });
  const eco = sc.economy;
  add(eco.growth, 'economy.growth', 'meterNote', 'growthRule', sc.title, 'growth');
  each(eco.growth.drivers, (d, j) => add(d, `economy.growth.drivers.${j}`, 'meterNote', 'driver', sc.title, 'growth'));
  add(eco.stability, 'economy.stability', 'meterNote', 'stabilityRule', sc.title, 'stability');
  each(eco.stability.drivers, (d, j) => add(d, `economy.stability.drivers.${j}`, 'meterNote', 'driver', sc.title, 'stability'));
  for (const [power, dyn] of Object.entries(eco.influence)) {
    const name = sc.actors.find((a) => a.id === power)?.name ?? power;
    const meter = `influence.${power}`;
    add(dyn, `economy.influence.${power}`, 'meterNote', 'influenceRule', name, meter);
    each(dyn.drivers, (d, j) => add(d, `economy.influence.${power}.drivers.${j}`, 'meterNote', 'driver', name, meter));
  }

  each(sc.departments, (d, i) => add(d, `departments.${seg(d, i)}`, 'department', 'department', d.name));
  each(sc.sites, (x, i) => add(x, `sites.${seg(x, i)}`, 'site', 'site', x.name));
  each(sc.actions, (a, i) => add(a, `actions.${seg(a, i)}`, 'action', 'action', a.name));
  each(sc.terms, (t, i) => add(t, `terms.${seg(t, i)}`, 'term', 'term', t.name));
  each(sc.events, (ev, i) => {
    const p = `events.${seg(ev, i)}`;
    add(ev, p, 'event', 'event', ev.title);
    each(ev.options, (o, j) => add(o, `${p}.options.${seg(o, j)}`, 'event', 'option', o.label));
  });
  add(sc.negotiation, 'negotiation', 'negotiation', 'negotiation', sc.title);
  each(sc.objectives, (g, i) => {
    each(g.items, (o, j) => add(o, `objectives.${i}.items.${seg(o, j)}`, 'objective', 'objective', o.text));
  });
  each(sc.glossary, (g, i) => add(g, `glossary.${i}`, 'glossary', 'glossary', g.term));
  each(sc.presets, (p, i) => {
    const initial = (p as { initial?: Sourced }).initial;
    add(initial, `presets.${seg(p, i)}.initial`, 'preset', 'presetInitial', p.name);
  });
  return out;
}

/** The entries shown in one place. */
export function entriesAt(sc: Scenario, place: SourcePlace): SourcedEntry[] {
  return sourcedEntries(sc).filter((e) => e.place === place);
}

/** The meter-note entries of one meter: its own sources, its starting value and the rules that move it. */
export function meterEntries(sc: Scenario, meter: string): SourcedEntry[] {
  // The scenario's starting figures are GDP's and growth's.
  return entriesAt(sc, 'meterNote').filter((e) => e.meter === meter || (e.kind === 'initial' && meter === 'growth'));
}

/** The entry at a path, if it has sources or an assumption. */
export function entryAt(sc: Scenario, path: string): SourcedEntry | undefined {
  return sourcedEntries(sc).find((e) => e.path === path);
}

/** Reference ids as texts and sources write them ("R72"), to find them in a text (global: use with matchAll). */
export const REFERENCE_IDS = /\bR\d{1,4}\b/g;

/** The reference a `doc` or a `refs` id names, if the scenario lists it. */
export function referenceOf(sc: Pick<Scenario, 'references'>, id: string): Reference | undefined {
  return sc.references?.find((r) => r.id === id);
}

/** The ids of the references one source names: the source itself when its `doc` is one, then its `refs`. */
export function refsOf(sc: Scenario, s: SourceRef): string[] {
  const isDoc = (sc.documents ?? []).some((d) => d.file === s.doc);
  const own = !isDoc && referenceOf(sc, s.doc) ? [s.doc] : [];
  return [...new Set([...own, ...(s.refs ?? [])])];
}

/** The anchor id of a reference on the Sources & checks page. */
export function referenceAnchor(id: string): string {
  return `ref-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}
