import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/headless';
import { en } from '../../src/i18n/catalogue';
import {
  entriesAt,
  hasMarked,
  meterEntries,
  NOT_CONFIRMED,
  REFERENCE_IDS,
  refsOf,
  SOURCE_PLACES,
  type SourcePlace,
  sourcedEntries,
} from '../../src/present/sourcedEntries';
import type { Scenario, SourceRef, Text } from '../../src/sim';
import { ACTION_CARD_PLACES } from '../../src/ui/actions/actionCard';
import { CAUSES_PANEL_PLACES } from '../../src/ui/causesPanel';
import { DEAL_BUILDER_PLACES } from '../../src/ui/deal/termRow';
import { EVENTS_PANEL_PLACES } from '../../src/ui/eventsPanel';
import { HOW_TO_PLAY_PLACES } from '../../src/ui/howToPlay';
import { OBJECTIVES_PANEL_PLACES } from '../../src/ui/objectivesPanel';
import { OFFERS_PANEL_PLACES } from '../../src/ui/offersPanel';
import { SELECTED_DEPARTMENT_PLACES } from '../../src/ui/selectedDepartment';
import { SOURCES_PAGE_PLACES } from '../../src/ui/sourcesPage';
import { START_SCREEN_PLACES } from '../../src/ui/startScreen';
import { WHOS_WHO_PLACES } from '../../src/ui/whosWho';

const SHIPPED = ['paz-pivot', 'arce-era', 'dev-sandbox'] as const;

type Found = { path: string; sources: SourceRef[] | undefined; assumption: Text | undefined };

/**
 * Every object anywhere in a scenario that carries sources or an assumption, found by a walk that
 * knows nothing of the scenario's shape: a path names an array item by its `id` (else its index)
 * and an object's field by its key.
 */
function walk(v: unknown, path: string[] = [], out: Found[] = []): Found[] {
  if (Array.isArray(v)) {
    v.forEach((x, i) => {
      const id =
        typeof x === 'object' && x !== null && typeof (x as { id?: unknown }).id === 'string' ? (x as { id: string }).id : String(i);
      walk(x, [...path, id], out);
    });
  } else if (typeof v === 'object' && v !== null) {
    const o = v as Record<string, unknown>;
    const sources = Array.isArray(o.sources) && o.sources.length > 0 ? (o.sources as SourceRef[]) : undefined;
    // An assumption is a text: a string, or a map of languages (en required).
    const a = o.assumption;
    const assumption =
      (typeof a === 'string' && a.length > 0) || (typeof a === 'object' && a !== null && typeof (a as { en?: unknown }).en === 'string')
        ? (a as Text)
        : undefined;
    if (sources || assumption) out.push({ path: path.join('.'), sources, assumption });
    for (const [k, x] of Object.entries(o)) if (k !== 'sources') walk(x, [...path, k], out);
  }
  return out;
}

/** Where the views say they show sources: each view exports the places it renders. */
const VIEWS: Record<string, readonly SourcePlace[]> = {
  startScreen: START_SCREEN_PLACES,
  objectivesPanel: OBJECTIVES_PANEL_PLACES,
  whosWho: WHOS_WHO_PLACES,
  causesPanel: CAUSES_PANEL_PLACES,
  selectedDepartment: SELECTED_DEPARTMENT_PLACES,
  actionCard: ACTION_CARD_PLACES,
  offersPanel: OFFERS_PANEL_PLACES,
  dealBuilder: DEAL_BUILDER_PLACES,
  eventsPanel: EVENTS_PANEL_PLACES,
  howToPlay: HOW_TO_PLAY_PLACES,
};

/** Every string in a value, with its field name (sources' `doc` and `refs`, and ids, are not texts). */
function texts(v: unknown, key = '', out: { key: string; text: string }[] = []): { key: string; text: string }[] {
  if (typeof v === 'string') {
    if (!['doc', 'id', 'file', 'url'].includes(key)) out.push({ key, text: v });
  } else if (Array.isArray(v)) {
    if (key !== 'refs') for (const x of v) texts(x, key, out);
  } else if (typeof v === 'object' && v !== null) {
    for (const [k, x] of Object.entries(v)) if (k !== 'references') texts(x, k, out);
  }
  return out;
}

describe('every sourced entry reaches the player', () => {
  it.each(SHIPPED)('%s: the generic walk and sourcedEntries find the same entries, each once', (id) => {
    const { scenario: sc } = loadScenario(id);
    const found = walk(sc);
    const entries = sourcedEntries(sc);
    expect(found.length).toBeGreaterThan(0);
    expect(entries.map((e) => e.path).sort()).toEqual(found.map((f) => f.path).sort());
    for (const f of found) {
      const e = entries.find((x) => x.path === f.path);
      // The very same list, not a copy that could drift.
      expect(e?.sources, f.path).toBe(f.sources);
      expect(e?.assumption, f.path).toBe(f.assumption);
    }
    expect(new Set(entries.map((e) => e.path)).size).toBe(entries.length);
  });

  it('every place an entry can have is shown by at least one view besides the Sources & checks page', () => {
    const shown = new Set(Object.values(VIEWS).flat());
    for (const p of SOURCE_PLACES) expect(shown.has(p), p).toBe(true);
    expect(SOURCES_PAGE_PLACES).toEqual(SOURCE_PLACES);
    // An actor's sources are in the briefing (start screen, objectives at the start) and in Who's who.
    expect(START_SCREEN_PLACES).toContain('actor');
    expect(OBJECTIVES_PANEL_PLACES).toContain('actor');
    expect(WHOS_WHO_PLACES).toContain('actor');
    for (const id of SHIPPED) {
      for (const e of sourcedEntries(loadScenario(id).scenario)) expect(shown.has(e.place), `${id} ${e.path}`).toBe(true);
    }
  });

  it('places follow the part of the file: actors, departments, sites, glossary, objectives and a preset start each land in their view', () => {
    const { scenario: base } = loadScenario('dev-sandbox');
    const src = (doc: string): SourceRef[] => [{ doc, verdict: 'opinion', ref: 'a view' }];
    const dept = base.departments[0];
    const actor = base.actors[0];
    const goals = base.objectives[0];
    const first = goals?.items[0];
    if (!dept || !actor || !goals || !first) throw new Error('dev-sandbox changed');
    const sc: Scenario = {
      ...base,
      actors: [{ ...actor, sources: src('a') }, ...base.actors.slice(1)],
      departments: [{ ...dept, assumption: 'A guess.' }, ...base.departments.slice(1)],
      sites: [{ id: 'port', name: 'Port', department: dept.id, sources: src('b') }],
      glossary: [{ term: 'DFC', meaning: 'A lender', sources: src('c') }],
      objectives: [{ ...goals, items: [{ ...first, sources: src('d') }, ...goals.items.slice(1)] }, ...base.objectives.slice(1)],
      presets: [{ id: 'short', name: 'Short', turns: 2, initial: { gdp: 40, sources: src('e') } }],
    };
    const at = (p: SourcePlace): string[] => entriesAt(sc, p).map((e) => e.path);
    expect(at('actor')).toContain(`actors.${actor.id}`);
    expect(at('department')).toContain(`departments.${dept.id}`);
    expect(at('site')).toEqual(['sites.port']);
    expect(at('glossary')).toEqual(['glossary.0']);
    expect(at('objective')).toContain(`objectives.0.items.${first.id}`);
    expect(at('preset')).toEqual(['presets.short.initial']);
    // An opinion is not confirmed: the filter keeps it.
    expect(
      sourcedEntries(sc)
        .filter(hasMarked)
        .map((e) => e.path),
    ).toContain('sites.port');
  });

  it('a meter note lists the meter, its starting value and the rules that move it', () => {
    const { scenario: sc } = loadScenario('paz-pivot');
    const growth = meterEntries(sc, 'growth').map((e) => e.kind);
    if (sc.initial.sources || sc.initial.assumption) expect(growth).toContain('initial');
    if (sc.economy.growth.sources || sc.economy.growth.assumption) expect(growth).toContain('growthRule');
    for (const m of sc.meters ?? []) {
      const mine = meterEntries(sc, m.id);
      if (m.sources || m.assumption) expect(mine.map((e) => e.path)).toContain(`meters.${m.id}`);
      for (const e of mine) expect(e.meter).toBe(m.id);
    }
  });
});

describe('verdicts', () => {
  /** The verdicts the scenario schema accepts (the enum that holds "confirmed"). */
  function schemaVerdicts(v: unknown): string[] | undefined {
    if (Array.isArray(v)) {
      if (v.includes('confirmed')) return v as string[];
      for (const x of v) {
        const hit = schemaVerdicts(x);
        if (hit) return hit;
      }
    } else if (typeof v === 'object' && v !== null) {
      for (const x of Object.values(v)) {
        const hit = schemaVerdicts(x);
        if (hit) return hit;
      }
    }
    return undefined;
  }
  it('the filter keeps every verdict but confirmed, and each verdict has a symbol and a word', () => {
    const all = ['confirmed', ...NOT_CONFIRMED];
    const schema = JSON.parse(readFileSync('scenarios/scenario.schema.json', 'utf8'));
    expect([...(schemaVerdicts(schema) ?? [])].sort()).toEqual([...all].sort());
    for (const v of ['opinion', 'recommendation', 'prediction']) expect(NOT_CONFIRMED).toContain(v);
    const words = en as Record<string, unknown>;
    for (const v of all) {
      const label = words[`sources.verdict.${v}`];
      expect(typeof label, v).toBe('string');
      // A symbol first, then the word: never colour alone.
      expect(label as string, v).toMatch(/^[^\p{L}\s]+\s+\p{L}/u);
    }
  });
});

describe('reference ids resolve', () => {
  it.each(SHIPPED)('%s: every refs id, every doc that is not a document, and every id written in a text is in references', (id) => {
    const { scenario: sc } = loadScenario(id);
    const known = new Set((sc.references ?? []).map((r) => r.id));
    const docs = new Set((sc.documents ?? []).map((d) => d.file));
    const missing = new Set<string>();
    for (const e of sourcedEntries(sc)) {
      for (const s of e.sources ?? []) {
        if (!docs.has(s.doc) && !known.has(s.doc)) missing.add(`${e.path}: doc ${s.doc}`);
        for (const r of s.refs ?? []) if (!known.has(r)) missing.add(`${e.path}: refs ${r}`);
        for (const r of refsOf(sc, s)) expect(known.has(r), r).toBe(true);
      }
    }
    for (const t of texts(sc)) {
      for (const hit of t.text.matchAll(REFERENCE_IDS))
        if (!known.has(hit[0])) missing.add(`${t.key}: ${hit[0]} in "${t.text.slice(0, 60)}"`);
    }
    expect([...missing]).toEqual([]);
  });
});
