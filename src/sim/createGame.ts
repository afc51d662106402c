import { deepClone } from './deepClone';
import { influenceId, powers, recomputeNational } from './meters';
import { own } from './own';
import { seedRng } from './rng';
import type { PresetDef, PresetInitial, Scenario } from './scenarioTypes';
import type { ActorState, AiLevel, Controller, GameState } from './stateTypes';

export type NewGameOptions = {
  seed: number;
  /**
   * The preset to play, by id (its length, start turn, starting world and events). Absent: the
   * preset of `turns`' length where there is one, else `turns` turns from the scenario's start.
   */
  preset?: string;
  /** Turns to play; the preset's length or the scenario's full length when absent. */
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
  const wanted = opts.turns !== undefined && Number.isFinite(opts.turns) ? Math.trunc(opts.turns) : undefined;
  const preset = presetFor(sc, opts.preset, wanted);
  const startTurn = Math.max(1, Math.min(preset?.startTurn ?? 1, sc.turns));
  const turns = Math.max(1, Math.min(wanted ?? preset?.turns ?? sc.turns, sc.turns - startTurn + 1));
  const flags: Record<string, boolean> = {};
  if (preset?.initial) applyInitial(preset.initial, national, departments, flags);
  const s: GameState = {
    version: 1,
    setup: {
      scenarioId: sc.id,
      seed,
      turns,
      ...(preset ? { preset: preset.id } : {}),
      ...(startTurn > 1 ? { startTurn } : {}),
      controllers,
      ...(opts.levels ? { levels: { ...opts.levels } } : {}),
    },
    turn: startTurn,
    phase: 0,
    rng: seedRng(seed),
    national,
    departments,
    flags,
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
  // The snapshot before the first turn: the world as the game finds it.
  s.history.push({ turn: startTurn - 1, national: { ...s.national }, departments: deepClone(s.departments) });
  return s;
}

/**
 * The preset a new game plays: the one named (an unknown id is a caller's error, thrown), else
 * the first preset of the length asked for, else none (the scenario's start, at that length).
 */
function presetFor(sc: Scenario, id: string | undefined, turns: number | undefined): PresetDef | undefined {
  if (id !== undefined) {
    const p = sc.presets?.find((x) => x.id === id);
    if (!p) throw new Error(`unknown preset "${id}" in scenario "${sc.id}"`);
    return p;
  }
  if (turns === undefined || turns >= sc.turns) return undefined;
  return sc.presets?.find((p) => p.turns === turns);
}

/** Puts a preset's starting world in place over the scenario's (ids the validator has checked). */
function applyInitial(
  init: PresetInitial,
  national: Record<string, number>,
  departments: GameState['departments'],
  flags: Record<string, boolean>,
): void {
  if (init.gdp !== undefined) national.gdp = init.gdp;
  if (init.growth !== undefined) national.growth = init.growth;
  for (const [m, v] of Object.entries(init.meters ?? {})) if (Object.hasOwn(national, m)) national[m] = v;
  for (const [d, o] of Object.entries(init.departments ?? {})) {
    const st = own(departments, d);
    if (!st) continue;
    if (o.stability !== undefined) st.stability = o.stability;
    for (const [p, v] of Object.entries(o.influence ?? {})) if (Object.hasOwn(st.influence, p)) st.influence[p] = v;
  }
  for (const [f, v] of Object.entries(init.flags ?? {})) flags[f] = v;
}
