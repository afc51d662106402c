import type { Actor, PresetDef, Scenario, Sourced } from '../sim';

/** A preset as the start screen offers it: its name, length and start, and where its starting world comes from. */
export type PresetFace = Pick<PresetDef, 'id' | 'name' | 'turns' | 'startTurn'> & { initial?: Sourced };

/** An actor on the start screen: every side named; the sides people play with their briefing, interests and its sources. */
export type ActorFace = Pick<Actor, 'id' | 'name' | 'kind' | 'playable' | 'possessive' | 'color'> &
  Partial<Pick<Actor, 'interests' | 'briefing' | 'sources' | 'assumption'>>;

/**
 * What the start screen, the teacher guide's list and `?scenario=ID` read of a scenario before it
 * is loaded: titles, lengths, the sides and their briefings (with the glossary, and only the
 * references the face's own sources cite), its documents. The rules (actions, events, meters, map) stay in the scenario's own asset.
 */
export type ScenarioFace = Pick<
  Scenario,
  'id' | 'title' | 'summary' | 'start' | 'turns' | 'listed' | 'documents' | 'references' | 'glossary' | 'turnOrder'
> & {
  actors: ActorFace[];
  presets?: PresetFace[];
  /** Whether the scenario has a teacher guide (its page loads the scenario itself). */
  teacherGuide?: Scenario['teacherGuide'] | true;
};

/** One scenario in the page's catalogue: its face, and the asset (by URL) holding the full scenario of this hash. */
export type ScenarioCard = { id: string; hash: string; url: string; face: ScenarioFace };

/** The face of a scenario: built at build time into the catalogue, and from a loaded scenario in tests and Node. */
export function faceOf(sc: Scenario): ScenarioFace {
  const presets = sc.presets?.map((p): PresetFace => {
    const initial =
      p.initial && (p.initial.sources || p.initial.assumption)
        ? { sources: p.initial.sources, assumption: p.initial.assumption }
        : undefined;
    return {
      id: p.id,
      name: p.name,
      turns: p.turns,
      ...(p.startTurn !== undefined ? { startTurn: p.startTurn } : {}),
      ...(initial ? { initial: dropUndefined(initial) } : {}),
    };
  });
  const briefings = JSON.stringify(sc.actors.filter((a) => a.playable).map((a) => a.briefing)).toLowerCase();
  const face = dropUndefined({
    id: sc.id,
    title: sc.title,
    summary: sc.summary,
    start: sc.start,
    turns: sc.turns,
    listed: sc.listed,
    documents: sc.documents,
    references: sc.references,
    // Only the terms the briefings use (the start screen glosses them); How to play lists them all from the scenario.
    glossary: sc.glossary?.filter((g) =>
      [g.term, ...(g.aliases ?? [])].some((t) =>
        (typeof t === 'string' ? [t] : Object.values(t)).some((x) => briefings.includes(x.toLowerCase())),
      ),
    ),
    actors: sc.actors.map((a): ActorFace => {
      const named = { id: a.id, name: a.name, kind: a.kind, playable: a.playable, possessive: a.possessive, color: a.color };
      return dropUndefined(
        a.playable ? { ...named, interests: a.interests, briefing: a.briefing, sources: a.sources, assumption: a.assumption } : named,
      );
    }),
    turnOrder: sc.turnOrder,
    presets,
    teacherGuide: sc.teacherGuide ? true : undefined,
  }) as ScenarioFace;
  // Only the references the face itself cites (its sources and their notes); the full list comes with the scenario.
  const { references, ...rest } = face;
  const cited = JSON.stringify(rest);
  const kept = references?.filter((r) => new RegExp(`\\b${r.id.replace(/[^\w-]/g, '')}\\b`).test(cited));
  return kept && kept.length > 0 ? { ...rest, references: kept } : rest;
}

function dropUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
