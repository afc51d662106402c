import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/headless';
import { type Action, autoPlay, createGame, type GameState, hashValue, type Scenario, step } from '../../src/sim/index';
import { deepFreeze, devSandbox, scenarioFiles } from './helpers';

const SEEDS = [1, 7, 12345];

function wholeGame(sc: Scenario, seed: number) {
  return autoPlay(createGame(sc, { seed }), sc);
}

/** Replays a list of actions with `step`, checking each is accepted. */
function replay(sc: Scenario, seed: number, actions: Action[]): GameState {
  let s = createGame(sc, { seed });
  for (const a of actions) {
    const r = step(s, sc, a);
    expect(r.ok).toBe(true);
    if (r.ok) s = r.state;
  }
  return s;
}

describe.each(scenarioFiles().map((f) => [basename(f), f]))('determinism of %s', (_name, file) => {
  const sc = loadScenario(file).scenario;
  const first = new Map<number, ReturnType<typeof wholeGame>>();
  const game = (seed: number) => {
    const g = first.get(seed) ?? wholeGame(sc, seed);
    first.set(seed, g);
    return g;
  };

  it.each(SEEDS)('seed %d: the same seed plays the same whole game', (seed) => {
    const a = game(seed);
    const b = wholeGame(sc, seed);
    expect(a.state.over).toBeDefined();
    expect(b.state).toStrictEqual(a.state);
    expect(hashValue(b.state)).toBe(hashValue(a.state));
    expect(b.actions).toEqual(a.actions);
    // The recorded actions are a replay: stepping them again gives the very same state.
    expect(hashValue(replay(sc, seed, a.actions))).toBe(hashValue(a.state));
  });

  it('different seeds give different games', () => {
    const hashes = new Set(SEEDS.map((seed) => hashValue(game(seed).state)));
    expect(hashes.size).toBe(SEEDS.length);
  });
});

describe('step never mutates its input', () => {
  it('a deep-frozen state is stepped through a whole game without error, and its JSON is unchanged', () => {
    const sc = devSandbox();
    const { actions } = wholeGame(sc, 3);
    let s = createGame(sc, { seed: 3 });
    for (const a of actions) {
      const json = JSON.stringify(s);
      deepFreeze(s);
      const r = step(s, sc, a);
      expect(r.ok).toBe(true);
      expect(JSON.stringify(s)).toBe(json);
      if (r.ok) s = r.state;
    }
    expect(s.over).toBeDefined();
  });

  it('does not mutate an unfrozen state either', () => {
    const sc = devSandbox();
    const s = createGame(sc, { seed: 9 });
    const json = JSON.stringify(s);
    step(s, sc, { type: 'takeAction', actor: 'us', action: 'lithium_plant', target: 'uyuni' });
    step(s, sc, { type: 'endPhase', actor: 'us' });
    expect(JSON.stringify(s)).toBe(json);
  });

  it('does not mutate the scenario', () => {
    const sc = devSandbox();
    const json = JSON.stringify(sc);
    wholeGame(sc, 4);
    expect(JSON.stringify(sc)).toBe(json);
  });
});
