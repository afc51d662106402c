import { describe, expect, it } from 'vitest';
import { englishWords } from '../../src/present/words';
import { crossCheck } from '../../src/scenario/crossCheck';
import { aiMove, assessDeal, autoPlay, createGame, type GameState, type Scenario, said, step } from '../../src/sim/index';
import { draftOffer, shapeDeal } from '../../src/sim/negotiation/shapeDeal';
import { play, tinyScenario } from './helpers';

/**
 * Tiny with two rival packages from the power to the host (`west` and `east`: signing one bars
 * the other) and a `quota` that needs the meter x at 6 or more (it starts at 5; `visit` adds 2).
 */
function gated(): Scenario {
  return tinyScenario({
    terms: [
      {
        id: 'west',
        name: 'Western package',
        giver: 'p',
        values: { p: 2, h: 3 },
        requires: { not: { deal: 'signed', term: 'east' } },
        requiresText: 'the eastern package is signed',
      },
      {
        id: 'east',
        name: 'Eastern package',
        giver: 'p',
        values: { p: 2, h: 3 },
        requires: { not: { deal: 'signed', term: 'west' } },
        requiresText: 'the western package is signed',
      },
      { id: 'quota', name: 'Quota', giver: 'h', values: { p: 3, h: -0.5 }, requires: { meter: 'x', gte: 6 } },
    ],
  });
}

function signed(sc: Scenario, term: string): GameState {
  let s = createGame(sc, { seed: 2 });
  s = play(s, sc, { type: 'proposeDeal', actor: 'p', to: 'h', terms: [{ term, amount: 1 }] });
  const id = s.deals[s.deals.length - 1]?.id ?? 0;
  return play(s, sc, { type: 'respondDeal', actor: 'h', deal: id, response: 'accept' });
}

describe('a term with requires', () => {
  it('cannot be offered while its condition fails: the refusal carries the scenario text', () => {
    const sc = gated();
    const s = signed(sc, 'west');
    const r = step(s, sc, { type: 'proposeDeal', actor: 'p', to: 'h', terms: [{ term: 'east', amount: 1 }] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toMatchObject({ code: 'termUnavailable', key: 'termUnavailable', params: { text: 'the western package is signed' } });
    const words = englishWords(sc).say(said(`refusal.${r.reason.key}`, r.reason.params));
    expect(words).toBe('Eastern package cannot be agreed now: the western package is signed');
    // Without requiresText, the default words name the term.
    const q = step(createGame(sc, { seed: 2 }), sc, { type: 'proposeDeal', actor: 'p', to: 'h', terms: [{ term: 'quota', amount: 1 }] });
    expect(q.ok ? null : q.reason).toMatchObject({ code: 'termUnavailable', key: 'termUnavailableDefault' });
  });

  it('becomes available when its condition holds', () => {
    const sc = gated();
    let s = createGame(sc, { seed: 2 });
    s = play(s, sc, { type: 'takeAction', actor: 'p', action: 'visit' });
    expect(s.national.x).toBe(7);
    expect(step(s, sc, { type: 'proposeDeal', actor: 'p', to: 'h', terms: [{ term: 'quota', amount: 1 }] }).ok).toBe(true);
  });

  it('an offer made before the rival was signed can no longer be accepted, nor countered with it', () => {
    const sc = gated();
    let s = createGame(sc, { seed: 2 });
    s = play(s, sc, { type: 'proposeDeal', actor: 'p', to: 'h', terms: [{ term: 'east', amount: 1 }] });
    const eastOffer = s.deals[0]?.id ?? 0;
    // The host proposes the western package itself and the power signs it.
    s = play(s, sc, { type: 'endPhase', actor: 'p' }, { type: 'proposeDeal', actor: 'h', to: 'p', terms: [{ term: 'west', amount: 1 }] });
    s = play(s, sc, { type: 'respondDeal', actor: 'p', deal: s.deals[1]?.id ?? 0, response: 'accept' });
    const accept = step(s, sc, { type: 'respondDeal', actor: 'h', deal: eastOffer, response: 'accept' });
    expect(accept.ok ? null : accept.reason.code).toBe('termUnavailable');
    const counter = step(s, sc, { type: 'counterDeal', actor: 'h', deal: eastOffer, terms: [{ term: 'east', amount: 1 }] });
    expect(counter.ok ? null : counter.reason.code).toBe('termUnavailable');
    // The host's judgement says why, and it would not sign.
    const a = assessDeal(s, sc, 'h', 'p', [{ term: 'east', amount: 1 }], eastOffer);
    expect(a.accept).toBe(false);
    expect(a.reasons.map((x) => x.key)).toContain('reason.termUnavailable');
    expect(a.reasons[0]?.key).toBe('reason.cannotSign');
    // The AI answers it without accepting.
    const move = aiMove('normal', s, sc, 'h');
    expect(move?.type === 'respondDeal' && move.response === 'accept').toBe(false);
  });

  it('the AI never drafts, shapes or counters with an unavailable term', () => {
    const sc = gated();
    const s = signed(sc, 'west');
    expect(draftOffer(s, sc, 'p', 'h', 0)?.map((t) => t.term) ?? []).not.toContain('east');
    expect(draftOffer(s, sc, 'p', 'h', 0)?.map((t) => t.term) ?? []).not.toContain('quota');
    // A bundle holding the barred term is shaped without it, or not at all when it is held fixed.
    const shaped = shapeDeal(s, sc, 'h', 'p', [{ term: 'east', amount: 1 }]);
    expect(shaped?.terms.map((t) => t.term) ?? []).not.toContain('east');
    expect(shapeDeal(s, sc, 'h', 'p', [{ term: 'east', amount: 1 }], ['east'])).toBeNull();
    // Whole AI games: once one package is signed, the other is never proposed or signed.
    let games = 0;
    for (let seed = 1; seed <= 6; seed++) {
      const end = autoPlay(createGame(sc, { seed, levels: { p: 'normal', h: 'normal', o: 'normal' } }), sc).state;
      const first = end.deals.find(
        (d) => d.status !== 'proposed' && d.signedTurn !== undefined && d.terms.some((t) => t.term === 'west' || t.term === 'east'),
      );
      if (!first) continue;
      const mine = first.terms.find((t) => t.term === 'west' || t.term === 'east')?.term;
      const rival = mine === 'west' ? 'east' : 'west';
      const later = end.deals.filter((d) => d.id > first.id && d.terms.some((t) => t.term === rival));
      expect(later).toEqual([]);
      games++;
    }
    expect(games).toBeGreaterThan(0);
  });

  it('the validator checks the condition and wants requires with requiresText', () => {
    const sc = gated();
    const bad: Scenario = {
      ...sc,
      terms: [
        { id: 't1', name: 'T1', giver: 'p', values: { h: 1 }, requires: { meter: 'nowhere', gt: 1 } },
        { id: 't2', name: 'T2', giver: 'p', values: { h: 1 }, requires: { deal: 'signed', term: 'ghost' } },
        { id: 't3', name: 'T3', giver: 'p', values: { h: 1 }, requiresText: 'why' },
      ],
    };
    const ps = crossCheck(bad).map((p) => `${p.path.join('.')}: ${p.message}`);
    expect(ps).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^terms\.0\.requires\.meter: unknown meter "nowhere"/),
        expect.stringMatching(/^terms\.1\.requires\.term: unknown term "ghost"/),
        expect.stringMatching(/^terms\.2\.requiresText: requiresText without requires/),
      ]),
    );
  });
});
