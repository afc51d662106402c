import { describe, expect, it } from 'vitest';
import { englishWords } from '../../src/present/words';
import { type Action, createGame, type DealTerm, dealValue, type GameState, readMeter, step } from '../../src/sim/index';
import { endTurn, play, tinyScenario } from './helpers';

const sc = tinyScenario({
  turns: 6,
  terms: [
    {
      id: 'royalty',
      name: 'Royalty',
      giver: 'p',
      amount: { min: 1, max: 4, default: 2 },
      values: { p: -1, h: 1.5 },
      onSign: [{ meter: 'x', add: 0.5 }],
      perTurn: [{ meter: 'stability', add: 1 }],
      duration: 2,
    },
    { id: 'access', name: 'Access', giver: 'h', values: { p: 2, h: -1 }, onSign: [{ meter: 'influence.p', add: 1 }] },
    { id: 'favour', name: 'Favour', giver: 'o', values: { p: 1 } },
  ],
});

const propose = (terms: DealTerm[], to = 'h'): Action => ({ type: 'proposeDeal', actor: 'p', to, terms });
const start = (): GameState => createGame(sc, { seed: 1 });

function refusal(s: GameState, a: Action) {
  const r = step(s, sc, a);
  expect(r.ok).toBe(false);
  if (r.ok) return undefined;
  expect(englishWords(sc).refusal(r.reason).length).toBeGreaterThan(5);
  return r.reason.code;
}

describe('deals', () => {
  it('propose records an open offer', () => {
    const s = play(start(), sc, propose([{ term: 'royalty', amount: 3 }]));
    expect(s.deals).toEqual([{ id: 1, from: 'p', to: 'h', terms: [{ term: 'royalty', amount: 3 }], status: 'proposed', proposedTurn: 1 }]);
  });

  it('accept signs it: onSign scaled by amount, obligations run perTurn for the duration, then completed', () => {
    let s = play(
      start(),
      sc,
      propose([
        { term: 'royalty', amount: 3 },
        { term: 'access', amount: 1 },
      ]),
    );
    s = play(s, sc, { type: 'respondDeal', actor: 'h', deal: 1, response: 'accept' });
    expect(s.deals[0]).toMatchObject({ status: 'signed', signedTurn: 1, obligations: { royalty: 2 } });
    expect(readMeter(s, 'x')).toBe(5 + 0.5 * 3);
    expect(readMeter(s, 'influence.p')).toBe(15 + 1);
    expect(s.ledger.find((l) => l.meter === 'x')?.cause).toMatchObject({ kind: 'deal', id: 'deal-1:royalty', actor: 'p' });
    s = endTurn(s, sc);
    expect(s.departments.A?.stability).toBe(43);
    expect(s.deals[0]?.status).toBe('signed');
    s = endTurn(s, sc);
    expect(s.departments.A?.stability).toBe(46);
    expect(s.deals[0]?.status).toBe('completed');
    s = endTurn(s, sc);
    expect(s.departments.A?.stability).toBe(46);
    expect(s.ledger.filter((l) => l.cause.kind === 'deal' && l.meter === 'stability').map((l) => l.turn)).toEqual([1, 2]);
  });

  it('reject closes it with no effect', () => {
    const s0 = play(start(), sc, propose([{ term: 'royalty', amount: 3 }]));
    const s = play(s0, sc, { type: 'respondDeal', actor: 'h', deal: 1, response: 'reject' });
    expect(s.deals[0]?.status).toBe('rejected');
    expect(s.national).toEqual(s0.national);
    expect(refusal(s, { type: 'respondDeal', actor: 'h', deal: 1, response: 'accept' })).toBe('dealClosed');
  });

  it('counter marks the old deal countered and opens a new one from the counterpart', () => {
    let s = play(start(), sc, propose([{ term: 'royalty', amount: 1 }]));
    s = play(s, sc, { type: 'counterDeal', actor: 'h', deal: 1, terms: [{ term: 'royalty', amount: 4 }] });
    expect(s.deals[0]?.status).toBe('countered');
    expect(s.deals[1]).toMatchObject({
      id: 2,
      from: 'h',
      to: 'p',
      status: 'proposed',
      counterOf: 1,
      terms: [{ term: 'royalty', amount: 4 }],
    });
    s = play(s, sc, { type: 'respondDeal', actor: 'p', deal: 2, response: 'accept' });
    expect(s.deals[1]?.status).toBe('signed');
    expect(readMeter(s, 'x')).toBe(5 + 0.5 * 4);
  });

  it('withdraw closes the offer; only its maker may withdraw', () => {
    const s0 = play(start(), sc, propose([{ term: 'royalty', amount: 2 }]));
    expect(refusal(s0, { type: 'withdrawDeal', actor: 'h', deal: 1 })).toBe('notYourDeal');
    const s = play(s0, sc, { type: 'withdrawDeal', actor: 'p', deal: 1 });
    expect(s.deals[0]?.status).toBe('withdrawn');
    expect(refusal(s, { type: 'respondDeal', actor: 'h', deal: 1, response: 'accept' })).toBe('dealClosed');
  });

  it('unanswered offers stay open for two more turns, then expire', () => {
    let s = play(start(), sc, propose([{ term: 'royalty', amount: 2 }]));
    s = endTurn(s, sc);
    s = endTurn(s, sc);
    expect(s.turn).toBe(3);
    expect(s.deals[0]?.status).toBe('proposed');
    s = endTurn(s, sc);
    expect(s.deals[0]?.status).toBe('expired');
    expect(refusal(s, { type: 'respondDeal', actor: 'h', deal: 1, response: 'accept' })).toBe('dealClosed');
  });

  it('refuses bad terms', () => {
    const s = start();
    expect(refusal(s, propose([{ term: 'bribe', amount: 1 }]))).toBe('badTerms');
    expect(refusal(s, propose([{ term: 'royalty', amount: 5 }]))).toBe('badTerms');
    expect(refusal(s, propose([{ term: 'royalty', amount: 0.5 }]))).toBe('badTerms');
    expect(refusal(s, propose([{ term: 'royalty', amount: Number.NaN }]))).toBe('badTerms');
    expect(refusal(s, propose([{ term: 'access', amount: 2 }]))).toBe('badTerms'); // yes/no term: amount 1
    expect(
      refusal(
        s,
        propose([
          { term: 'royalty', amount: 2 },
          { term: 'royalty', amount: 3 },
        ]),
      ),
    ).toBe('badTerms');
    expect(refusal(s, propose([{ term: 'favour', amount: 1 }]))).toBe('badTerms'); // giver o is not a party
    expect(refusal(s, propose([]))).toBe('badTerms');
    expect(refusal(s, propose([{ term: 'royalty', amount: 2 }], 'p'))).toBe('badTerms');
    expect(refusal(s, propose([{ term: 'royalty', amount: 2 }], 'nobody'))).toBe('unknownActor');
    const r = step(s, sc, propose([{ term: 'royalty', amount: 9 }]));
    expect(!r.ok && englishWords(sc).refusal(r.reason)).toBe('Royalty must be between 1 and 4.');
  });

  it("refuses a second open offer to the same actor, out-of-phase offers and answers to others' offers", () => {
    const s = play(start(), sc, propose([{ term: 'royalty', amount: 2 }]));
    expect(refusal(s, propose([{ term: 'royalty', amount: 3 }]))).toBe('badTerms');
    expect(refusal(s, { type: 'proposeDeal', actor: 'h', to: 'p', terms: [{ term: 'access', amount: 1 }] })).toBe('notYourPhase');
    expect(refusal(s, { type: 'respondDeal', actor: 'o', deal: 1, response: 'accept' })).toBe('notYourDeal');
    expect(refusal(s, { type: 'respondDeal', actor: 'h', deal: 99, response: 'accept' })).toBe('unknownDeal');
    expect(refusal(s, { type: 'counterDeal', actor: 'h', deal: 1, terms: [{ term: 'royalty', amount: 40 }] })).toBe('badTerms');
  });

  it('dealValue weighs each term by its value and amount', () => {
    const terms = [
      { term: 'royalty', amount: 2 },
      { term: 'access', amount: 1 },
    ];
    expect(dealValue(sc, 'p', terms)).toBe(-2 + 2);
    expect(dealValue(sc, 'h', terms)).toBe(3 - 1);
  });
});
