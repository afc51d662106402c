/**
 * Seeded random numbers (mulberry32). The generator's whole state is one
 * unsigned 32-bit integer kept inside the game state, so a saved game carries it.
 */

/** Mixes a seed into a non-zero 32-bit generator state. */
export function seedRng(seed: number): number {
  let h = (Math.trunc(seed) ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0 || 1;
}

/** Returns the next number in [0, 1) and the generator's next state. */
export function nextRandom(state: number): [number, number] {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return [((t ^ (t >>> 14)) >>> 0) / 4294967296, next];
}

/** A generator over a local copy of a state, for code that must not touch the game's own. */
export function makeRandom(state: number): { next: () => number; state: () => number } {
  let s = state >>> 0;
  return {
    next: () => {
      const [v, n] = nextRandom(s);
      s = n;
      return v;
    },
    state: () => s,
  };
}

/** Mixes two integers into a generator state (for per-actor, per-turn streams). */
export function mixSeed(a: number, b: number): number {
  return seedRng((Math.imul(a >>> 0, 31) + (b >>> 0)) >>> 0);
}
