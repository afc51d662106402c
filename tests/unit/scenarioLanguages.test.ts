import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { auditTexts, claimsOf, missingOf } from '../../src/scenario/textAudit';

/**
 * Issue 16: every text of a shipped scenario is in Spanish, every briefing, event text and action
 * description has a basic reading in English and in Spanish, and every quote a Spanish gloss.
 */
const SHIPPED = ['scenarios/paz-pivot.yaml', 'scenarios/arce-era.yaml'];

describe.each(SHIPPED)('%s', (file) => {
  const data = parseDocument(readFileSync(file, 'utf8')).toJS();

  it('claims Spanish and the basic reading', () => {
    expect(claimsOf(data)).toEqual({ languages: ['en', 'es'], basic: true });
  });

  it('has every text in Spanish, every reading text in a basic reading, every quote glossed', () => {
    const texts = auditTexts(data);
    expect(texts.length).toBeGreaterThan(500);
    const lacking = texts.map((t) => ({ key: t.key, missing: missingOf(t, claimsOf(data)) })).filter((x) => x.missing.length > 0);
    expect(lacking).toEqual([]);
  });

  it('says the basic reading more plainly than the advanced one, and not the same words', () => {
    for (const t of auditTexts(data).filter((x) => x.kind === 'reading')) {
      if (typeof t.value !== 'object') continue;
      for (const lang of ['en', 'es']) {
        const basic = t.value[`${lang}.basic`];
        expect(basic, `${t.key} ${lang}.basic`).toBeTruthy();
        expect(basic, `${t.key} ${lang}.basic is the advanced text`).not.toBe(t.value[lang]);
      }
    }
  });
});
