import { describe, expect, it } from 'vitest';
import { countText, englishSyllables, fernandezHuerta, fleschKincaidGrade, spanishSyllables } from '../../src/present/readability';

// Issue 16: the readability figures the basic readings are measured by.
describe('syllables', () => {
  it('counts Spanish syllables by vowel nuclei, diphthongs and hiatus', () => {
    const cases: [string, number][] = [
      ['casa', 2],
      ['ciudad', 2],
      ['país', 2],
      ['murciélago', 4],
      ['aéreo', 4],
      ['guerra', 2],
      ['que', 1],
      ['hoy', 1],
      ['y', 1],
      ['Bolivia', 3],
      ['Potosí', 3],
      ['acontecimiento', 6],
      ['influencia', 3],
      ['confían', 3],
    ];
    for (const [w, n] of cases) expect(spanishSyllables(w), w).toBe(n);
  });

  it('counts English syllables by vowel groups, minding silent endings', () => {
    const cases: [string, number][] = [
      ['the', 1],
      ['table', 2],
      ['lithium', 3],
      ['deal', 1],
      ['government', 3],
      ['Bolivia', 4],
      ['makes', 1],
      ['nation', 2],
    ];
    for (const [w, n] of cases) expect(englishSyllables(w), w).toBe(n);
  });
});

describe('readability', () => {
  it('rates short plain sentences easier than long technical ones, in both languages', () => {
    const easyEn = countText('The US wants lithium. Bolivia has a lot of it. They must make a deal.', 'en');
    const hardEn = countText(
      'Washington seeks preferential offtake arrangements for critical minerals, conditioned on regulatory liberalisation and investment-protection guarantees.',
      'en',
    );
    expect(easyEn).toEqual({ sentences: 3, words: 15, syllables: expect.any(Number) });
    expect(fleschKincaidGrade(easyEn)).toBeLessThan(3);
    expect(fleschKincaidGrade(hardEn)).toBeGreaterThan(15);
    const easyEs = countText('EE. UU. quiere litio. Bolivia tiene mucho. Deben hacer un trato.', 'es');
    const hardEs = countText(
      'Washington procura acuerdos preferenciales de compra de minerales críticos, condicionados a la liberalización regulatoria y a garantías de protección de inversiones.',
      'es',
    );
    expect(fernandezHuerta(easyEs)).toBeGreaterThan(85);
    expect(fernandezHuerta(hardEs)).toBeLessThan(40);
  });
});
