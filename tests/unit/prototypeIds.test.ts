import { describe, expect, it } from 'vitest';
import {
  type AiLevel,
  autoPlay,
  type Controller,
  canonicalJson,
  createGame,
  type GameState,
  hashValue,
  type Scenario,
  step,
} from '../../src/sim/index';
import { devSandbox } from './helpers';

// Ids that name members of Object.prototype: a lookup that is not an own-property lookup finds the
// prototype's function instead of "nothing yet". The validator refuses them; the sim must not trip
// over them either (a scenario built by a program reaches it without the validator).
const RENAMES: Record<string, string> = {
  us: 'constructor',
  china: 'valueOf',
  lithium: 'toString',
  unrest: 'hasOwnProperty',
  embassy_visit: 'toLocaleString',
  public_pressure: 'isPrototypeOf',
  counter_narcotics: 'propertyIsEnumerable',
  social_spending: 'toString',
  royalty: 'valueOf',
  offtake: 'constructor',
  road_blockade: 'hasOwnProperty',
  'BO-L': 'isPrototypeOf',
  uyuni: 'toLocaleString',
};

/** The development sandbox with its ids renamed to Object.prototype member names, bypassing the validator. */
function prototypeSandbox(): Scenario {
  let json = JSON.stringify(devSandbox());
  for (const [from, to] of Object.entries(RENAMES)) {
    json = json.replaceAll(`"${from}"`, `"${to}"`).replaceAll(`"influence.${from}"`, `"influence.${to}"`);
  }
  const sc = JSON.parse(json) as Scenario;
  // A per-turn limit, so a count that reads the prototype's function would let a second visit through.
  return { ...sc, actions: sc.actions.map((a) => (a.id === 'toLocaleString' ? { ...a, limit: { perTurn: 1 } } : a)) };
}

/** An own property only: what a test must use to read these ids, for the same reason as the sim. */
function get<T>(rec: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(rec, key) ? rec[key] : undefined;
}

function recordOf<T>(entries: [string, T][]): Record<string, T> {
  return Object.fromEntries(entries);
}

describe('ids named like Object.prototype members, in the sim', () => {
  it('a fresh game holds no prototype function and counts from zero', () => {
    const sc = prototypeSandbox();
    const s = createGame(sc, { seed: 1, controllers: recordOf<Controller>([['constructor', 'human']]) });
    const us = get(s.actors, 'constructor');
    expect(typeof us).toBe('object');
    expect(Object.hasOwn(s.national, 'toString')).toBe(true);
    expect(typeof get(s.national, 'hasOwnProperty')).toBe('number');
    const r = step(s, sc, { type: 'takeAction', actor: 'constructor', action: 'toLocaleString' });
    expect(r.ok, r.ok ? '' : r.reason.code).toBe(true);
    if (!r.ok) return;
    const after = get(r.state.actors, 'constructor');
    expect(after && get(after.usedThisTurn, 'toLocaleString')).toBe(1);
    expect(after && get(after.usedInGame, 'toLocaleString')).toBe(1);
    // A per-turn limit of one now refuses a second time, rather than comparing with a function.
    const again = step(r.state, sc, { type: 'takeAction', actor: 'constructor', action: 'toLocaleString' });
    expect(again.ok ? null : again.reason.code).toBe('limitReached');
  });

  it('refuses actions that name prototype members the scenario does not have', () => {
    const sc = devSandbox();
    const s = createGame(sc, { seed: 1, controllers: { us: 'human' } });
    for (const name of Object.getOwnPropertyNames(Object.prototype)) {
      expect(step(s, sc, { type: 'takeAction', actor: name, action: 'embassy_visit' }).ok).toBe(false);
      expect(step(s, sc, { type: 'takeAction', actor: 'us', action: name }).ok).toBe(false);
      expect(step(s, sc, { type: 'takeAction', actor: 'us', action: 'lithium_plant', target: name }).ok).toBe(false);
      expect(step(s, sc, { type: 'proposeDeal', actor: 'us', to: name, terms: [{ term: 'royalty', amount: 1 }] }).ok).toBe(false);
      expect(step(s, sc, { type: 'proposeDeal', actor: 'us', to: 'bolivia', terms: [{ term: name, amount: 1 }] }).ok).toBe(false);
    }
  });

  it('a whole AI game plays to the end with finite meters and survives a JSON round trip', () => {
    const sc = prototypeSandbox();
    let s: GameState = createGame(sc, {
      seed: 7,
      levels: recordOf<AiLevel>([
        ['constructor', 'normal'],
        ['valueOf', 'hard'],
        ['bolivia', 'easy'],
      ]),
    });
    const r = autoPlay(s, sc, undefined, 20_000);
    s = r.state;
    expect(s.over).toBeDefined();
    for (const [k, v] of Object.entries(s.national)) expect(Number.isFinite(v), k).toBe(true);
    for (const d of Object.values(s.departments)) {
      expect(Number.isFinite(d.stability)).toBe(true);
      for (const v of Object.values(d.influence)) expect(Number.isFinite(v)).toBe(true);
    }
    for (const a of Object.values(s.actors)) for (const v of Object.values(a.usedInGame)) expect(typeof v).toBe('number');
    const back = JSON.parse(JSON.stringify(s)) as GameState;
    expect(canonicalJson(back)).toBe(canonicalJson(s));
    expect(hashValue(back)).toBe(hashValue(s));
  });
});
