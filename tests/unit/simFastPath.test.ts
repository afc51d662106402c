/**
 * The sim's fast path changes no result: whole games at every level, passive and baseline, in
 * every scenario, give the very hashes (final state, every event, the quiet path, look-ahead
 * play-outs) that the sim gave before it had one (commit accc675, recorded once in
 * tests/fingerprints/sim-accc675.json; see simFingerprint.ts). A change meant to alter play
 * re-records the golden games and retires this file with a note why; it never re-records it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCENARIO_DIR } from '../../src/headless';
import { step } from '../../src/sim/index';
import { deepFreeze } from './helpers';
import { type Fingerprint, fingerprint, scenario, startOf } from './simFingerprint';

const FILE = join(SCENARIO_DIR, '..', 'tests', 'fingerprints', 'sim-accc675.json');
const recorded = JSON.parse(readFileSync(FILE, 'utf8')) as Fingerprint[];

describe('the sim plays bit for bit as before its fast path', () => {
  it.each(recorded.map((f) => [JSON.stringify(f.spec), f] as const))('%s', (_name, want) => {
    const got = fingerprint(want.spec, want.log);
    expect({ ...got, log: undefined }).toEqual({ ...want, log: undefined });
  });
});

describe('step leaves its input alone on the fast path', () => {
  it.each(['paz-pivot', 'arce-era'])('%s: a deep-frozen state stepped through a whole normal-AI game is unchanged', (id) => {
    const want = recorded.find((f) => f.spec.scenario === id && f.spec.who === 'normal' && f.log);
    if (!want?.log) expect.fail(`no normal game of ${id} recorded`);
    const sc = scenario(id);
    let s = startOf(want.spec);
    for (const a of want.log) {
      const json = JSON.stringify(s);
      const r = step(deepFreeze(s), sc, a);
      expect(r.ok).toBe(true);
      expect(JSON.stringify(s)).toBe(json);
      if (r.ok) s = r.state;
    }
    expect(s.over).toBeDefined();
  });
});
