import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/catalogue';
import { englishWords, isMessageKey } from '../../src/present/words';
import { type Action, check, createGame, REFUSAL_KEYS, type Refusal, type RefusalKey, whyNot } from '../../src/sim/index';
import { tinyScenario } from './helpers';

const SRC = join(__dirname, '../../src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}

/** The top-level names of an object literal's source text: `{ term: def.name, wait }` → term, wait. */
function paramNames(literal: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let part = '';
  for (const ch of literal.slice(1, -1)) {
    if ('([{'.includes(ch)) depth++;
    if (')]}'.includes(ch)) depth--;
    if (ch === ',' && depth === 0) {
      names.push(part);
      part = '';
    } else part += ch;
  }
  names.push(part);
  return names.map((p) => p.trim().match(/^(\w+)/)?.[1] ?? '').filter((n) => n !== '');
}

/** Every `refuse(code, key, params)` the code can make: its key and the names of the params it passes. */
function refusalsInCode(): { key: string; params: string[]; at: string }[] {
  const out: { key: string; params: string[]; at: string }[] = [];
  for (const file of sources(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\brefuse\(\s*'\w+',\s*'(\w+)'\s*(,\s*\{)?/g)) {
      let params: string[] = [];
      if (m[2]) {
        const start = (m.index ?? 0) + m[0].length - 1;
        let depth = 0;
        let end = start;
        for (; end < text.length; end++) {
          if (text[end] === '{') depth++;
          if (text[end] === '}' && --depth === 0) break;
        }
        params = paramNames(text.slice(start, end + 1));
      }
      out.push({ key: m[1] ?? '', params, at: file.slice(SRC.length + 1) });
    }
  }
  return out;
}

/** The placeholders of every form of a message. */
function placeholders(key: string): Set<string> {
  const m = en[key as keyof typeof en];
  const forms = typeof m === 'string' ? [m] : Object.entries(m).flatMap(([k, v]) => (k === 'count' ? [] : [v]));
  return new Set(forms.flatMap((f) => [...f.matchAll(/\{(\w+)(?::[^}]*)?\}/g)].map((x) => x[1] ?? '')));
}

const refusal = (key: RefusalKey, params: Refusal['params']): Refusal => ({ code: 'malformed', key, params });

describe("refusals in the reader's words", () => {
  it('the catalogue words every refusal key of the sim, and no other', () => {
    for (const key of REFUSAL_KEYS) expect(isMessageKey(`refusal.${key}`), key).toBe(true);
    const extra = Object.keys(en).filter((k) => k.startsWith('refusal.') && !(REFUSAL_KEYS as readonly string[]).includes(k.slice(8)));
    expect(extra).toEqual([]);
  });

  it('every refusal the code makes names a known key and passes every placeholder its message fills', () => {
    const made = refusalsInCode();
    expect(made.length).toBeGreaterThan(40);
    for (const r of made) {
      expect(REFUSAL_KEYS, `${r.at}: ${r.key}`).toContain(r.key);
      for (const p of placeholders(`refusal.${r.key}`)) expect(r.params, `${r.at}: refusal.${r.key} needs {${p}}`).toContain(p);
    }
    // Every key is made somewhere: a key no code gives is a message nobody reads.
    expect(new Set(made.map((r) => r.key))).toEqual(new Set(REFUSAL_KEYS));
  });

  it('worded with its params, no refusal leaves a {placeholder}', () => {
    const w = englishWords();
    for (const key of REFUSAL_KEYS) {
      const params = Object.fromEntries([...placeholders(`refusal.${key}`)].map((p) => [p, p === 'limit' || p === 'wait' ? 2 : 'A name']));
      const text = w.refusal(refusal(key, params));
      expect(text, key).not.toMatch(/[{}]/);
      expect(text.length, key).toBeGreaterThan(5);
    }
  });

  it('counts are worded in the plural forms of the language: once, twice and more, next turn', () => {
    const w = englishWords();
    const say = (key: RefusalKey, n: number, name: 'limit' | 'wait') => w.refusal(refusal(key, { action: 'Build', [name]: n }));
    expect(say('perTurn', 1, 'limit')).toBe('Build can be taken once a turn.');
    expect(say('perTurn', 2, 'limit')).toBe('Build can be taken 2 times a turn.');
    expect(say('perGame', 1, 'limit')).toBe('Build can be taken once a game.');
    expect(say('perGame', 2, 'limit')).toBe('Build can be taken 2 times a game.');
    expect(say('coolingDown', 1, 'wait')).toBe('Build can be taken again next turn.');
    expect(say('coolingDown', 2, 'wait')).toBe('Build can be taken again in 2 turns.');
    // A refusal worded whole picks the same forms.
    expect(w.refusal(refusal('perTurn', { action: 'Build', limit: 1 }))).toBe('Build can be taken once a turn.');
    expect(w.refusal(refusal('coolingDown', { action: 'Build', wait: 3 }))).toBe('Build can be taken again in 3 turns.');
  });

  it('the interface shows each refusal from the catalogue, with names and numbers filled in', () => {
    const sc = tinyScenario();
    const s = createGame(sc, { seed: 1, controllers: { p: 'human', h: 'human', o: 'human' } });
    const cases: (Refusal | null)[] = [
      whyNot(s, sc, 'h', 'campaign'), // not the host's move
      whyNot(s, sc, 'p', 'campaign'), // not p's action
      whyNot(s, sc, 'p', 'build'), // needs a target
      whyNot(s, sc, 'p', 'build', 'nowhere'),
      whyNot(s, sc, 'p', 'visit', 's1'), // takes no target
      check(s, sc, { type: 'proposeDeal', actor: 'p', to: 'h', terms: [] } as Action),
      check(s, sc, { type: 'respondDeal', actor: 'h', deal: 99, response: 'accept' }),
      check(s, sc, { nonsense: true } as unknown as Action),
    ];
    const refusals = cases.filter((r): r is Refusal => r !== null);
    expect(refusals.map((r) => r.key)).toEqual([
      'notYourPhase',
      'notYourAction',
      'needsTarget',
      'badTarget',
      'noTarget',
      'noTerms',
      'unknownDeal',
      'malformed',
    ]);
    const w = englishWords(sc);
    for (const r of refusals) expect(w.refusal(r), r.key).not.toMatch(/[{}]/);
    expect(w.refusal(refusals[0]!)).toBe("It is not Host's move.");
    expect(w.refusal(refusals[2]!)).toBe('Build needs a site as its target.');
  });

  it('a scenario name in several languages reaches the refusal as text, not as an object', () => {
    const sc = tinyScenario();
    const named = { ...sc, actions: sc.actions.map((a) => (a.id === 'campaign' ? { ...a, name: { en: 'Campaign', es: 'Campaña' } } : a)) };
    const s = createGame(named, { seed: 1 });
    const r = whyNot(s, named, 'p', 'campaign');
    expect(r?.params.action).toEqual({ en: 'Campaign', es: 'Campaña' });
    expect(englishWords(named).refusal(r!)).toBe('Campaign is not one of your actions.');
  });
});
