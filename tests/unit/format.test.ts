import { describe, expect, it } from 'vitest';
import { formatNumber, PLAIN_DIGITS } from '../../src/present/format';

// The formatter Intl would use, made here so the shortcut is checked against it: Bolivia's Spanish
// groups from four digits ("1.234"), every other language from five.
const intl = (lang: string, n: number) =>
  new Intl.NumberFormat(lang, {
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
    useGrouping: (lang === 'es-BO' ? 'always' : 'min2') as unknown as boolean,
  }).format(n);

describe('formatNumber', () => {
  const langs = ['en', 'en-GB', 'es', 'es-BO', 'fr', 'de', 'it', 'pt', 'pt-BR', 'nl', 'ca', 'gl', 'eu', 'qu', 'ay', 'gn'];

  it('writes a small whole number as Intl does in every language the shortcut covers', () => {
    for (const lang of langs) {
      expect(PLAIN_DIGITS.test(lang), lang).toBe(true);
      for (const n of [0, 1, 7, 20, 99, 100, 999, 1000, 2021, 9999]) expect(formatNumber(lang, n, 0), `${lang} ${n}`).toBe(intl(lang, n));
    }
  });

  it('leaves other numbers and languages to Intl', () => {
    expect(formatNumber('en', 12345, 0)).toBe('12,345');
    expect(formatNumber('es', 12345, 0)).toBe(intl('es', 12345));
    expect(formatNumber('en', 1.25, 1)).toBe('1.3');
    expect(formatNumber('en', -3, 0)).toBe(intl('en', -3));
    expect(PLAIN_DIGITS.test('ar')).toBe(false);
    expect(formatNumber('ar-EG', 2021, 0)).toBe(intl('ar-EG', 2021));
    expect(formatNumber('en', Number.NaN, 0)).toBe('–');
  });
});
