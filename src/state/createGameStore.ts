import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Action } from '../sim/actionTypes';
import { autoPlay, type Policy } from '../sim/autoPlay';
import { createGame, type NewGameOptions } from '../sim/createGame';
import type { GameEvent } from '../sim/eventTypes';
import { baselineMove } from '../sim/policy/baseline';
import type { Refusal } from '../sim/refusal';
import type { Scenario } from '../sim/scenarioTypes';
import type { GameState } from '../sim/stateTypes';
import { step } from '../sim/step';

export type ScenarioEntry = { id: string; hash: string; scenario: Scenario };

export type Overlay = 'influence' | 'stability';

/** Interface-only state: never part of the game, never saved with it. */
export type UiState = { selectedDepartment: string | null; overlay: Overlay; mapReady: boolean };

export type GameStore = {
  scenarios: ScenarioEntry[];
  entry: ScenarioEntry | null;
  game: GameState | null;
  /** Every action applied since the game began, human and AI: the game's replay log. */
  log: Action[];
  lastEvents: GameEvent[];
  error: Refusal | null;
  ui: UiState;
  newGame: (scenarioId: string, opts: NewGameOptions) => void;
  /** The one write path for the game: applies a player's action, then lets the AI actors move. */
  dispatch: (action: Action) => boolean;
  setUi: (patch: Partial<UiState>) => void;
};

/**
 * Makes a store (no module-level singleton). The game changes only through
 * `dispatch`, which calls the sim's `step`; a refused action leaves the game
 * untouched and sets `error` with the reason.
 */
export function createGameStore(scenarios: ScenarioEntry[], policy: Policy = baselineMove): StoreApi<GameStore> {
  return createStore<GameStore>()((set, get) => ({
    scenarios,
    entry: null,
    game: null,
    log: [],
    lastEvents: [],
    error: null,
    ui: { selectedDepartment: null, overlay: 'influence', mapReady: false },
    newGame: (scenarioId, opts) => {
      const entry = get().scenarios.find((s) => s.id === scenarioId);
      if (!entry) {
        set({ error: { code: 'malformed', message: `There is no scenario "${scenarioId}".` } });
        return;
      }
      const start = createGame(entry.scenario, opts);
      const r = autoPlay(start, entry.scenario, policy);
      set({ entry, game: r.state, log: r.actions, lastEvents: r.events, error: null });
    },
    dispatch: (action) => {
      const { game, entry, log } = get();
      if (!game || !entry) return false;
      const r = step(game, entry.scenario, action);
      if (!r.ok) {
        set({ error: r.reason });
        return false;
      }
      const auto = autoPlay(r.state, entry.scenario, policy);
      set({ game: auto.state, log: [...log, action, ...auto.actions], lastEvents: [...r.events, ...auto.events], error: null });
      return true;
    },
    setUi: (patch) => set({ ui: { ...get().ui, ...patch } }),
  }));
}
