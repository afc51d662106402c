import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/catalogue';
import { englishWords } from '../../src/present/words';
import { crossCheck } from '../../src/scenario/crossCheck';
import { loadScenarioText } from '../../src/scenario/loadScenario';
import type { Scenario } from '../../src/sim/index';
import { scenarioFiles } from './helpers';

// Issue 10 part 5: the words players read carry no codes, file names, ids or notes to developers.

/** Fields that hold ids, file names or addresses, never words for players. */
const NOT_WORDS = new Set(['id', 'doc', 'refs', 'file', 'url', 'color', 'flag', 'actor', 'meter', 'term', 'project', 'event']);

/** Every string of a scenario a player may read, with where it is. */
function wordsOf(x: unknown, path: string, out: { path: string; text: string }[] = []): { path: string; text: string }[] {
  if (typeof x === 'string') out.push({ path, text: x });
  else if (Array.isArray(x))
    x.forEach((v, i) => {
      wordsOf(v, `${path}[${i}]`, out);
    });
  else if (x && typeof x === 'object')
    for (const [k, v] of Object.entries(x)) if (!NOT_WORDS.has(k) && k !== 'references') wordsOf(v, `${path}.${k}`, out);
  return out;
}

const load = (file: string): Scenario => {
  const r = loadScenarioText(readFileSync(file, 'utf8'), file);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r.scenario;
};

describe.each(scenarioFiles())('%s', (file) => {
  const sc = load(file);

  it('has no reference codes, file names or fact-check jargon in any text a player reads', () => {
    const bad = wordsOf(sc, sc.id).filter(
      ({ text }) =>
        /\bR\d{1,3}\b/.test(text) ||
        /§|factcheck|dossier|not tracked/i.test(text) ||
        /\d{3}_[0-9a-f]{16}\.txt/.test(text) ||
        /\?\.|\(s\)/.test(text) ||
        // Documents are named by title, not by their number in the seed set.
        /\b(document|seed|doc) \d{3}\b/i.test(text),
    );
    expect(bad).toEqual([]);
  });

  it('names every reference its sources use in its references list', () => {
    const listed = new Set((sc.references ?? []).map((r) => r.id));
    const used = JSON.stringify(sc).match(/"(?:doc|refs)":(?:"R\d+"|\[[^\]]*\])/g) ?? [];
    const ids = used.flatMap((u) => u.match(/R\d+/g) ?? []);
    for (const id of ids) expect(listed, `reference ${id}`).toContain(id);
    for (const r of sc.references ?? []) expect(r.title, r.id).not.toEqual('');
  });
});

describe('the scenarios offered to players', () => {
  it('the development sandbox is marked as a test world; the real scenarios are listed', () => {
    const byId = new Map(
      scenarioFiles()
        .map((f) => load(f))
        .map((sc) => [sc.id, sc]),
    );
    expect(byId.get('dev-sandbox')?.listed).toBe(false);
    expect(byId.get('paz-pivot')?.listed).not.toBe(false);
    expect(byId.get('arce-era')?.listed).not.toBe(false);
  });
});

describe('the cross-check of references', () => {
  const base = load(scenarioFiles().find((f) => f.endsWith('paz-pivot.yaml')) ?? '');
  const withSource = (source: Record<string, unknown>): Scenario =>
    ({ ...base, actions: [{ ...base.actions[0], sources: [source] }, ...base.actions.slice(1)] }) as Scenario;

  it('accepts the scenario as shipped', () => {
    expect(crossCheck(base).filter((p) => /reference/.test(p.message))).toEqual([]);
  });
  it('refuses a reference id that is not listed, in refs or as the source', () => {
    const msgs = crossCheck(withSource({ doc: 'R999', refs: ['R998'] })).map((p) => p.message);
    expect(msgs).toContain('reference "R999" is not listed under references');
    expect(msgs).toContain('reference "R998" is not listed under references');
  });
  it('refuses a listed code written into the words players read', () => {
    const msgs = crossCheck(withSource({ doc: 'R05', ref: 'R05: DFC open for business' })).map((p) => p.message);
    expect(msgs.some((m) => m.includes('"R05" is a reference code'))).toBe(true);
  });
});

describe('possessives, plurals and punctuation in the words', () => {
  const paz = load(scenarioFiles().find((f) => f.endsWith('paz-pivot.yaml')) ?? '');
  const arce = load(scenarioFiles().find((f) => f.endsWith('arce-era.yaml')) ?? '');

  it("a name ending in s takes only the apostrophe; others take 's; a scenario may give its own", () => {
    const w = englishWords(paz);
    expect(w.possessive('us')).toBe("United States'");
    expect(w.possessive('bolivia')).toBe("Bolivia's");
    expect(w.possessive('china')).toBe("China's");
    // "Bolivia (Arce government)" has its possessive in the data.
    expect(englishWords(arce).possessive('bolivia')).toBe("Bolivia's");
  });

  it('messages word possessives through {name:poss}', () => {
    const w = englishWords(paz);
    expect(
      w.say({ key: 'reason.rivalOffer', params: { rival: { ref: 'actor', id: 'us' }, value: 3, actor: { ref: 'actor', id: 'bolivia' } } }),
    ).toBe("United States' offer is worth 3.0 to Bolivia: this one must beat it.");
    expect(w.t('builder.youRejected', { actor: w.actor('us'), id: 2 })).toBe("You rejected United States' offer #2.");
  });

  it('a question filled in before a stop keeps only its question mark', () => {
    const w = englishWords(arce);
    expect(w.t('news.eventWaiting', { title: 'Who supplies the vaccines?', actor: w.actor('us') })).toBe(
      "Event: Who supplies the vaccines? Waiting for United States' answer.",
    );
  });

  it('no English message writes "(s)", "s\'s", a developer reference or an arrow before an id', () => {
    const texts = Object.entries(en).flatMap(([k, m]) => (typeof m === 'string' ? [[k, m]] : Object.values(m).map((v) => [k, String(v)])));
    const bad = texts.filter(
      ([, m]) => /\(s\)|s's\b|not tracked|dossier|Freeciv|Unciv|Stellaris/i.test(m ?? '') || /[A-Za-z] → \{/.test(m ?? ''),
    );
    expect(bad).toEqual([]);
  });
});
