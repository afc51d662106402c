import { describe, expect, it } from 'vitest';
import { englishWords } from '../../src/present/words';
import { type Action, autoPlay, createGame, type GameState, hashValue, step } from '../../src/sim/index';
import { devSandbox } from './helpers';

const sc = devSandbox();
const fresh = (): GameState => createGame(sc, { seed: 2 });

/** Steps a (possibly hostile) value as an action and checks it is refused cleanly. */
function expectRefused(s: GameState, action: unknown, code?: string): void {
  const before = JSON.stringify(s);
  const hash = hashValue(s);
  let r: ReturnType<typeof step> | undefined;
  expect(() => {
    r = step(s, sc, action as Action);
  }).not.toThrow();
  expect(r?.ok).toBe(false);
  if (r && !r.ok) {
    const text = englishWords(sc).refusal(r.reason);
    expect(text.length).toBeGreaterThan(5);
    expect(text).not.toMatch(/[{}]/);
    if (code) expect(r.reason.code).toBe(code);
  }
  expect(JSON.stringify(s)).toBe(before);
  expect(hashValue(s)).toBe(hash);
}

describe('malformed actions are refused, never thrown', () => {
  const s = fresh();
  const cases: [string, unknown][] = [
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['a string', 'endPhase'],
    ['an array', [{ type: 'endPhase', actor: 'us' }]],
    ['an empty object', {}],
    ['an unknown type', { type: 'launchMissiles', actor: 'us' }],
    ['a missing actor', { type: 'endPhase' }],
    ['a numeric actor', { type: 'endPhase', actor: 7 }],
    ['a missing action id', { type: 'takeAction', actor: 'us' }],
    ['a numeric target', { type: 'takeAction', actor: 'us', action: 'lithium_plant', target: 3 }],
    ['terms not an array', { type: 'proposeDeal', actor: 'us', to: 'bolivia', terms: 'royalty' }],
    ['a term without amount', { type: 'proposeDeal', actor: 'us', to: 'bolivia', terms: [{ term: 'royalty' }] }],
    ['a string amount', { type: 'proposeDeal', actor: 'us', to: 'bolivia', terms: [{ term: 'royalty', amount: '6' }] }],
    ['a null term', { type: 'proposeDeal', actor: 'us', to: 'bolivia', terms: [null] }],
    ['a string deal id', { type: 'respondDeal', actor: 'bolivia', deal: '1', response: 'accept' }],
    ['an unknown response', { type: 'respondDeal', actor: 'bolivia', deal: 1, response: 'maybe' }],
    ['a choice without option', { type: 'chooseOption', actor: 'bolivia', choice: 1 }],
  ];
  it.each(cases)('%s', (_name, action) => expectRefused(s, action, 'malformed'));

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Infinity],
    ['-Infinity', -Infinity],
    ['a huge number', 1e308],
    ['a negative amount', -6],
  ])('a deal amount of %s', (_name, amount) => {
    expectRefused(s, { type: 'proposeDeal', actor: 'us', to: 'bolivia', terms: [{ term: 'royalty', amount }] }, 'badTerms');
  });

  it('NaN or non-integer deal and choice ids', () => {
    expectRefused(s, { type: 'respondDeal', actor: 'bolivia', deal: Number.NaN, response: 'accept' }, 'unknownDeal');
    expectRefused(s, { type: 'withdrawDeal', actor: 'us', deal: 1.5 }, 'unknownDeal');
    expectRefused(s, { type: 'chooseOption', actor: 'bolivia', choice: Number.NaN, option: 'negotiate' }, 'unknownChoice');
  });

  it('hostile actor and action names', () => {
    // Names inherited from Object.prototype are not actors.
    for (const actor of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expectRefused(s, { type: 'endPhase', actor }, 'unknownActor');
      expectRefused(s, { type: 'takeAction', actor, action: 'embassy_visit' }, 'unknownActor');
      expectRefused(s, { type: 'proposeDeal', actor, to: 'bolivia', terms: [{ term: 'royalty', amount: 6 }] }, 'unknownActor');
    }
    expectRefused(s, { type: 'takeAction', actor: 'us', action: '__proto__' }, 'unknownAction');
    expectRefused(s, { type: 'takeAction', actor: 'us', action: 'lithium_plant', target: '__proto__' }, 'badTarget');
    expectRefused(s, { type: 'proposeDeal', actor: 'us', to: '__proto__', terms: [{ term: 'royalty', amount: 6 }] }, 'unknownActor');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('illegal actions are refused with a reason and leave the state unchanged', () => {
  const s = fresh();

  it('by an unknown actor', () => {
    expectRefused(s, { type: 'endPhase', actor: 'france' }, 'unknownActor');
    expectRefused(s, { type: 'takeAction', actor: 'france', action: 'embassy_visit' }, 'unknownActor');
  });

  it('out of phase', () => {
    expectRefused(s, { type: 'endPhase', actor: 'bolivia' }, 'notYourPhase');
    expectRefused(s, { type: 'takeAction', actor: 'china', action: 'china_statement' }, 'notYourPhase');
    expectRefused(s, { type: 'proposeDeal', actor: 'bolivia', to: 'us', terms: [{ term: 'offtake', amount: 10 }] }, 'notYourPhase');
  });

  it("another actor's action", () => {
    expectRefused(s, { type: 'takeAction', actor: 'us', action: 'china_loan', target: 'BO-L' }, 'notYourAction');
  });

  it('unaffordable', () => {
    const r1 = step(s, sc, { type: 'takeAction', actor: 'us', action: 'lithium_plant', target: 'uyuni' });
    if (!r1.ok) expect.fail(r1.reason.key);
    // $100M left: a second plant costs $200M.
    expectRefused(r1.state, { type: 'takeAction', actor: 'us', action: 'lithium_plant', target: 'uyuni' }, 'noMoney');
    const r2 = step(r1.state, sc, { type: 'takeAction', actor: 'us', action: 'embassy_visit' });
    if (!r2.ok) expect.fail(r2.reason.key);
    expectRefused(r2.state, { type: 'takeAction', actor: 'us', action: 'embassy_visit' }, 'noCapital');
  });

  it('a bad target', () => {
    expectRefused(s, { type: 'takeAction', actor: 'us', action: 'lithium_plant', target: 'chapare' }, 'badTarget');
    expectRefused(s, { type: 'takeAction', actor: 'us', action: 'lithium_plant', target: 'BO-P' }, 'badTarget');
    expectRefused(s, { type: 'takeAction', actor: 'us', action: 'lithium_plant' }, 'needsTarget');
    expectRefused(s, { type: 'takeAction', actor: 'us', action: 'embassy_visit', target: 'BO-L' }, 'badTarget');
  });

  it('answers to nothing', () => {
    expectRefused(s, { type: 'respondDeal', actor: 'bolivia', deal: 1, response: 'accept' }, 'unknownDeal');
    expectRefused(s, { type: 'counterDeal', actor: 'bolivia', deal: 1, terms: [{ term: 'offtake', amount: 10 }] }, 'unknownDeal');
    expectRefused(s, { type: 'withdrawDeal', actor: 'us', deal: 1 }, 'unknownDeal');
    expectRefused(s, { type: 'chooseOption', actor: 'bolivia', choice: 1, option: 'negotiate' }, 'unknownChoice');
  });

  it('after the game is over', () => {
    const over = autoPlay(fresh(), sc).state;
    expect(over.over).toBeDefined();
    expectRefused(over, { type: 'endPhase', actor: 'us' }, 'gameOver');
    expectRefused(over, { type: 'takeAction', actor: 'us', action: 'embassy_visit' }, 'gameOver');
    expectRefused(over, { type: 'proposeDeal', actor: 'us', to: 'bolivia', terms: [{ term: 'royalty', amount: 6 }] }, 'gameOver');
    expectRefused(over, { type: 'respondDeal', actor: 'bolivia', deal: 1, response: 'accept' }, 'gameOver');
  });
});
