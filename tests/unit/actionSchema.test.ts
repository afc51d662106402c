import { describe, expect, it } from 'vitest';
import { type Action, MAX_ACTION_DEPTH, parseAction } from '../../src/sim/index';

/** The strict action schema (src/sim/actionSchema.ts): what a save or a server's client may send. */
describe('parseAction', () => {
  const good: Action[] = [
    { type: 'takeAction', actor: 'us', action: 'embassy_visit' },
    { type: 'takeAction', actor: 'us', action: 'lithium_plant', target: 'uyuni' },
    { type: 'proposeDeal', actor: 'us', to: 'bolivia', terms: [{ term: 'royalty', amount: 5 }] },
    {
      type: 'respondDeal',
      actor: 'bolivia',
      deal: 3,
      response: 'reject',
      reason: [
        { key: 'neg.reason.tooLittle', params: { n: 2, who: { ref: 'actor', id: 'us' }, name: { en: 'Royalty', es: 'Regalía' } } },
        { key: 'neg.reason.list', params: { items: { said: [{ key: 'x', params: { a: { amount: 5, term: 'royalty' } } }] } } },
      ],
    },
    { type: 'counterDeal', actor: 'bolivia', deal: 3, terms: [], reason: [{ key: 'neg.counter' }] },
    { type: 'withdrawDeal', actor: 'us', deal: 1 },
    { type: 'breakDeal', actor: 'us', deal: 1 },
    { type: 'chooseOption', actor: 'bolivia', choice: 2, option: 'negotiate' },
    { type: 'endPhase', actor: 'us' },
  ];

  it.each(good.map((a) => [a.type, a] as const))('accepts a well-formed %s, unchanged', (_t, a) => {
    const r = parseAction(JSON.parse(JSON.stringify(a)));
    expect(r).toEqual({ ok: true, action: a });
  });

  it.each([
    ['an unknown field', { type: 'endPhase', actor: 'us', extra: 1 }, 'extra'],
    ['an unknown field in a term', { type: 'proposeDeal', actor: 'us', to: 'b', terms: [{ term: 't', amount: 1, x: 0 }] }, 'terms[0].x'],
    [
      'an unknown field in a reason',
      { type: 'counterDeal', actor: 'b', deal: 1, terms: [], reason: [{ key: 'k', why: 'x' }] },
      'reason[0].why',
    ],
    ['an English reason (a version-1 save)', { type: 'respondDeal', actor: 'b', deal: 1, response: 'reject', reason: 'No.' }, 'reason'],
    ['an unknown type', { type: 'launchMissiles', actor: 'us' }, 'type'],
    ['a fractional deal id', { type: 'withdrawDeal', actor: 'us', deal: 1.5 }, 'deal'],
    ['a string amount', { type: 'proposeDeal', actor: 'us', to: 'b', terms: [{ term: 't', amount: '1' }] }, 'terms[0].amount'],
    [
      'a reference to an unknown kind of thing',
      { type: 'counterDeal', actor: 'b', deal: 1, terms: [], reason: [{ key: 'k', params: { p: { ref: 'x', id: 'y' } } }] },
      'reason[0].params.p',
    ],
  ])('refuses %s, naming where', (_name, x, path) => {
    expect(parseAction(x)).toEqual({ ok: false, path });
  });

  it('refuses a reason nested deeper than the limit, without walking it recursively', () => {
    let said: unknown = { key: 'x' };
    for (let i = 0; i < 10_000; i++) said = { key: 'x', params: { p: { said: [said] } } };
    expect(parseAction({ type: 'counterDeal', actor: 'b', deal: 1, terms: [], reason: [said] }).ok).toBe(false);
    // Nesting within the limit is fine.
    let shallow: unknown = { key: 'x' };
    for (let i = 0; i < (MAX_ACTION_DEPTH - 4) / 4; i++) shallow = { key: 'x', params: { p: { said: [shallow] } } };
    expect(parseAction({ type: 'counterDeal', actor: 'b', deal: 1, terms: [], reason: [shallow] }).ok).toBe(true);
  });

  it('never throws, whatever it is given', () => {
    for (const x of [
      undefined,
      null,
      0,
      'endPhase',
      [],
      {},
      { type: 'endPhase' },
      Object.create(null),
      // As JSON text gives it: an own "__proto__" key, which is unknown.
      JSON.parse('{"__proto__": {"type": "endPhase", "actor": "us"}}'),
    ])
      expect(parseAction(x).ok).toBe(false);
  });
});
