import { describe, expect, it } from 'vitest';
import { loadLanguage } from '../../src/i18n/catalogue';
import { englishWords, words } from '../../src/present/words';
import { createGame, step, whyNot } from '../../src/sim/index';
import { play, tinyScenario } from './helpers';

/**
 * Issue 16: a refusal names a kind of target or a deal's status as a word of the catalogue (a nested
 * Said), never as the sim's English code, so it reads in Spanish too.
 */
describe('refusals name their words through the catalogue', () => {
  const sc = tinyScenario({
    terms: [{ id: 'royalty', name: 'Royalty', giver: 'p', amount: { min: 1, max: 4, default: 2 }, values: { p: -1, h: 1.5 } }],
  });

  it('a target the action needs: “site” in English, “sitio” in Spanish', async () => {
    await loadLanguage('es');
    const r = whyNot(createGame(sc, { seed: 1 }), sc, 'p', 'build');
    expect(r?.key).toBe('needsTarget');
    expect(englishWords(sc).refusal(r!)).toBe('Build needs a site as its target.');
    expect(words('es', sc).refusal(r!)).toBe('Build necesita un destino (sitio).');
  });

  it('an offer already closed: its status worded in the language', async () => {
    await loadLanguage('es');
    let s = play(createGame(sc, { seed: 1 }), sc, { type: 'proposeDeal', actor: 'p', to: 'h', terms: [{ term: 'royalty', amount: 3 }] });
    s = play(s, sc, { type: 'respondDeal', actor: 'h', deal: 1, response: 'reject' });
    const r = step(s, sc, { type: 'respondDeal', actor: 'h', deal: 1, response: 'accept' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason.key).toBe('dealClosed');
    expect(englishWords(sc).refusal(r.reason)).toBe('This offer is already rejected.');
    expect(words('es', sc).refusal(r.reason)).toBe('Esta oferta ya no está abierta (rechazada).');
    // The refusal stays plain JSON (it crosses the network to a class's students).
    expect(JSON.parse(JSON.stringify(r.reason))).toEqual(r.reason);
  });
});
