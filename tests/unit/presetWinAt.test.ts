import { describe, expect, it } from 'vitest';
import { autoPlay, createGame, scoreAll } from '../../src/sim/index';
import { tinyScenario } from './helpers';

describe('a preset can set its own winning scores', () => {
  it('a game at the preset length is judged by the preset thresholds, a full game by the objectives', () => {
    const sc = tinyScenario({ presets: [{ id: 'short', name: 'Short', turns: 2, winAt: { p: 3 } }] });
    const short = autoPlay(createGame(sc, { seed: 1, turns: 2 }), sc, () => null).state;
    const full = autoPlay(createGame(sc, { seed: 1 }), sc, () => null).state;
    // Nobody acts (the policy returns nothing, so every phase ends): x stays 5, worth 5 of 10 points.
    expect(scoreAll(short, sc).p?.winAt).toBe(3);
    expect(scoreAll(short, sc).p?.won).toBe(true);
    expect(scoreAll(full, sc).p?.winAt).toBe(10);
    expect(scoreAll(full, sc).p?.won).toBe(false);
    // The host has no preset threshold: the objectives' own applies at every length.
    expect(scoreAll(short, sc).h?.winAt).toBe(5);
  });
});
