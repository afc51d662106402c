import { describe, expect, it } from 'vitest';
import { autoPlay, createGame, type GameState, hashValue, step } from '../../src/sim/index';
import { devSandbox } from './helpers';

const roundTrip = (s: GameState): GameState => JSON.parse(JSON.stringify(s)) as GameState;

describe('JSON round-trip of the game state', () => {
  const sc = devSandbox();
  const { actions, state: final } = autoPlay(createGame(sc, { seed: 11 }), sc);

  it('the game takes enough actions to sample from', () => {
    expect(actions.length).toBeGreaterThan(20);
    expect(final.over).toBeDefined();
  });

  it('deep-equals the state at every point of a game', () => {
    let s = createGame(sc, { seed: 11 });
    expect(roundTrip(s)).toStrictEqual(s);
    for (const a of actions) {
      const r = step(s, sc, a);
      if (!r.ok) expect.fail(r.reason.key);
      s = r.state;
      expect(roundTrip(s)).toStrictEqual(s);
    }
    expect(s).toStrictEqual(final);
  });

  it.each([0.25, 0.5, 0.75])('continuing from the round-tripped state at %d of the game gives the identical game', (frac) => {
    const cut = Math.floor(actions.length * frac);
    let s = createGame(sc, { seed: 11 });
    for (const a of actions.slice(0, cut)) {
      const r = step(s, sc, a);
      if (r.ok) s = r.state;
    }
    let t = roundTrip(s);
    for (const a of actions.slice(cut)) {
      const r = step(t, sc, a);
      if (!r.ok) expect.fail(r.reason.key);
      t = r.state;
    }
    expect(t).toStrictEqual(final);
    expect(hashValue(t)).toBe(hashValue(final));
    // …and the AI, resumed from there, makes the same choices.
    const resumed = autoPlay(roundTrip(s), sc);
    expect(hashValue(resumed.state)).toBe(hashValue(final));
  });
});
