import { describe, expect, it } from 'vitest';
import { catalogueOf, en, LANGUAGES, loadLanguage } from '../../src/i18n/catalogue';
import { words } from '../../src/present/words';
import { createGameStore } from '../../src/state/createGameStore';
import { DEFAULT_SETTINGS, parseSettings } from '../../src/state/persistSettings';

/**
 * The language's mechanics, before a second catalogue exists: the store holds it, the settings
 * remember it (refusing codes the interface does not speak), and the words follow it.
 */

describe('the language in the store', () => {
  it('keeps the language it was created with, and setLanguage changes it', () => {
    const store = createGameStore([], { lang: 'es' });
    expect(store.getState().lang).toBe('es');
    store.getState().setLanguage('en');
    expect(store.getState().lang).toBe('en');
    expect(createGameStore([]).getState().lang).toBe('en');
  });
});

describe('the language in the settings', () => {
  it('round-trips a language the interface speaks', () => {
    const saved = parseSettings(JSON.stringify({ ...DEFAULT_SETTINGS, lang: 'es', master: 0.3 }), ['en', 'es']);
    expect(saved.lang).toBe('es');
    expect(parseSettings(JSON.stringify(saved), ['en', 'es'])).toEqual(saved);
  });

  it('refuses an unknown or malformed code, falling back to the first language', () => {
    expect(parseSettings(JSON.stringify({ lang: 'xx' }), ['en', 'es']).lang).toBe('en');
    expect(parseSettings(JSON.stringify({ lang: 42 }), ['en']).lang).toBe('en');
    expect(parseSettings(JSON.stringify({ lang: 'es' })).lang).toBe('en');
    expect(parseSettings(null).lang).toBe('en');
  });
});

describe('words per language', () => {
  it("speaks English for Spanish until its catalogue is loaded, then Spanish, with Bolivia's numbers", async () => {
    // The Spanish catalogue is fetched on demand: before, words for "es" are the English ones.
    if (!catalogueOf('es')) {
      const before = words('es');
      expect(before.lang).toBe('en');
      expect(before.num(12345.5)).toBe('12,345.5');
      expect(before.t('top.menu')).toBe(en['top.menu']);
    }
    expect(await loadLanguage('es')).toBe('es');
    const w = words('es');
    expect(w.lang).toBe('es');
    expect(w.num(1234.5)).toBe('1.234,5');
    expect(w.num(12345.5)).toBe('12.345,5');
    expect(w.num(999, 0)).toBe('999');
    expect(w.num(1234, 0)).toBe('1.234');
    expect(w.signed(-2.5)).toBe('−2,5');
    expect(w.t('top.menu')).not.toBe(en['top.menu']);
    expect(w.t('top.menu')).toBe(catalogueOf('es')?.['top.menu']);
    expect(words('en').t('top.menu')).toBe('Game menu');
    expect(words('en').num(1234.5)).toBe('1234.5');
    expect(w).not.toBe(words('en'));
  });

  it('falls back to English for a code the interface does not speak, and loading it gives English', async () => {
    expect(words('xx').lang).toBe('en');
    expect(await loadLanguage('xx')).toBe('en');
    expect(Object.keys(LANGUAGES)).toEqual(['en', 'es']);
  });

  it('picks plural forms by the language: one and other in Spanish', async () => {
    await loadLanguage('es');
    const w = words('es');
    const one = w.t('builder.runs', { turns: 1 });
    const many = w.t('builder.runs', { turns: 5 });
    expect(one).toContain('1');
    expect(many).toContain('5');
    expect(one).not.toBe(many.replace('5', '1'));
  });
});
