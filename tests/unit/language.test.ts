import { afterEach, describe, expect, it } from 'vitest';
import { type Catalogue, en, LANGUAGES } from '../../src/i18n/catalogue';
import { words } from '../../src/present/words';
import { createGameStore } from '../../src/state/createGameStore';
import { DEFAULT_SETTINGS, parseSettings } from '../../src/state/persistSettings';

/**
 * The language's mechanics, before a second catalogue exists: the store holds it, the settings
 * remember it (refusing codes the interface does not speak), and the words follow it.
 */
const spanishFigure = (n: number): string =>
  new Intl.NumberFormat('es', { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 'min2' as unknown as boolean }).format(n);

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
  const table = LANGUAGES as Record<string, { name: string; catalogue: Catalogue }>;
  afterEach(() => {
    delete table.es;
  });

  it('falls back to English for a code the interface does not speak', () => {
    expect('es' in LANGUAGES).toBe(false);
    const w = words('es');
    expect(w.lang).toBe('en');
    expect(w.num(12345.5)).toBe('12,345.5');
    expect(w.num(12345.5)).toBe(words('en').num(12345.5));
    expect(w.num(12345.5)).not.toBe(spanishFigure(12345.5));
    expect(w.t('top.menu')).toBe(en['top.menu']);
  });

  it('formats numbers for the language once it is spoken, with its own catalogue', () => {
    table.es = { name: 'Español', catalogue: { ...en, 'top.menu': 'Menú del juego' } };
    const w = words('es');
    expect(w.lang).toBe('es');
    expect(w.num(12345.5)).toBe(spanishFigure(12345.5));
    expect(w.num(12345.5)).toBe('12.345,5');
    expect(w.signed(-2.5)).toBe('−2,5');
    expect(w.t('top.menu')).toBe('Menú del juego');
    expect(words('en').t('top.menu')).toBe('Game menu');
    expect(w).not.toBe(words('en'));
  });
});
