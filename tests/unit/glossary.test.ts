import { describe, expect, it } from 'vitest';
import { type GlossEntry, type GlossPiece, glossaryOf, glossPieces } from '../../src/present/glossary';
import { englishWords } from '../../src/present/words';
import { tinyScenario } from './helpers';

const entry = (key: string, ...forms: string[]): GlossEntry => ({ key, term: forms[0] ?? key, forms, meaning: `meaning of ${key}` });

/** The pieces as a readable string: terms in [brackets] with their entry's key. */
const show = (pieces: readonly GlossPiece[]): string =>
  pieces.map((p) => (typeof p === 'string' ? p : `[${p.text}:${p.entry.key}]`)).join('');

const split = (text: string, entries: readonly GlossEntry[], seen = new Set<string>()): string => show(glossPieces(text, entries, seen));

describe('the glossary matcher', () => {
  const dfc = entry('dfc', 'DFC', 'Development Finance Corporation');
  const offtake = entry('offtake', 'offtake', 'offtake deal');
  const index = entry('index', 'price index', 'index');
  const price = entry('price', 'price');

  it('marks only the first occurrence of each term, and keeps the rest as text', () => {
    expect(split('DFC money, then more DFC money', [dfc])).toBe('[DFC:dfc] money, then more DFC money');
  });

  it('finds a term by any of its aliases, and then not again by another', () => {
    expect(split('The Development Finance Corporation (DFC) lends.', [dfc])).toBe('The [Development Finance Corporation:dfc] (DFC) lends.');
  });

  it('prefers the longer form where two start at the same place', () => {
    expect(split('An offtake deal for lithium', [offtake])).toBe('An [offtake deal:offtake] for lithium');
    expect(split('Export price index, price', [price, index])).toBe('Export [price index:index], [price:price]');
  });

  it('matches ordinary terms in any case, keeping the text as written', () => {
    expect(split('Offtake first', [offtake])).toBe('[Offtake:offtake] first');
  });

  it('matches abbreviations only in capitals', () => {
    expect(split('a dfc, the DFC', [dfc])).toBe('a dfc, the [DFC:dfc]');
  });

  it('matches whole words only: not inside another word, but beside punctuation', () => {
    const mas = entry('mas', 'MAS');
    expect(split('MASTER and DAMAS, then MAS', [mas])).toBe('MASTER and DAMAS, then [MAS:mas]');
    expect(split('the offtakes', [offtake])).toBe('the offtakes');
    expect(split('DFC-backed', [dfc])).toBe('[DFC:dfc]-backed');
    expect(split("YLB's plant", [entry('ylb', 'YLB')])).toBe("[YLB:ylb]'s plant");
    expect(split('(DFC)', [dfc])).toBe('([DFC:dfc])');
    expect(split('Año MASa', [mas])).toBe('Año MASa');
  });

  it('shares what it has seen across texts, so a view marks each term once', () => {
    const seen = new Set<string>();
    expect(split('DFC one', [dfc], seen)).toBe('[DFC:dfc] one');
    expect(split('DFC two', [dfc], seen)).toBe('DFC two');
    expect(seen.has('dfc')).toBe(true);
  });

  it('keeps markup as text: a term or a text with tags never becomes HTML', () => {
    const tag = entry('tag', '<b>');
    const pieces = glossPieces('<img src=x onerror=alert(1)> DFC <b> bold', [dfc, tag], new Set());
    expect(pieces.every((p) => typeof p === 'string' || typeof p.text === 'string')).toBe(true);
    expect(show(pieces)).toBe('<img src=x onerror=alert(1)> [DFC:dfc] [<b>:tag] bold');
    // Regular-expression characters in a form are taken literally.
    expect(split('US$ M and US$ bn', [entry('usd', 'US$ M')])).toBe('[US$ M:usd] and US$ bn');
    expect(split('a.b axb', [entry('dot', 'a.b')])).toBe('[a.b:dot] axb');
  });

  it('leaves a text with no terms whole, and an empty text empty', () => {
    expect(glossPieces('nothing here', [dfc], new Set())).toEqual(['nothing here']);
    expect(glossPieces('', [dfc], new Set())).toEqual([]);
  });
});

describe("a scenario's glossary", () => {
  it("lists the scenario's entries first, then the interface's own terms, each form claimed once", () => {
    const sc = tinyScenario({
      glossary: [
        { term: 'DFC', aliases: ['Development Finance Corporation'], meaning: 'A US lender.' },
        { term: { en: 'Capital', es: 'Capital' }, meaning: 'Scenario wording wins.' },
      ],
    });
    const g = glossaryOf(englishWords(sc), sc);
    expect(g[0]).toMatchObject({
      key: 'scenario.0',
      term: 'DFC',
      forms: ['DFC', 'Development Finance Corporation'],
      meaning: 'A US lender.',
    });
    expect(g[1]).toMatchObject({ key: 'scenario.1', meaning: 'Scenario wording wins.' });
    const capital = g.find((e) => e.key === 'engine.capital');
    // "Political capital" is still the engine's; its alias "capital" went to the scenario's entry.
    expect(capital?.forms).toEqual(['Political capital']);
    const gdp = g.find((e) => e.key === 'engine.gdp');
    expect(gdp?.term).toBe('GDP');
    expect(gdp?.meaning.length).toBeGreaterThan(20);
    expect(g.every((e) => e.meaning.length > 0 && !/[{}]/.test(e.meaning))).toBe(true);
  });
});
