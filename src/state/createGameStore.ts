import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Action } from '../sim/actionTypes';
import { autoPlay, type Policy } from '../sim/autoPlay';
import { createGame } from '../sim/createGame';
import type { GameEvent } from '../sim/eventTypes';
import { setupPolicy } from '../sim/policy/setupPolicy';
import type { Refusal } from '../sim/refusal';
import type { Scenario } from '../sim/scenarioTypes';
import type { Controller, GameState } from '../sim/stateTypes';
import { step } from '../sim/step';

export type ScenarioEntry = { id: string; hash: string; scenario: Scenario };

export type Overlay = 'influence' | 'stability';

export type Screen = 'start' | 'game' | 'end';

/** What a player chooses on the start screen. */
export type GameChoice = {
  scenarioId: string;
  /** The actor the person plays (hot-seat and AI-vs-AI come with the AI work). */
  side: string;
  seed: number;
  /** Turns to play: the scenario's full length or a preset's. */
  turns?: number;
};

/** Interface-only state: never part of the game, never saved with it. */
export type UiState = {
  screen: Screen;
  selectedDepartment: string | null;
  hoveredDepartment: string | null;
  /** The map site the player clicked (its department is selected with it), if any. */
  selectedSite: string | null;
  overlay: Overlay;
  /** The meter whose causes are open ("why did this move?"), if any. */
  meterDetail: { meter: string; department?: string } | null;
  mapReady: boolean;
  /** A one-off message for the player from outside the game (a save resumed, or set aside: a warning). */
  notice: { text: string; level: 'info' | 'warning' } | null;
};

export type GameStore = {
  scenarios: ScenarioEntry[];
  entry: ScenarioEntry | null;
  choice: GameChoice | null;
  game: GameState | null;
  /** Every action applied since the game began, human and AI, in order: the game's replay log. */
  log: Action[];
  /** Events of the last dispatch (the player's action and the AI moves it set off). */
  lastEvents: GameEvent[];
  /** Increases with every change of game, so subscribers can tell a new batch of events. */
  revision: number;
  error: Refusal | null;
  ui: UiState;
  /** Starts a new game from the start screen's choice. */
  startGame: (choice: GameChoice) => boolean;
  /** The one write path for the game: applies a player's action, then lets the AI actors move. */
  dispatch: (action: Action) => boolean;
  /** Puts a verified game in place (a loaded save); the caller has replayed and checked it. */
  restore: (choice: GameChoice, game: GameState, log: Action[]) => boolean;
  /** Back to the start screen; the game is kept until another starts. */
  toStart: () => void;
  setUi: (patch: Partial<UiState>) => void;
  clearError: () => void;
};

/** Controllers for a choice: the chosen side is human, every other actor the AI. */
export function controllersFor(sc: Scenario, side: string): Record<string, Controller> {
  return Object.fromEntries(sc.actors.map((a) => [a.id, a.id === side ? 'human' : 'ai'])) as Record<string, Controller>;
}

/**
 * Makes a store (no module-level singleton). The game changes only through
 * `dispatch` (which calls the sim's `step`) or `restore` (a verified save); a
 * refused action leaves the game untouched and sets `error` with the reason.
 */
export function createGameStore(scenarios: ScenarioEntry[], policy: Policy = setupPolicy): StoreApi<GameStore> {
  return createStore<GameStore>()((set, get) => ({
    scenarios,
    entry: null,
    choice: null,
    game: null,
    log: [],
    lastEvents: [],
    revision: 0,
    error: null,
    ui: { screen: 'start', selectedDepartment: null, hoveredDepartment: null, selectedSite: null, overlay: 'influence', meterDetail: null, mapReady: false, notice: null },
    startGame: (choice) => {
      const entry = get().scenarios.find((s) => s.id === choice.scenarioId);
      if (!entry) {
        set({ error: { code: 'malformed', message: `There is no scenario "${choice.scenarioId}".` } });
        return false;
      }
      if (!entry.scenario.actors.some((a) => a.id === choice.side && a.playable)) {
        set({ error: { code: 'unknownActor', message: `"${choice.side}" is not a side you can play in this scenario.` } });
        return false;
      }
      const start = createGame(entry.scenario, {
        seed: choice.seed,
        ...(choice.turns !== undefined ? { turns: choice.turns } : {}),
        controllers: controllersFor(entry.scenario, choice.side),
      });
      const r = autoPlay(start, entry.scenario, policy);
      set({
        entry,
        choice,
        game: r.state,
        log: r.actions,
        lastEvents: r.events,
        revision: get().revision + 1,
        error: null,
        ui: { ...get().ui, screen: r.state.over ? 'end' : 'game', selectedDepartment: null, selectedSite: null, meterDetail: null },
      });
      return true;
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
      set({
        game: auto.state,
        log: [...log, action, ...auto.actions],
        lastEvents: [...r.events, ...auto.events],
        revision: get().revision + 1,
        error: null,
        ...(auto.state.over ? { ui: { ...get().ui, screen: 'end' as const } } : {}),
      });
      return true;
    },
    restore: (choice, game, log) => {
      const entry = get().scenarios.find((s) => s.id === choice.scenarioId);
      if (!entry) return false;
      set({ entry, choice, game, log, lastEvents: [], revision: get().revision + 1, error: null, ui: { ...get().ui, screen: game.over ? 'end' : 'game', meterDetail: null } });
      return true;
    },
    toStart: () => set({ ui: { ...get().ui, screen: 'start' } }),
    setUi: (patch) => set({ ui: { ...get().ui, ...patch } }),
    clearError: () => set({ error: null }),
  }));
}
