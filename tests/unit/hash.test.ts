import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, hashValue } from '../../src/sim/index';

describe('hashValue', () => {
  it('is always 16 hex digits', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(hashValue(v)).toMatch(/^[0-9a-f]{16}$/);
      }),
      { numRuns: 500 },
    );
  });

  it('ignores key order and undefined properties, and tells different values apart', () => {
    expect(hashValue({ a: 1, b: [1, { c: 2, d: 3 }] })).toBe(hashValue({ b: [1, { d: 3, c: 2 }], a: 1 }));
    expect(hashValue({ a: 1, u: undefined })).toBe(hashValue({ a: 1 }));
    expect(hashValue({ a: 1 })).not.toBe(hashValue({ a: 2 }));
    expect(hashValue([1, 2])).not.toBe(hashValue([2, 1]));
    expect(canonicalJson({ b: 1, a: [true, null] })).toBe('{"a":[true,null],"b":1}');
  });
});
