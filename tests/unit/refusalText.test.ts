import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/messages';
import { type Action, check, createGame, REFUSAL_TEXT, type Refusal, whyNot } from '../../src/sim/index';
import { refusalText } from '../../src/ui/refusalText';
import { tinyScenario } from './helpers';

describe("refusals in the reader's words", () => {
  it('the catalogue has every refusal the sim can give, worded as the sim words it in English', () => {
    for (const [key, text] of Object.entries(REFUSAL_TEXT)) expect(en[`refusal.${key}` as keyof typeof en], key).toBe(text);
    const extra = Object.keys(en).filter((k) => k.startsWith('refusal.') && !(k.slice(8) in REFUSAL_TEXT));
    expect(extra).toEqual([]);
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
    for (const r of refusals) {
      const text = refusalText(r);
      expect(text, r.key).toBe(r.message);
      expect(text).not.toMatch(/[{}]/);
    }
    expect(refusalText(refusals[0]!)).toBe("It is not Host's move.");
    expect(refusalText(refusals[2]!)).toBe('Build needs a site as its target.');
  });

  it('a scenario name in several languages reaches the refusal as text, not as an object', () => {
    const sc = tinyScenario();
    const named = { ...sc, actions: sc.actions.map((a) => (a.id === 'campaign' ? { ...a, name: { en: 'Campaign', es: 'Campaña' } } : a)) };
    const s = createGame(named, { seed: 1 });
    const r = whyNot(s, named, 'p', 'campaign');
    expect(r?.params.action).toEqual({ en: 'Campaign', es: 'Campaña' });
    expect(refusalText(r!)).toBe('Campaign is not one of your actions.');
  });
});
