import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, type Scenario, textOf } from '../../src/headless';
import { glossaryOf, glossPieces } from '../../src/present/glossary';
import { englishWords } from '../../src/present/words';
import { scenarioFiles } from './helpers';

/**
 * Abbreviations every reader of about sixteen knows; all others need an entry. Kept short on
 * purpose: a new abbreviation in a scenario's texts should make this test fail.
 */
const KNOWN = new Set(['US']);

/** The scenario texts a player reads in play: briefings, meters, actions, events, terms, objectives. */
function playerTexts(sc: Scenario): string[] {
  const t = (x: Parameters<typeof textOf>[0] | undefined): string => (x === undefined ? '' : textOf(x, 'en'));
  const out: string[] = [t(sc.title), t(sc.summary)];
  for (const a of sc.actors) {
    out.push(t(a.name), t(a.interests));
    if (a.briefing) out.push(t(a.briefing.situation), t(a.briefing.wants), t(a.briefing.fears));
  }
  for (const m of sc.meters ?? []) out.push(t(m.name), t(m.description), t(m.unit));
  for (const a of sc.actions) out.push(t(a.name), t(a.description), t(a.requiresText));
  for (const e of sc.events ?? []) {
    out.push(t(e.title), t(e.text));
    for (const o of e.options ?? []) out.push(t(o.label));
  }
  for (const d of sc.terms ?? []) out.push(t(d.name), t(d.description), t(d.amount?.unit));
  for (const o of sc.objectives) for (const i of o.items) out.push(t(i.text));
  return out.filter((x) => x.length > 0);
}

// The development sandbox and the authors' examples are never offered to players (listed: false).
const shipped = scenarioFiles().filter((f) => loadScenario(basename(f, '.yaml')).scenario.listed !== false);

describe.each(shipped.map((f) => [basename(f, '.yaml')]))('the glossary of %s', (id) => {
  const { scenario: sc } = loadScenario(id);
  const w = englishWords(sc);
  const texts = playerTexts(sc);
  const entries = glossaryOf(w, sc);

  it('has entries, each with a plain meaning', () => {
    expect((sc.glossary ?? []).length).toBeGreaterThan(10);
    for (const g of sc.glossary ?? []) expect(textOf(g.meaning, 'en').length, textOf(g.term, 'en')).toBeGreaterThan(15);
  });

  it('explains only terms the texts use: every entry is found in them', () => {
    const scenarioEntries = entries.filter((e) => e.key.startsWith('scenario.'));
    expect(scenarioEntries.length).toBe(sc.glossary?.length);
    const found = new Set<string>();
    for (const text of texts) glossPieces(text, scenarioEntries, found);
    const unused = scenarioEntries.filter((e) => !found.has(e.key)).map((e) => e.term);
    expect(unused).toEqual([]);
  });

  it('has an entry for every abbreviation the texts use', () => {
    const missing = new Set<string>();
    for (const text of texts) {
      for (const hit of text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}]+(?![\p{L}\p{N}])/gu)) {
        const abbr = hit[0];
        if (KNOWN.has(abbr)) continue;
        // The word is explained when the matcher, run on it alone, finds an entry there.
        const pieces = glossPieces(text.slice(hit.index), entries, new Set());
        const first = pieces[0];
        if (typeof first === 'string' || !first?.text.startsWith(abbr)) missing.add(abbr);
      }
    }
    expect([...missing].sort()).toEqual([]);
  });
});
