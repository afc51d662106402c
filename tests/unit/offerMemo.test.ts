/**
 * The AI's remembered offers (src/sim/negotiation/offerMemo.ts) change no decision: positions
 * with the same key get the same fresh draft, and `draftOffer` (remembered) always gives what
 * `freshOffer` (worked out) gives, on positions from real games nudged at random where a draft
 * reads the state (trust, stability, the flags terms require, breaches, rival offers, deals).
 * And fill and trim's lean judge (`judgeOf`) gives assessDeal's value and verdict on any bundle.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/headless';
import { type AiLevel, aiMove, autoPlay, createGame, type GameState, type Scenario } from '../../src/sim/index';
import { assessDeal, judgeOf, reservation } from '../../src/sim/negotiation/assess';
import { offerKey } from '../../src/sim/negotiation/offerMemo';
import { draftOffer, freshOffer } from '../../src/sim/negotiation/shapeDeal';

const scenarios = new Map<string, Scenario>();
function scenario(id: string): Scenario {
  let sc = scenarios.get(id);
  if (!sc) {
    sc = loadScenario(id).scenario;
    scenarios.set(id, sc);
  }
  return sc;
}

/** Every position an AI game of `sc` passes through (one in `every`). */
function positions(sc: Scenario, seed: number, level: AiLevel, every: number): GameState[] {
  const out: GameState[] = [];
  const levels = Object.fromEntries(sc.actors.map((a) => [a.id, level]));
  let n = 0;
  autoPlay(createGame(sc, { seed, levels, preset: 'class' }), sc, (s, scn, actor) => {
    if (n++ % every === 0) out.push(s);
    return aiMove(level, s, scn, actor);
  });
  return out;
}

/** The pairs that bargain: the host with each power, both ways. */
function pairs(sc: Scenario): [string, string][] {
  const host = sc.actors.find((a) => a.kind === 'host')?.id as string;
  return sc.actors
    .filter((a) => a.kind === 'power')
    .flatMap((a): [string, string][] => [
      [host, a.id],
      [a.id, host],
    ]);
}

/** A position nudged where drafts read it: a few values each, so that keys meet. */
function nudged(sc: Scenario, s: GameState, r: Nudge): GameState {
  const national = { ...s.national };
  for (const [i, m] of Object.keys(national).entries()) if (i % 3 === r.meterPick) national[m] = r.values[i % r.values.length] as number;
  const flags = { ...s.flags };
  for (const [i, f] of Object.keys(flags).entries()) if (i % 2 === r.flagPick) flags[f] = !flags[f];
  const actors = sc.actors.map((a) => a.id);
  const breaches = r.breach
    ? [
        ...s.breaches,
        {
          by: actors[r.breach[0] % actors.length] as string,
          against: actors[r.breach[1] % actors.length] as string,
          deal: 0,
          terms: (sc.terms ?? []).map((t) => t.id).filter((_, i) => i % 2 === r.breach?.[2]),
          turn: s.turn - r.breach[3],
        },
      ]
    : s.breaches;
  const deals = r.dropDeals ? s.deals.filter((d) => d.status !== 'proposed') : s.deals;
  return { ...s, national, flags, breaches, deals };
}

type Nudge = { meterPick: number; values: number[]; flagPick: number; breach: [number, number, number, number] | null; dropDeals: boolean };
const nudge: fc.Arbitrary<Nudge> = fc.record({
  meterPick: fc.integer({ min: 0, max: 3 }),
  values: fc.array(fc.constantFrom(0, 20, 35, 39.99, 40, 50, 65, 80, 100), { minLength: 1, maxLength: 4 }),
  flagPick: fc.integer({ min: 0, max: 2 }),
  breach: fc.option(fc.tuple(fc.nat(5), fc.nat(5), fc.nat(1), fc.nat(10)), { nil: null }),
  dropDeals: fc.boolean(),
});

describe('remembered offers', () => {
  it.each(['paz-pivot', 'arce-era'])('%s: the same key gives the same fresh draft, and the remembered draft is the fresh one', (id) => {
    const sc = scenario(id);
    const base = [...positions(sc, 3, 'normal', 7), ...positions(sc, 11, 'hard', 9)];
    const byKey = new Map<string, string>();
    let met = 0;
    fc.assert(
      fc.property(fc.nat(base.length - 1), nudge, fc.boolean(), (i, r, raw) => {
        const s = raw ? (base[i] as GameState) : nudged(sc, base[i] as GameState, r);
        for (const [from, to] of pairs(sc)) {
          const min = reservation(sc, from);
          const fresh = freshOffer(s, sc, from, to, min);
          expect(draftOffer(s, sc, from, to, min)).toEqual(fresh);
          const key = offerKey(s, sc, from, to, min);
          const seen = byKey.get(key);
          if (seen === undefined) byKey.set(key, JSON.stringify(fresh));
          else {
            met++;
            expect(JSON.stringify(fresh)).toBe(seen);
          }
        }
      }),
      { numRuns: 150, seed: 12 },
    );
    // The test means something only when positions do meet on a key.
    expect(met).toBeGreaterThan(50);
    expect(new Set(byKey.values()).size).toBeGreaterThan(1);
  });
});

describe('the lean judge of fill and trim', () => {
  it.each(['paz-pivot', 'arce-era'])('%s: gives assessDeal value and verdict on random bundles, in every open negotiation', (id) => {
    const sc = scenario(id);
    const base = [...positions(sc, 5, 'normal', 5), ...positions(sc, 8, 'hard', 6)];
    const termIds = (sc.terms ?? []).map((t) => t.id);
    const bundle = fc.uniqueArray(
      fc.record({
        term: fc.constantFrom(...termIds),
        amount: fc.oneof(fc.integer({ min: 0, max: 12 }), fc.double({ min: -3, max: 30, noNaN: true })),
      }),
      { maxLength: 5, selector: (t) => t.term },
    );
    let accepted = 0;
    fc.assert(
      fc.property(fc.nat(base.length - 1), nudge, fc.boolean(), fc.array(bundle, { minLength: 1, maxLength: 4 }), (i, r, raw, bundles) => {
        const s = raw ? (base[i] as GameState) : nudged(sc, base[i] as GameState, r);
        // Every deal on the table as the one answered (and none), each pair both ways.
        const deals = [undefined, ...s.deals.map((d) => d.id)];
        for (const [from, to] of pairs(sc))
          for (const deal of deals) {
            const judge = judgeOf(s, sc, to, from, deal);
            for (const terms of bundles) {
              const a = assessDeal(s, sc, to, from, terms, deal);
              expect(judge(terms)).toEqual({ value: a.value, accept: a.accept });
              if (a.accept) accepted++;
            }
          }
      }),
      { numRuns: 150, seed: 21 },
    );
    expect(accepted).toBeGreaterThan(0);
  });
});
