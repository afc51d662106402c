import { describe, expect, it } from 'vitest';
import { loadLanguage } from '../../src/i18n/catalogue';
import { words } from '../../src/present/words';
import { referenceDate } from '../../src/ui/sources';

/** Issue 16: a reference's date, written in English in the scenario, reads with the reader's month names. */
describe("a reference's date in the reader's language", () => {
  it('Spanish month names for a day or a month; English and any other form as written', async () => {
    await loadLanguage('es');
    const es = words('es');
    expect(referenceDate(es, '19 Oct 2025')).toBe('19 oct 2025');
    expect(referenceDate(es, 'Nov 2025')).toBe('nov 2025');
    expect(referenceDate(es, '3 Apr 2025')).toBe('3 abr 2025');
    expect(referenceDate(es, '2024')).toBe('2024');
    expect(referenceDate(es, 'late 2024')).toBe('late 2024');
    expect(referenceDate(words('en'), '19 Oct 2025')).toBe('19 Oct 2025');
  });
});
