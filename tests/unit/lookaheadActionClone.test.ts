/**
 * The AI's first look at a move copies only what the move can write (lookaheadActionClone): the
 * look-ahead copy it comes from must stay as it was, and the result must be what a full copy gives,
 * with the effects of the project or lasting effect the move starts applied too (as the AI does).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCENARIO_DIR } from '../../src/headless';
import { applyEffects } from '../../src/sim/effects';
import { type Action, hashValue, type Scenario, step } from '../../src/sim/index';
import type { GameState } from '../../src/sim/stateTypes';
import { lookaheadActionClone, lookaheadClone, lookaheadCopy, stepInPlace } from '../../src/sim/step';
import { deepFreeze } from './helpers';
import { type Fingerprint, scenario, startOf } from './simFingerprint';

const recorded = JSON.parse(readFileSync(join(SCENARIO_DIR, '..', 'tests', 'fingerprints', 'sim-accc675.json'), 'utf8')) as Fingerprint[];

/** Takes `a` in place and applies, as the AI's judgement does, the effects of what it starts. */
function takeAndJudge(s: GameState, sc: Scenario, a: Extract<Action, { type: 'takeAction' }>): boolean {
  const def = sc.actions.find((d) => d.id === a.action);
  if (!def || !stepInPlace(s, sc, a)) return false;
  const ctx = { s, sc, events: [], quiet: true };
  const cause = { kind: 'action' as const, id: def.id };
  applyEffects(ctx, def.project?.onComplete, cause, {});
  applyEffects(ctx, def.lasting?.effects, cause, {});
  s.turn += 1;
  return true;
}

describe('lookaheadActionClone', () => {
  it.each(['paz-pivot', 'arce-era'])(
    '%s: every action, through a whole normal-AI game, leaves the frozen look-ahead copy alone and gives what a full copy gives',
    (id) => {
      const want = recorded.find((f) => f.spec.scenario === id && f.spec.who === 'normal' && f.log);
      if (!want?.log) expect.fail(`no normal game of ${id} recorded`);
      const sc = scenario(id);
      let s = startOf(want.spec);
      let compared = 0;
      for (const [i, a] of want.log.entries()) {
        const mover = sc.turnOrder[s.phase];
        if (i % 7 === 0 && mover !== undefined) {
          const base = deepFreeze(lookaheadCopy(s));
          for (const def of sc.actions.filter((d) => d.actor === mover)) {
            const x = {
              type: 'takeAction' as const,
              actor: mover,
              action: def.id,
              ...(def.target ? { target: sc.departments[0]?.id } : {}),
            };
            const fast = lookaheadActionClone(base, def, mover);
            const full = lookaheadClone(base);
            const ok = takeAndJudge(fast, sc, x);
            expect(takeAndJudge(full, sc, x)).toBe(ok);
            if (ok) {
              expect(hashValue(fast)).toBe(hashValue(full));
              compared++;
            }
          }
        }
        const r = step(s, sc, a);
        if (r.ok) s = r.state;
      }
      expect(compared).toBeGreaterThan(20);
    },
  );
});
