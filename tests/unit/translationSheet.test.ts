import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { loadScenarioText } from '../../src/scenario/loadScenario';
import { auditTexts, claimsOf, textProblems } from '../../src/scenario/textAudit';
import { applySheet, extractSheet } from '../../src/scenario/translationSheet';
import { textOf } from '../../src/sim';

// Issue 16: a scenario's texts out to a sheet and back, the validator's word on translations.
const FILE = 'scenarios/dev-sandbox.yaml';
const SRC = readFileSync(FILE, 'utf8');
const data = (src: string): unknown => parseDocument(src).toJS();
const load = (src: string) => {
  const r = loadScenarioText(src, FILE);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r;
};

describe('the text audit', () => {
  it('finds every kind of text by the schema: names, reading texts, quotes, source checks', () => {
    const texts = auditTexts(data(SRC));
    const byKey = new Map(texts.map((t) => [t.key, t]));
    expect(byKey.get('title')?.kind).toBe('text');
    expect(byKey.get('actors/us/briefing/situation')?.kind).toBe('reading');
    expect(byKey.get('events/road_blockade/text')?.kind).toBe('reading');
    expect(byKey.get('events/road_blockade/title')?.kind).toBe('text');
    expect(byKey.get('events/road_blockade/options/negotiate/label')?.value).toBe('Negotiate with the protesters');
    expect(byKey.get('actions/lithium_plant/sources/0/quote')?.kind).toBe('quote');
    // Ids, numbers and flags are not texts.
    expect(texts.some((t) => t.key.endsWith('/id') || t.key.endsWith('/chance'))).toBe(false);
    expect(texts.every((t) => typeof t.value === 'string' || typeof t.value === 'object')).toBe(true);
  });

  it('leaves a normal parse untouched: the loaded scenario holds plain texts', () => {
    const sc = load(SRC).scenario;
    expect(sc.title).toBe('Development sandbox');
    expect(JSON.stringify(sc)).not.toContain('MarkedText');
  });
});

describe('a translation sheet', () => {
  const ask = { languages: ['en', 'es'], basic: true };
  const sheet = parse(extractSheet(data(SRC), ask, '')) as Record<string, Record<string, string>>;

  it('lists each text with its English and a slot per language; basic slots only on reading texts', () => {
    expect(sheet.title).toEqual({ en: 'Development sandbox', es: '' });
    expect(sheet['events/road_blockade/text']).toEqual({
      en: 'Protesters block the main highways.',
      es: '',
      'en.basic': '',
      'es.basic': '',
    });
    expect(sheet['actions/lithium_plant/sources/0/quote']).toEqual({
      en: 'Lithium extraction represents a critical strategic asset',
      es: '',
    });
  });

  it('applies filled slots into block, flow and list texts, changing nothing else, and the file still loads', () => {
    const filled = {
      title: { es: 'Entorno de desarrollo' },
      summary: {
        es: 'Un mundo de prueba: tres actores y unos pocos acontecimientos. Cada cifra es un supuesto de diseño, y esta frase es larga a propósito para que se doble en varias líneas.',
      },
      'presets/short/name': { es: 'Prueba corta' },
      'events/road_blockade/text': {
        es: 'Manifestantes bloquean las carreteras: «¡no pasarán!»',
        'en.basic': 'People block the roads.',
        'es.basic': 'La gente bloquea las rutas.',
      },
      'actions/lithium_plant/sources/0/quote': { es: 'La extracción de litio es un activo estratégico' },
    };
    const r = applySheet(SRC, filled);
    if (!r.ok) throw new Error(r.problems.join('\n'));
    expect(r.applied).toBe(5);
    const sc = load(r.text).scenario;
    expect(textOf(sc.title, 'es')).toBe('Entorno de desarrollo');
    expect(textOf(sc.title, 'en')).toBe('Development sandbox');
    expect(textOf(sc.summary, 'es')).toBe(filled.summary.es);
    expect(textOf(sc.presets?.[0]?.name, 'es')).toBe('Prueba corta');
    const ev = sc.events?.find((e) => e.id === 'road_blockade');
    expect(textOf(ev?.text, 'es')).toBe(filled['events/road_blockade/text'].es);
    expect(textOf(ev?.text, 'es', 'basic')).toBe('La gente bloquea las rutas.');
    expect(textOf(ev?.text, 'en', 'basic')).toBe('People block the roads.');
    expect(textOf(ev?.text, 'en')).toBe('Protesters block the main highways.');
    const src = sc.actions.find((a) => a.id === 'lithium_plant')?.sources?.[0];
    expect(src?.quote).toBe('Lithium extraction represents a critical strategic asset');
    expect(src?.gloss?.es).toBe('La extracción de litio es un activo estratégico');
    // Only the texts' own lines changed: comments and the rest stay as written.
    const before = SRC.split('\n');
    const after = r.text.split('\n');
    for (const line of before.filter((l) => l.trimStart().startsWith('#'))) expect(after).toContain(line);
    expect(after.length - before.length).toBeLessThan(20);
    // Applying the same sheet again changes nothing.
    const again = applySheet(r.text, filled);
    expect(again.ok && again.text).toBe(r.text);
  });

  it('refuses an unknown path, a bad key and a basic reading of a quote, writing nothing', () => {
    const r = applySheet(SRC, {
      'events/nope/text': { es: 'x' },
      title: { 'e s': 'x' },
      'actions/lithium_plant/sources/0/quote': { 'es.basic': 'x' },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.join('\n')).toMatch(/events\/nope\/text: no such text/);
    expect(r.problems.join('\n')).toMatch(/title: e s: not a language code/);
    expect(r.problems.join('\n')).toMatch(/quote stays as written/);
  });
});

describe('the validator on translations', () => {
  it('names each text lacking a language the file claims, at its line; nothing when none is claimed', () => {
    expect(textProblems(data(SRC))).toEqual([]);
    const claimed = SRC.replace('version: 1\n', 'version: 1\nlanguages: [en, es]\nreadings: [basic]\n');
    expect(claimsOf(data(claimed))).toEqual({ languages: ['en', 'es'], basic: true });
    const r = load(claimed);
    const missing = r.warnings.filter((w) => w.key === 'validator.text.missing');
    expect(missing.length).toBeGreaterThan(0);
    const title = missing.find((w) => w.path === 'title');
    expect(title?.line).toBe(claimed.split('\n').findIndex((l) => l.startsWith('title:')) + 1);
    expect(title?.message).toMatch(/lacks es/);
    const blockade = r.warnings.find((w) => w.path === 'events[road_blockade].text');
    expect(blockade?.message).toMatch(/lacks es, en\.basic, es\.basic/);
    expect(r.warnings.some((w) => w.key === 'validator.text.noGloss')).toBe(true);
  });

  it('says when texts use a language or basic readings the file does not claim, and refuses no file for it', () => {
    const r = applySheet(SRC, {
      title: { es: 'Entorno', qu: 'Yachay' },
      'events/road_blockade/text': { 'en.basic': 'People block roads.' },
    });
    if (!r.ok) throw new Error(r.problems.join('\n'));
    const loaded = load(r.text);
    const keys = loaded.warnings.map((w) => `${w.key} ${w.params.code ?? ''}`);
    expect(keys).toContain('validator.text.unclaimed es');
    expect(keys).toContain('validator.text.unclaimed qu');
    expect(keys).toContain('validator.text.unclaimedBasic basic');
  });
});
