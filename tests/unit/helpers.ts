import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { loadScenario, SCENARIO_DIR } from '../../src/headless';
import type { Action, GameState, Scenario } from '../../src/sim/index';
import { step } from '../../src/sim/index';

/** Every scenario file shipped in scenarios/ (whatever is there when the tests run). */
export function scenarioFiles(): string[] {
  return readdirSync(SCENARIO_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => join(SCENARIO_DIR, f));
}

let dev: Scenario | undefined;
/** The development sandbox, loaded through the real validator. */
export function devSandbox(): Scenario {
  dev ??= loadScenario('dev-sandbox').scenario;
  return dev;
}

/**
 * A tiny hand-built scenario for precise numeric tests. Its economy moves only
 * growth and GDP (no stability/influence dynamics), so a test sees only the rule it checks.
 * Host `h`, power `p`, other actor `o`; departments A (pop 3) and B (pop 1); site `s1` in B.
 */
export function tinyScenario(patch: Partial<Scenario> = {}): Scenario {
  const base: Scenario = {
    id: 'tiny',
    title: 'Tiny',
    version: 1,
    start: { year: 2030, quarter: 1 },
    turns: 4,
    actors: [
      { id: 'p', name: 'Power', kind: 'power', playable: true, budget: { capital: 2, money: 100 } },
      { id: 'h', name: 'Host', kind: 'host', playable: true, budget: { capital: 1, money: 50 } },
      { id: 'o', name: 'Other', kind: 'other', budget: { capital: 1, money: 0 } },
    ],
    turnOrder: ['p', 'h', 'o'],
    initial: { gdp: 100, growth: 1 },
    meters: [{ id: 'x', name: 'X', min: 0, max: 10, initial: 5 }],
    departments: [
      { id: 'A', name: 'A', population: 3, stability: 40, influence: { p: 10 } },
      { id: 'B', name: 'B', population: 1, stability: 80, influence: { p: 30 } },
    ],
    sites: [
      { id: 's1', name: 'Site 1', department: 'B' },
      { id: 'abroad', name: 'Abroad' },
    ],
    economy: { growth: { trend: 1, inertia: 0 }, stability: {}, influence: {} },
    actions: [
      {
        id: 'visit',
        actor: 'p',
        kind: 'diplomacy',
        name: 'Visit',
        cost: { capital: 1, money: 10 },
        effects: [{ meter: 'x', add: 2 }],
        assumption: 'test',
      },
      {
        id: 'build',
        actor: 'p',
        kind: 'invest',
        name: 'Build',
        cost: { capital: 1, money: 60 },
        target: { type: 'site' },
        effects: [{ meter: 'influence.p', add: 4, at: 'target' }],
        project: { turns: 2, onComplete: [{ meter: 'x', add: 1 }], perTurn: [{ meter: 'stability', add: 1, at: 'target' }] },
      },
      {
        id: 'campaign',
        actor: 'h',
        kind: 'domestic',
        name: 'Campaign',
        cost: { capital: 1 },
        lasting: { turns: 2, effects: [{ meter: 'x', add: -1 }] },
      },
    ],
    terms: [],
    events: [],
    objectives: [
      { actor: 'p', winAt: 10, items: [{ id: 'x', text: 'x high', meter: 'x', from: 0, to: 10, points: 10 }] },
      { actor: 'h', winAt: 5, items: [{ id: 'calm', text: 'calm', when: { meter: 'stability', gt: 50 }, points: 5 }] },
    ],
  };
  return { ...base, ...patch };
}

/** Applies actions in order, failing the test (with the refusal) if any is refused. */
export function play(s: GameState, sc: Scenario, ...actions: Action[]): GameState {
  let cur = s;
  for (const a of actions) {
    const r = step(cur, sc, a);
    if (!r.ok) expect.fail(`${JSON.stringify(a)} refused: ${r.reason.code} ${r.reason.key} ${JSON.stringify(r.reason.params)}`);
    cur = r.state;
  }
  return cur;
}

/** Ends the phase of every actor still to move this turn, so the turn resolves. */
export function endTurn(s: GameState, sc: Scenario): GameState {
  let cur = s;
  const turn = cur.turn;
  while (!cur.over && cur.turn === turn) {
    const actor = sc.turnOrder[cur.phase];
    if (actor === undefined) expect.fail('no actor to move');
    cur = play(cur, sc, { type: 'endPhase', actor });
  }
  return cur;
}

/** Freezes a value and everything inside it, so any mutation throws. */
export function deepFreeze<T>(v: T): T {
  if (v !== null && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const k of Object.keys(v)) deepFreeze((v as Record<string, unknown>)[k]);
  }
  return v;
}
