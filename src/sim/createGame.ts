import { deepClone } from './deepClone';
import { influenceId, powers, recomputeNational } from './meters';
import { own } from './own';
import { seedRng } from './rng';
import type { Scenario } from './scenarioTypes';
import type { ActorState, AiLevel, Controller, GameState } from './stateTypes';

export type NewGameOptions = {
  seed: number;
  /** Turns to play; the scenario's full length when absent. */
  turns?: number;
  /** Who controls each actor; every actor is the AI unless named here. */
  controllers?: Record<string, Controller>;
  /** The AI level of AI-controlled actors (the baseline policy where absent). */
  levels?: Record<string, AiLevel>;
};

/**
 * Builds the first state of a game. Pure: the same scenario and options always
 * give the same state.
 */
export function createGame(sc: Scenario, opts: NewGameOptions): GameState {
  const controllers: Record<string, Controller> = {};
  const actors: Record<string, ActorState> = {};
  for (const a of sc.actors) {
    controllers[a.id] = own(opts.controllers, a.id) ?? 'ai';
    actors[a.id] = { controller: controllers[a.id] ?? 'ai', budget: { ...a.budget }, usedThisTurn: {}, usedInGame: {}, lastTaken: {} };
  }
  const departments: GameState['departments'] = {};
  for (const d of sc.departments) {
    const influence: Record<string, number> = {};
    for (const p of powers(sc)) influence[p] = own(d.influence, p) ?? 0;
    departments[d.id] = { stability: d.stability, influence };
  }
  const national: Record<string, number> = { gdp: sc.initial.gdp, growth: sc.initial.growth };
  for (const m of sc.meters ?? []) national[m.id] = m.initial;
  for (const p of powers(sc)) national[influenceId(p)] = 0;
  // Non-finite options fall back to safe values rather than making a game that never ends.
  const seed = Number.isFinite(opts.seed) ? Math.trunc(opts.seed) : 0;
  const wanted = opts.turns !== undefined && Number.isFinite(opts.turns) ? Math.trunc(opts.turns) : sc.turns;
  const turns = Math.max(1, Math.min(wanted, sc.turns));
  const s: GameState = {
    version: 1,
    setup: { scenarioId: sc.id, seed, turns, controllers, ...(opts.levels ? { levels: { ...opts.levels } } : {}) },
    turn: 1,
    phase: 0,
    rng: seedRng(seed),
    national,
    departments,
    flags: {},
    actors,
    projects: [],
    lasting: [],
    deals: [],
    breaches: [],
    pending: [],
    fired: {},
    ledger: [],
    history: [],
    decisions: [],
    nextId: 1,
  };
  recomputeNational(s, sc);
  s.history.push({ turn: 0, national: { ...s.national }, departments: deepClone(s.departments) });
  return s;
}
