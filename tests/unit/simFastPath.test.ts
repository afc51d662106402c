/**
 * The sim's fast path changes no result: whole games at every level, passive and baseline, in
 * every scenario, give the very hashes (final state, every event, the quiet path, look-ahead
 * play-outs) that the sim gave before it had one (commit accc675, recorded once in
 * tests/fingerprints/sim-accc675.json; see simFingerprint.ts). Only a change meant to alter play
 * (one that re-records the golden games) records it again, with tests/fingerprints/record.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCENARIO_DIR } from '../../src/headless';
import { deepClone } from '../../src/sim/deepClone';
import { type Action, allowedTargets, hashValue, type Scenario, step } from '../../src/sim/index';
import { lookaheadClone, lookaheadCopy, stepInPlace } from '../../src/sim/step';
import { deepFreeze } from './helpers';
import { type Fingerprint, fingerprint, passMove, scenario, startOf } from './simFingerprint';

const FILE = join(SCENARIO_DIR, '..', 'tests', 'fingerprints', 'sim-accc675.json');
const recorded = JSON.parse(readFileSync(FILE, 'utf8')) as Fingerprint[];

describe('the sim plays bit for bit as before its fast path', () => {
  it.each(recorded.map((f) => [JSON.stringify(f.spec), f] as const))('%s', (_name, want) => {
    const got = fingerprint(want.spec, want.log);
    expect({ ...got, log: undefined }).toEqual({ ...want, log: undefined });
  });
});

/** Every catalogue action `actor` could take now, at each of its targets (what the baseline weighs). */
function everyAction(sc: Scenario, actor: string): Action[] {
  return sc.actions
    .filter((d) => d.actor === actor)
    .flatMap((d) =>
      (d.target ? allowedTargets(sc, d) : [undefined]).map((target) => ({
        type: 'takeAction' as const,
        actor,
        action: d.id,
        ...(target !== undefined ? { target } : {}),
      })),
    );
}

describe('step leaves its input alone on the fast path', () => {
  it.each(['paz-pivot', 'arce-era'])(
    '%s: a deep-frozen state stepped through a whole normal-AI game, and with every action at the start of each phase, is unchanged',
    (id) => {
      const want = recorded.find((f) => f.spec.scenario === id && f.spec.who === 'normal' && f.log);
      if (!want?.log) expect.fail(`no normal game of ${id} recorded`);
      const sc = scenario(id);
      let s = startOf(want.spec);
      let tried = 0;
      let phase = '';
      for (const [i, a] of want.log.entries()) {
        // Strict-mode code throws on any write to a frozen object; the JSON check is belt and braces.
        const json = i % 25 === 0 ? JSON.stringify(s) : undefined;
        deepFreeze(s);
        // Each step copies only what its action can write (see stateCopy): at the start of each
        // phase, with the budget still whole, step every action the actor has on the frozen state.
        const mover = sc.turnOrder[s.phase];
        if (mover !== undefined && `${s.turn}:${s.phase}` !== phase) {
          phase = `${s.turn}:${s.phase}`;
          for (const x of everyAction(sc, mover)) tried += step(s, sc, x).ok ? 1 : 0;
        }
        const r = step(s, sc, a);
        expect(r.ok).toBe(true);
        if (json !== undefined) expect(JSON.stringify(s)).toBe(json);
        if (r.ok) s = r.state;
      }
      expect(s.over).toBeDefined();
      expect(tried).toBeGreaterThan(50);
    },
  );
});

describe('lookaheadClone', () => {
  it.each(['paz-pivot', 'arce-era'])(
    '%s: stepping a clone in place gives what stepping a deep copy gives, and leaves the look-ahead copy alone',
    (id) => {
      const want = recorded.find((f) => f.spec.scenario === id && f.spec.who === 'normal' && f.log);
      if (!want?.log) expect.fail(`no normal game of ${id} recorded`);
      const sc = scenario(id);
      let s = startOf(want.spec);
      let compared = 0;
      for (const [i, a] of want.log.entries()) {
        const mover = sc.turnOrder[s.phase];
        if (i % 29 === 0 && mover !== undefined) {
          const base = deepFreeze(lookaheadCopy(s));
          for (const x of [...everyAction(sc, mover), { type: 'endPhase' as const, actor: mover }]) {
            const fast = lookaheadClone(base);
            const deep = deepClone(base);
            expect(stepInPlace(fast, sc, x)).toBe(stepInPlace(deep, sc, x));
            // On to the end of the turn with everyone passing, the way the AI looks ahead.
            for (let k = 0; k < 40 && fast.turn === deep.turn && !fast.over; k++) {
              const m = sc.turnOrder[fast.phase];
              if (m === undefined) break;
              const p = passMove(fast, sc, m) ?? { type: 'endPhase' as const, actor: m };
              stepInPlace(fast, sc, p);
              stepInPlace(deep, sc, p);
            }
            expect(hashValue(fast)).toBe(hashValue(deep));
            compared++;
          }
        }
        const r = step(s, sc, a);
        if (r.ok) s = r.state;
      }
      expect(compared).toBeGreaterThan(30);
    },
  );
});
