import { describe, expect, it } from 'vitest';
import { aiMove, autoPlay, createGame, type Scenario, step } from '../../src/sim/index';
import { play, tinyScenario } from './helpers';

/**
 * What the hard level weighs that normal does not (issue 11: normal → hard did not separate for
 * the Paz US and went backwards for the Arce Bolivia). Each case is a situation where hard now
 * chooses better, and the game shows it.
 */

/**
 * A host whose reserves drain by 0.4 a turn by the economy's own dynamics (like Arce's reserves
 * with the gas): left alone they end at 3.3, just above the 3.0 its milestone needs. Spending a
 * dollar of them buys 2 points now, and costs the 10-point milestone at the game's end, not
 * within a look-ahead of one or two turns.
 */
function drainingHost(): Scenario {
  return tinyScenario({
    turns: 8,
    meters: [
      { id: 'x', name: 'X', min: 0, max: 10, initial: 5 },
      { id: 'y', name: 'Y', min: 0, max: 10, initial: 0 },
      { id: 'outflow', name: 'Outflow', min: 0, max: 10, initial: 1 },
      { id: 'res', name: 'Reserves', min: 0, max: 20, initial: 6.5, dynamics: { drivers: [{ from: 'outflow', coef: -0.4 }] } },
    ],
    actions: [
      {
        id: 'spend',
        actor: 'h',
        kind: 'domestic',
        name: 'Spend reserves',
        cost: { capital: 1 },
        effects: [
          { meter: 'res', add: -1 },
          { meter: 'y', add: 2 },
        ],
        limit: { perGame: 1 },
      },
    ],
    objectives: [
      { actor: 'p', winAt: 10, items: [{ id: 'x', text: 'x high', meter: 'x', from: 0, to: 10, points: 10 }] },
      {
        actor: 'h',
        winAt: 10,
        items: [
          { id: 'res', text: 'reserves of 3 or more', when: { meter: 'res', gte: 3 }, points: 10 },
          { id: 'y', text: 'y high', meter: 'y', from: 0, to: 10, points: 10 },
        ],
      },
    ],
  });
}

describe('the hard level', () => {
  it("as a host, judges a move by where its economy's own drain leaves it at the end, and keeps a milestone normal spends", () => {
    const sc = drainingHost();
    const first = (level: 'normal' | 'hard') => {
      const s = play(createGame(sc, { seed: 1, levels: { h: level } }), sc, { type: 'endPhase', actor: 'p' });
      return aiMove(level, s, sc, 'h');
    };
    // Normal (one turn ahead: reserves 5.1 after spending) takes the 2 points; hard sees the
    // reserves end at 2.3 and keeps them.
    expect(first('normal')).toMatchObject({ type: 'takeAction', action: 'spend' });
    expect(first('hard')).toMatchObject({ type: 'endPhase' });
    const score = (level: 'normal' | 'hard') => {
      const end = autoPlay(createGame(sc, { seed: 1, levels: { p: 'normal', h: level } }), sc).state;
      return end.over?.scores.h;
    };
    const normal = score('normal');
    const hard = score('hard');
    expect(normal?.lines.find((l) => l.objective === 'res')?.met).toBe(false);
    expect(hard?.lines.find((l) => l.objective === 'res')?.met).toBe(true);
    expect(hard?.score ?? 0).toBeGreaterThan(normal?.score ?? 0);
  });

  it('as a power, does not run its own reserves down that way: it judges relations as they stand', () => {
    // The same drain on a power's objective: hard judges it as the position stands after its
    // look-ahead (trust and influence fade when nobody feeds them, and a power judged by where
    // they fade to chased the wrong goals), so like normal it takes the 2 points.
    const host = drainingHost();
    const sc: Scenario = {
      ...host,
      actions: host.actions.map((a) => ({ ...a, actor: 'p' })),
      objectives: [
        { actor: 'p', winAt: 10, items: (host.objectives[1]?.items ?? []).map((i) => ({ ...i })) },
        { actor: 'h', winAt: 10, items: [{ id: 'x', text: 'x high', meter: 'x', from: 0, to: 10, points: 10 }] },
      ],
    };
    expect(aiMove('hard', createGame(sc, { seed: 1, levels: { p: 'hard' } }), sc, 'p')).toMatchObject({
      type: 'takeAction',
      action: 'spend',
    });
  });

  it('offers a deal that is no loss to it in trade, which normal holds back below its price, and the host signs it', () => {
    // The power asks a high price of its own offers (reservation 5): the only deal the host would
    // sign (the offtake for a royalty) is worth less than that to it, so normal never offers it. Hard offers
    // it (more often, too), and the offtake it signs is what its objective asks for.
    const sc = tinyScenario({
      meters: [
        { id: 'x', name: 'X', min: 0, max: 10, initial: 5 },
        { id: 'trust', name: 'Trust', min: 0, max: 100, initial: 60 },
      ],
      actions: [],
      terms: [
        { id: 'offtake', name: 'Offtake', giver: 'h', amount: { min: 0, max: 40, step: 10, default: 20 }, values: { p: 0.2, h: -0.05 } },
        {
          id: 'royalty',
          name: 'Royalty',
          giver: 'p',
          amount: { min: 2, max: 12, step: 2, default: 4, unit: '%' },
          values: { p: -0.3, h: 0.5 },
        },
      ],
      negotiation: { trust: { p: 'trust' }, actors: { h: { reservation: 1 }, p: { reservation: 5 } }, breachPenalty: 10, memory: 8 },
      objectives: [
        {
          actor: 'p',
          winAt: 10,
          items: [{ id: 'offtake', text: 'offtake signed', when: { deal: 'signed', term: 'offtake' }, points: 10 }],
        },
        { actor: 'h', winAt: 5, items: [{ id: 'x', text: 'x high', meter: 'x', from: 0, to: 10, points: 10 }] },
      ],
    });
    const seeds = Array.from({ length: 20 }, (_, i) => i + 1);
    const offers = (level: 'normal' | 'hard') =>
      seeds
        .map((seed) => ({ seed, s: createGame(sc, { seed, levels: { p: level } }) }))
        .map(({ seed, s }) => ({ seed, s, m: aiMove(level, s, sc, 'p') }));
    expect(offers('normal').filter((o) => o.m?.type === 'proposeDeal')).toHaveLength(0);
    const made = offers('hard').filter((o) => o.m?.type === 'proposeDeal');
    expect(made.length).toBeGreaterThanOrEqual(8);
    const { s, m } = made[0] as (typeof made)[number];
    if (m?.type !== 'proposeDeal') return;
    expect(m.terms.map((t) => t.term)).toContain('offtake');
    const r = step(s, sc, m);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(aiMove('normal', r.state, sc, 'h')).toMatchObject({ type: 'respondDeal', response: 'accept' });
  });
});
