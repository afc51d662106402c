import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/headless';
import { assessDeal, createGame } from '../../src/sim/index';
import { draftOffer } from '../../src/sim/negotiation/shapeDeal';
import { trustBetween } from '../../src/sim/negotiation/trust';
import { createGameStore } from '../../src/state/createGameStore';
import { tinyScenario } from './helpers';

describe('rival offers', () => {
  it('a power drafts an offer of a package it is keen to give, not only of what it wants in return', async () => {
    const sc = tinyScenario({
      terms: [
        { id: 'package', name: 'Package', giver: 'p', values: { p: 2, h: 3 } },
        {
          id: 'credit',
          name: 'Credit',
          giver: 'p',
          amount: { min: 100, max: 500, step: 100, default: 200 },
          values: { p: 0.001, h: 0.004 },
        },
      ],
    });
    const s = createGame(sc, { seed: 1 });
    const terms = draftOffer(s, sc, 'p', 'h', 0.5);
    expect(terms?.map((x) => x.term)).toContain('package');
    expect(assessDeal(s, sc, 'h', 'p', terms ?? []).accept).toBe(true);
  });

  it('in the Paz scenario, China bids against the United States for Bolivia, and its bid raises what Bolivia needs', async () => {
    const { scenario: sc, hash } = loadScenario('paz-pivot');
    // Bolivia passes its moves; in some games both the United States and China then leave
    // offers (the AI offers when its stream says so, and China's lithium package waits for the
    // Assembly's support). Take the first seed and turn where both do.
    let game = null as ReturnType<ReturnType<typeof createGameStore>['getState']>['game'];
    let open: NonNullable<typeof game>['deals'] = [];
    const bothBid = (): boolean =>
      new Set(open.map((d) => d.from)).size === 2 && open.some((d) => d.terms.some((x) => x.term === 'china_package'));
    for (let seed = 1; seed <= 40 && !bothBid(); seed++) {
      const store = createGameStore([{ id: sc.id, hash, scenario: sc }]);
      expect(await store.getState().startGame({ scenarioId: sc.id, side: 'bolivia', seed, mode: 'solo', aiLevel: 'normal' })).toBe(true);
      for (let turn = 1; turn <= 8 && !bothBid() && !store.getState().game?.over; turn++) {
        // Answer the events put to Bolivia (their first option), then pass.
        for (const c of store.getState().game?.pending.filter((p) => p.actor === 'bolivia') ?? []) {
          const option = sc.events?.find((e) => e.id === c.event)?.options?.[0]?.id ?? '';
          expect((await store.getState().dispatch({ type: 'chooseOption', actor: 'bolivia', choice: c.id, option })).ok).toBe(true);
        }
        expect((await store.getState().dispatch({ type: 'endPhase', actor: 'bolivia' })).ok).toBe(true);
        game = store.getState().game;
        open = game?.deals.filter((d) => d.status === 'proposed' && d.to === 'bolivia') ?? [];
      }
    }
    if (!game) throw new Error('no game');
    expect(open.map((d) => d.from).sort()).toEqual(['china', 'us']);
    const china = open.find((d) => d.from === 'china');
    const us = open.find((d) => d.from === 'us');
    if (!china || !us) throw new Error('missing offer');
    expect(china.terms.map((x) => x.term)).toContain('china_package');
    const a = assessDeal(game, sc, 'bolivia', 'us', us.terms, us.id);
    expect(a.alternative?.from).toBe('china');
    expect(a.need).toBeGreaterThan(0.5);
  });

  it('the Paz scenario tracks US–Bolivia trust in its trust meter, and a broken promise halves it', async () => {
    const { scenario: sc, hash } = loadScenario('paz-pivot');
    const store = createGameStore([{ id: sc.id, hash, scenario: sc }]);
    store.getState().startGame({ scenarioId: sc.id, side: 'us', seed: 9, mode: 'solo', aiLevel: 'normal' });
    expect(
      (
        await store.getState().dispatch({
          type: 'proposeDeal',
          actor: 'us',
          to: 'bolivia',
          terms: [
            // Terms open on the first turn (the offtake waits for the Assembly, processing for the law).
            { term: 'tech_transfer', amount: 1 },
            { term: 'royalty', amount: 8 },
          ],
        })
      ).ok,
    ).toBe(true);
    const signed = store.getState().game?.deals.find((d) => d.status === 'signed');
    if (!signed) throw new Error('Bolivia did not sign');
    const before = trustBetween(store.getState().game!, sc, 'us', 'bolivia');
    expect((await store.getState().dispatch({ type: 'breakDeal', actor: 'us', deal: signed.id })).ok).toBe(true);
    const after = trustBetween(store.getState().game!, sc, 'us', 'bolivia');
    expect(after).toBeCloseTo(Math.max(0, before / 2 - 10), 5);
  });
});
