import { describe, expect, it } from 'vitest';
import { sameValue } from '../../src/sim/sameValue';

describe('sameValue (when the AI may reuse a play-out)', () => {
  it('holds for equal plain data, built apart', () => {
    expect(sameValue({ a: [1, { b: 'x' }], c: null, d: true }, { a: [1, { b: 'x' }], c: null, d: true })).toBe(true);
  });
  it('tells apart what the sim could read differently', () => {
    expect(sameValue({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false); // key order: the rules walk objects in it
    expect(sameValue(0, -0)).toBe(false);
    expect(sameValue({ a: 0 }, { a: -0 })).toBe(false);
    expect(sameValue([1, 2], [1, 2, 3])).toBe(false);
    expect(sameValue({ a: undefined }, {})).toBe(false);
    expect(sameValue([], {})).toBe(false);
    expect(sameValue({ a: 1 }, null)).toBe(false);
    expect(sameValue(0.1 + 0.2, 0.3)).toBe(false);
  });
});
