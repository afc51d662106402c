import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/headless';
import { createGame, type GameState, type Scenario, step } from '../../src/sim/index';
import type { DealDraft } from '../../src/state/createGameStore';
import {
  amountOf,
  draftFor,
  freshDraft,
  sendAction,
  sendBlock,
  setAmount,
  snapAmount,
  startDraft,
  stepOf,
  tick,
} from '../../src/ui/deal/draft';
import { termDefOf } from '../../src/ui/deal/terms';
import { tinyScenario } from './helpers';

/** Power `p` and host `h` with: a stepless amount (1–10, default 3: off the quarter-range grid), a stepped one, and a yes/no term. */
function scenario(): Scenario {
  return tinyScenario({
    terms: [
      { id: 'ore', name: 'Ore', giver: 'h', amount: { min: 1, max: 10, default: 3, unit: 'kt' }, values: { p: 1, h: -0.5 } },
      { id: 'aid', name: 'Aid', giver: 'p', amount: { min: 0, max: 1, step: 0.1, default: 0.5 }, values: { p: -1, h: 2 } },
      { id: 'visit', name: 'Visit', giver: 'p', values: { p: -0.2, h: 1 } },
      { id: 'other', name: 'Other pair', giver: 'o', values: { o: 1 } },
    ],
  });
}

function played(sc: Scenario, s: GameState, ...actions: Parameters<typeof step>[2][]): GameState {
  let cur = s;
  for (const a of actions) {
    const r = step(cur, sc, a);
    if (!r.ok) throw new Error(`refused: ${r.reason.key}`);
    cur = r.state;
  }
  return cur;
}

describe('the deal draft', () => {
  const sc = scenario();
  const def = (id: string) => termDefOf(sc, id) ?? expect.fail(`no term ${id}`);

  it('starts blank with the first partner and offers only the pair’s terms', () => {
    const game = createGame(sc, { seed: 1 });
    const d = startDraft(game, sc, 'p', {});
    expect(d).toEqual({ owner: 'p', partner: 'h', terms: [], parked: {} });
    expect(d && tick(sc, d, 'other', true)).toBe(d);
    expect(startDraft(game, sc, 'o', {})).toBeNull();
  });

  it('ticks a term in at its default amount, and out again remembering the amount', () => {
    let d = freshDraft(sc, 'p', 'h');
    d = tick(sc, d, 'ore', true);
    expect(d.terms).toEqual([{ term: 'ore', amount: 3 }]);
    d = setAmount(sc, d, 'ore', 5.6);
    d = tick(sc, d, 'ore', false);
    expect(d.terms).toEqual([]);
    expect(amountOf(d, def('ore'))).toBe(snapAmount(def('ore'), 5.6));
    d = tick(sc, d, 'ore', true);
    expect(d.terms).toEqual([{ term: 'ore', amount: 6 }]);
    expect(d.parked).toEqual({});
    d = tick(sc, d, 'visit', true);
    expect(sendAction(d)).toEqual({
      type: 'proposeDeal',
      actor: 'p',
      to: 'h',
      terms: [
        { term: 'ore', amount: 6 },
        { term: 'visit', amount: 1 },
      ],
    });
  });

  it('clamps a moved amount to the term’s range and snaps it to its step (when none is set, a round one the default lies on)', () => {
    // 1–10 with default 3: a quarter of the range (2.25) would put the default off the grid
    // (1, 3.25, 5.5…), and a slider snaps to its grid; the round step 1 keeps 3 where it is.
    expect(stepOf(def('ore'))).toBe(1);
    expect(snapAmount(def('ore'), 30)).toBe(10);
    expect(snapAmount(def('ore'), -4)).toBe(1);
    expect(snapAmount(def('ore'), 4.4)).toBe(4);
    expect(snapAmount(def('ore'), 3)).toBe(3);
    expect(snapAmount(def('aid'), 0.33)).toBe(0.3);
    expect(snapAmount(def('aid'), Number.NaN)).toBe(0.5);
    const d = setAmount(sc, tick(sc, freshDraft(sc, 'p', 'h'), 'aid', true), 'aid', 0.7000000001);
    expect(d.terms).toEqual([{ term: 'aid', amount: 0.7 }]);
    // An amount set on an unticked term is kept for when it is ticked.
    const parked = setAmount(sc, d, 'ore', 9.9);
    expect(parked.terms).toEqual(d.terms);
    expect(parked.parked).toEqual({ ore: 10 });
    // A yes/no term has no amount to set.
    expect(setAmount(sc, d, 'visit', 5)).toBe(d);
  });

  it('keeps prefilled amounts exactly (only out-of-range ones are clamped)', () => {
    const d = freshDraft(sc, 'p', 'h', [
      { term: 'ore', amount: 3 },
      { term: 'aid', amount: 7 },
      { term: 'other', amount: 1 },
    ]);
    expect(d.terms).toEqual([
      { term: 'ore', amount: 3 },
      { term: 'aid', amount: 1 },
    ]);
  });

  it('opening a counter starts from the offer’s terms unchanged, and sends exactly them back', () => {
    let game = createGame(sc, { seed: 2, controllers: { p: 'human', h: 'human' } });
    const offer = [
      { term: 'visit', amount: 1 },
      { term: 'ore', amount: 3 },
    ];
    game = played(sc, game, { type: 'proposeDeal', actor: 'p', to: 'h', terms: offer }, { type: 'endPhase', actor: 'p' });
    const deal = game.deals.find((x) => x.status === 'proposed') ?? expect.fail('no offer');
    const d = startDraft(game, sc, 'h', { counterOf: deal.id }) ?? expect.fail('no draft');
    expect(d).toMatchObject({ owner: 'h', partner: 'p', counterOf: deal.id });
    expect(d.terms).toEqual(offer);
    expect(sendAction(d)).toEqual({ type: 'counterDeal', actor: 'h', deal: deal.id, terms: offer });
    expect(sendBlock(game, sc, d)).toBeNull();
    // Not an offer to this side: no counter, a plain draft instead.
    expect(startDraft(game, sc, 'p', { counterOf: deal.id })?.counterOf).toBeUndefined();
  });

  it('keeps each side’s own draft (hot-seat), and drops a kept draft for another partner or owner', () => {
    const game = createGame(sc, { seed: 3 });
    const kept: DealDraft = { owner: 'p', partner: 'h', terms: [{ term: 'visit', amount: 1 }], parked: {} };
    expect(startDraft(game, sc, 'p', {}, kept)).toBe(kept);
    expect(startDraft(game, sc, 'h', {}, kept)?.terms).toEqual([]);
    expect(draftFor(game, sc, 'h', { kind: 'dealBuilder', draft: kept })?.owner).toBe('h');
    expect(startDraft(game, sc, 'p', { terms: [{ term: 'ore', amount: 4 }] }, kept)?.terms).toEqual([{ term: 'ore', amount: 4 }]);
  });

  it('says what would stop the send: nothing ticked, not your move, an offer already waiting, or the game’s refusal', () => {
    let game = createGame(sc, { seed: 4, controllers: { p: 'human', h: 'human' } });
    const blank = freshDraft(sc, 'p', 'h');
    expect(sendBlock(game, sc, blank)).toEqual({ kind: 'empty' });
    const d = tick(sc, blank, 'visit', true);
    expect(sendBlock(game, sc, d)).toBeNull();
    expect(sendBlock(game, sc, { ...d, owner: 'h', partner: 'p' })).toEqual({ kind: 'notYourMove' });
    game = played(sc, game, sendAction(d));
    expect(sendBlock(game, sc, d)).toEqual({ kind: 'waiting', partner: 'h' });
    const counter = { ...d, counterOf: 999 };
    expect(sendBlock(game, sc, counter)).toMatchObject({ kind: 'refused' });
  });
});

describe('the deal draft in the Arce era', () => {
  it('a United States offer at the default (3 kt) is countered by Bolivia at 3 kt, not 3.25', () => {
    const { scenario: sc } = loadScenario('arce-era');
    let game = createGame(sc, { seed: 831004, controllers: { us: 'human', bolivia: 'human' } });
    // The offtake can only be agreed once Bolivia makes 6,000 t a year (the term's `requires`).
    game = { ...game, national: { ...game.national, lithium: 7000 } };
    const offtake = termDefOf(sc, 'lithium_offtake_us') ?? expect.fail('no offtake term');
    expect(offtake.amount?.default).toBe(3);
    // The default lies on the step the slider uses, so the slider shows 3 as it is.
    expect(stepOf(offtake)).toBe(1);
    expect(snapAmount(offtake, 3)).toBe(3);
    const offer = [{ term: offtake.id, amount: 3 }];
    game = played(sc, game, { type: 'proposeDeal', actor: 'us', to: 'bolivia', terms: offer }, { type: 'endPhase', actor: 'us' });
    const deal = game.deals.find((x) => x.from === 'us' && x.status === 'proposed') ?? expect.fail('no offer');
    const d = startDraft(game, sc, 'bolivia', { counterOf: deal.id }) ?? expect.fail('no draft');
    expect(amountOf(d, offtake)).toBe(3);
    expect(sendAction(d)).toMatchObject({ type: 'counterDeal', terms: offer });
    expect(sendBlock(game, sc, d)).toBeNull();
  });
});
