import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  type Action,
  type AiLevel,
  autoPlay,
  type Controller,
  createGame,
  type GameEvent,
  type GameState,
  type Policy,
  type Refusal,
  refuse,
  type Scenario,
  setupPolicy,
  step,
} from '../sim';

export type ScenarioEntry = { id: string; hash: string; scenario: Scenario };

export type Overlay = 'influence' | 'stability';

export type Screen = 'start' | 'game' | 'end';

/**
 * Who plays: one person against the AI (`solo`), two people on one device taking turns
 * (`hotseat`: both playable sides are human), or the AI against itself, watched (`watch`).
 */
export type PlayMode = 'solo' | 'hotseat' | 'watch';

/** What a player chooses on the start screen. */
export type GameChoice = {
  scenarioId: string;
  /** The actor the person plays in solo mode (in hot-seat, the side that moves first is shown first). */
  side: string;
  seed: number;
  /** Turns to play: the scenario's full length or a preset's. */
  turns?: number;
  /** Solo when absent. */
  mode?: PlayMode;
  /** The level of every AI-controlled actor (normal when absent). */
  aiLevel?: AiLevel;
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
  /**
   * Lets the AI actors make up to `moves` moves (watch mode steps the game this way, at
   * the speed the viewer chooses). Returns false when there was nothing to do.
   */
  advance: (moves: number) => boolean;
  /** Puts a verified game in place (a loaded save); the caller has replayed and checked it. */
  restore: (choice: GameChoice, game: GameState, log: Action[]) => boolean;
  /** Back to the start screen; the game is kept until another starts. */
  toStart: () => void;
  setUi: (patch: Partial<UiState>) => void;
  clearError: () => void;
};

/** Controllers for a choice: solo, the chosen side is human; hot-seat, every playable side; watch, none. */
export function controllersFor(sc: Scenario, side: string, mode: PlayMode = 'solo'): Record<string, Controller> {
  const human = (id: string, playable: boolean): boolean => (mode === 'hotseat' ? playable : mode === 'watch' ? false : id === side);
  return Object.fromEntries(sc.actors.map((a) => [a.id, human(a.id, !!a.playable) ? 'human' : 'ai'])) as Record<string, Controller>;
}

/** The AI level of every AI-controlled actor for a choice. */
export function levelsFor(sc: Scenario, choice: GameChoice): Record<string, AiLevel> {
  const controllers = controllersFor(sc, choice.side, choice.mode);
  return Object.fromEntries(sc.actors.filter((a) => controllers[a.id] === 'ai').map((a) => [a.id, choice.aiLevel ?? 'normal'])) as Record<
    string,
    AiLevel
  >;
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
    ui: {
      screen: 'start',
      selectedDepartment: null,
      hoveredDepartment: null,
      selectedSite: null,
      overlay: 'influence',
      meterDetail: null,
      mapReady: false,
      notice: null,
    },
    startGame: (choice) => {
      const entry = get().scenarios.find((s) => s.id === choice.scenarioId);
      if (!entry) {
        set({ error: refuse('malformed', 'unknownScenario', { scenario: choice.scenarioId }) });
        return false;
      }
      if (!entry.scenario.actors.some((a) => a.id === choice.side && a.playable)) {
        set({ error: refuse('unknownActor', 'notPlayable', { side: choice.side }) });
        return false;
      }
      const start = createGame(entry.scenario, {
        seed: choice.seed,
        ...(choice.turns !== undefined ? { turns: choice.turns } : {}),
        controllers: controllersFor(entry.scenario, choice.side, choice.mode),
        levels: levelsFor(entry.scenario, choice),
      });
      // Watch mode does not play ahead: the viewer's clock calls advance().
      const r = choice.mode === 'watch' ? { state: start, actions: [], events: [] } : autoPlay(start, entry.scenario, policy);
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
    advance: (moves) => {
      const { game, entry, log } = get();
      if (!game || !entry || game.over) return false;
      const auto = autoPlay(game, entry.scenario, policy, moves);
      if (auto.actions.length === 0) return false;
      set({
        game: auto.state,
        log: [...log, ...auto.actions],
        lastEvents: auto.events,
        revision: get().revision + 1,
        error: null,
        ...(auto.state.over ? { ui: { ...get().ui, screen: 'end' as const } } : {}),
      });
      return true;
    },
    restore: (choice, game, log) => {
      const entry = get().scenarios.find((s) => s.id === choice.scenarioId);
      if (!entry) return false;
      set({
        entry,
        choice,
        game,
        log,
        lastEvents: [],
        revision: get().revision + 1,
        error: null,
        ui: { ...get().ui, screen: game.over ? 'end' : 'game', meterDetail: null },
      });
      return true;
    },
    toStart: () => set({ ui: { ...get().ui, screen: 'start' } }),
    setUi: (patch) => set({ ui: { ...get().ui, ...patch } }),
    clearError: () => set({ error: null }),
  }));
}
