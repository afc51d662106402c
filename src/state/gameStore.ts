import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  type Action,
  type ActionPreview,
  type GameEvent,
  type GameState,
  type Policy,
  type Reading,
  type Refusal,
  refuse,
  type Said,
} from '../sim';
import type { ClassroomView } from './classroom';
import type { GameChoice, ScenarioEntry } from './gameChoice';
import type { ReplayEngine } from './replayEngine';
import { type AttachOptions, type ReplayApi, replaySlice } from './replayStore';
import { type FetchText, loadScenarioAsset } from './scenarioAsset';
import { faceOf, type ScenarioCard } from './scenarioCard';
import type { localSession, Outcome, Session, SessionSnapshot, TurnHash } from './session';
import { type Dialog, freshUi, type UiState } from './uiState';

export type { BreakDealDialog, DealBuilderDialog, DealDraft } from './dealDialogs';
export { controllersFor, type GameChoice, levelsFor, type PlayMode, type ScenarioEntry } from './gameChoice';
export type { HowToPlayDialog } from './helpDialog';
export type { ReplayRecord, ReplayReturn, ReplayView } from './replayStore';
export type { FetchText } from './scenarioAsset';
export type { PresetFace, ScenarioCard, ScenarioFace } from './scenarioCard';
export type { Outcome, Session, SessionSnapshot, TurnHash } from './session';
export type { SourcesDialog, WhosWhoDialog } from './sourcesDialog';
export {
  type ActionCards,
  type Dialog,
  freshUi,
  type Notice,
  type Overlay,
  type Screen,
  type SetupDraft,
  type TurnReport,
  type UiState,
  type WatchSpeed,
  type WatchUi,
} from './uiState';

/** A scenario being fetched, or the reason the last fetch of one failed (a message key). */
export type ScenarioLoad = { id: string; failed?: Said };

/** Where a store's scenarios come from: the page's catalogue, each full scenario fetched when it is chosen. */
export type ScenarioLibrary = { cards: ScenarioCard[]; fetchText: FetchText };

export type GameStore = ReplayApi & {
  /** Every scenario the page offers, by its face (what the start screen reads), with the asset holding it. */
  cards: ScenarioCard[];
  /** The scenarios loaded so far (fetched and checked), kept for the page's life. */
  scenarios: ScenarioEntry[];
  /** The scenario being loaded now, or the last one that could not be (null once one loads). */
  scenarioLoad: ScenarioLoad | null;
  /** The full scenario of a card, fetched once and checked against the card's id and hash; null (and `scenarioLoad.failed` set) when it cannot be. */
  loadScenario: (id: string) => Promise<ScenarioEntry | null>;
  /**
   * Offers a scenario that is not in the page's catalogue, loaded already (an author's work handed
   * over by the workshop): its card is kept off the start screen's list (`listed: false`).
   */
  addScenario: (entry: ScenarioEntry) => void;
  /** The language the interface speaks (a code of src/i18n's LANGUAGES); every view words itself in it. */
  lang: string;
  /** How plainly scenario texts read: their main text, or their basic reading (a teacher's setup, or the player's choice). */
  reading: Reading;
  session: Session | null;
  /** The class around a game played on a class server (its remote session's view); null for a game on this device. */
  classroom: ClassroomView | null;
  entry: ScenarioEntry | null;
  choice: GameChoice | null;
  game: GameState | null;
  /** Every action applied since the game began, human and AI, in order: the game's replay log. */
  log: readonly Action[];
  /** The state hash at the end of each turn so far (saves carry them). */
  turnHashes: readonly TurnHash[];
  /** Events of the last change (the player's action and the AI moves it set off). */
  lastEvents: readonly GameEvent[];
  /** Increases with every change of game, so subscribers can tell a new batch of events. */
  revision: number;
  /** The last refusal, for the error banner. */
  error: Refusal | null;
  ui: UiState;
  /**
   * Starts a new game on this device from the start screen's choice, once its scenario is loaded
   * (at once when it already is). False (and `error` or `scenarioLoad.failed` set) when the choice
   * is not playable or its scenario cannot be loaded.
   */
  startGame: (choice: GameChoice) => Promise<boolean>;
  /** Plays through a session made elsewhere (a remote class room, say): the store mirrors it from now on. */
  attach: (session: Session) => void;
  /** The one write path for the game: submits a player's action to the session; the outcome says what followed, or why not. */
  dispatch: (action: Action) => Promise<Outcome>;
  /** Lets the AI actors make up to `moves` moves (watch mode steps the game this way). The outcome lists none when there was nothing to do. */
  advance: (moves: number) => Promise<Outcome>;
  /** What taking an action would do now (null without a game); taking it next reuses the work. */
  preview: (actor: string, actionId: string, target?: string) => ActionPreview | null;
  /** Puts a verified game in place (a loaded save); the caller has replayed and checked it. */
  restore: (choice: GameChoice, game: GameState, log: readonly Action[], turnHashes?: readonly TurnHash[]) => boolean;
  /** Back to the start screen; the game is kept until another starts. */
  toStart: () => void;
  setUi: (patch: Partial<UiState>) => void;
  setLanguage: (lang: string) => void;
  setReading: (reading: Reading) => void;
  openDialog: (dialog: Dialog) => void;
  closeDialog: () => void;
  clearError: () => void;
};

export type StoreOptions = { policy?: Policy; lang?: string; reading?: Reading };

/** What steps games: the local session and the computer players' policy. The page loads it with the first scenario. */
export type Engine = { localSession: typeof localSession; policy: Policy; replay: ReplayEngine };

const NO_OUTCOME: Outcome = { ok: false, reason: refuse('gameOver', 'gameOver') };

/**
 * Makes a store (no module-level singleton). The game changes only through its session:
 * `dispatch` submits an action to it, and the store mirrors every snapshot the session
 * publishes; a refused action leaves the game untouched and sets `error` with the reason.
 */
export function createStoreWith(
  source: ScenarioEntry[] | ScenarioLibrary,
  engineSource: Engine | (() => Promise<Engine>),
  opts: StoreOptions = {},
): StoreApi<GameStore> {
  // Given whole, the engine is there at once; given as a loader, it is fetched with the first scenario (a game needs both).
  let engine: Engine | null = typeof engineSource === 'function' ? null : engineSource;
  let engineLoad: Promise<Engine> | null = null;
  const needEngine = (): Promise<Engine> => {
    if (engine) return Promise.resolve(engine);
    engineLoad ??= (engineSource as () => Promise<Engine>)().then((e) => {
      engine = e;
      return e;
    });
    return engineLoad;
  };
  let unsubscribe: (() => void) | null = null;
  // Scenarios handed in whole (tests, Node) are loaded already; a library's are fetched on demand.
  const library: ScenarioLibrary = Array.isArray(source)
    ? {
        cards: source.map((e) => ({ id: e.id, hash: e.hash, url: '', face: faceOf(e.scenario) })),
        fetchText: () => Promise.reject(new Error('no assets')),
      }
    : source;
  const preloaded = Array.isArray(source) ? source : [];
  const inFlight = new Map<string, Promise<ScenarioEntry | null>>();

  return createStore<GameStore>()((set, get) => {
    const mirror = (s: SessionSnapshot, screenToo: boolean): void => {
      const ui = get().ui;
      // A replay shows a past turn on the game screen, its last one too (a game's end is not the end screen there).
      const over = !!s.game.over && !s.replay;
      set({
        entry: s.entry,
        // Hot-seat: the side holding the device is interface state (setViewer); a move must not hand it back.
        choice: screenToo ? s.choice : (get().choice ?? s.choice),
        game: s.game,
        log: s.log,
        turnHashes: s.turnHashes,
        lastEvents: s.events,
        revision: get().revision + 1,
        error: null,
        replay: s.replay ?? null,
        ui: screenToo ? freshUi(ui, over ? 'end' : 'game') : over ? { ...ui, screen: 'end', dialog: null } : ui,
      });
    };
    const attach = (session: Session, opts: AttachOptions = {}): void => {
      unsubscribe?.();
      if (!opts.keepPrevious) get().session?.close();
      set({ session, classroom: session.classroom?.view() ?? null });
      const offGame = session.onChange((s) => mirror(s, false));
      const offClass = session.classroom?.onChange((classroom) => set({ classroom }));
      unsubscribe = () => {
        offGame();
        offClass?.();
      };
      const first = session.snapshot();
      mirror(opts.quiet ? { ...first, events: [] } : first, true);
    };
    const refused = (reason: Refusal): Outcome => {
      set({ error: reason });
      return { ok: false, reason };
    };

    const loaded = (id: string): ScenarioEntry | undefined => get().scenarios.find((s) => s.id === id);
    const loadScenario = (id: string): Promise<ScenarioEntry | null> => {
      const have = loaded(id);
      // A scenario handed in loaded (addScenario) still needs the engine the first time.
      if (have) return engine ? Promise.resolve(have) : needEngine().then(() => have);
      const card = get().cards.find((c) => c.id === id);
      if (!card) return Promise.resolve(null);
      const pending = inFlight.get(id);
      if (pending) return pending;
      set({ scenarioLoad: { id } });
      const p = Promise.all([loadScenarioAsset(card, library.fetchText), needEngine()]).then(([r]) => {
        inFlight.delete(id);
        if (!r.ok) {
          set({ scenarioLoad: { id, failed: r.said } });
          return null;
        }
        set({ scenarios: [...get().scenarios.filter((s) => s.id !== id), r.entry], scenarioLoad: null });
        return r.entry;
      });
      inFlight.set(id, p);
      return p;
    };
    const start = (entry: ScenarioEntry, choice: GameChoice): boolean => {
      if (!entry.scenario.actors.some((a) => a.id === choice.side && a.playable)) {
        refused(refuse('unknownActor', 'notPlayable', { side: choice.side }));
        return false;
      }
      if (choice.preset !== undefined && !entry.scenario.presets?.some((p) => p.id === choice.preset)) {
        refused(refuse('malformed', 'unknownPreset', { preset: choice.preset }));
        return false;
      }
      const e = engine as Engine;
      // A class seat's way of saving (saveAs) is the class's, not a game played again on this device.
      const { saveAs: _class, ...local } = choice;
      attach(e.localSession(entry, local, e.policy));
      return true;
    };

    // No game: how the store starts, and what leaving a game puts back.
    const noGame = () => ({
      session: null,
      classroom: null,
      entry: null,
      choice: null,
      game: null,
      log: [],
      turnHashes: [],
      lastEvents: [],
    });

    const clearGame = (): void =>
      set({
        ...noGame(),
        replay: null,
        revision: get().revision + 1,
        ui: freshUi(get().ui, 'start'),
      });

    return {
      ...replaySlice({ get, set, attach, engine: () => engine, clearGame }),
      cards: library.cards,
      scenarios: preloaded,
      scenarioLoad: null,
      loadScenario,
      addScenario: (entry) =>
        set({
          cards: [
            ...get().cards.filter((c) => c.id !== entry.id),
            { id: entry.id, hash: entry.hash, url: '', face: { ...faceOf(entry.scenario), id: entry.id, listed: false } },
          ],
          scenarios: [...get().scenarios.filter((s) => s.id !== entry.id), entry],
        }),
      lang: opts.lang ?? 'en',
      reading: opts.reading ?? 'advanced',
      ...noGame(),
      revision: 0,
      error: null,
      ui: {
        screen: 'start',
        selectedDepartment: null,
        hoveredDepartment: null,
        selectedSite: null,
        overlay: 'influence',
        meterDetail: null,
        actionCards: { open: [], targets: {}, taken: null },
        report: null,
        mapReady: false,
        notice: null,
        dialog: null,
        drafts: {},
        watch: { playing: false, speed: 'normal' },
        setup: null,
        classLink: { kind: 'none' },
        fresh: 0,
      },
      // A loaded scenario starts at once (no await), so the game is in place when this returns.
      startGame: async (choice) => {
        const have = loaded(choice.scenarioId);
        if (have && engine) return start(have, choice);
        if (!get().cards.some((c) => c.id === choice.scenarioId)) {
          refused(refuse('malformed', 'unknownScenario', { scenario: choice.scenarioId }));
          return false;
        }
        const entry = await loadScenario(choice.scenarioId);
        if (entry) await needEngine();
        return entry ? start(entry, choice) : false;
      },
      attach,
      dispatch: async (action) => {
        const session = get().session;
        if (!session) return NO_OUTCOME;
        const o = await session.submit(action);
        if (!o.ok) return refused(o.reason);
        return o;
      },
      advance: async (moves) => {
        const session = get().session;
        if (!session || get().game?.over) return NO_OUTCOME;
        return session.advance(moves);
      },
      preview: (actor, actionId, target) => get().session?.preview(actor, actionId, target) ?? null,
      restore: (choice, game, log, turnHashes = []) => {
        const entry = get().scenarios.find((s) => s.id === choice.scenarioId);
        // A loaded scenario came with the engine (loadScenario waits for both).
        if (!entry || !engine) return false;
        attach(engine.localSession(entry, choice, engine.policy, { game, log, turnHashes }));
        set({ lastEvents: [] });
        return true;
      },
      // A notice about the game left (resumed, imported, exported) says nothing on the start screen; a warning stays until read.
      toStart: () => {
        const ui = get().ui;
        set({ ui: { ...ui, screen: 'start', dialog: null, notice: ui.notice?.level === 'warning' ? ui.notice : null } });
      },
      setUi: (patch) => set({ ui: { ...get().ui, ...patch } }),
      setLanguage: (lang) => set({ lang }),
      setReading: (reading) => set({ reading }),
      openDialog: (dialog) => set({ ui: { ...get().ui, dialog } }),
      closeDialog: () => set({ ui: { ...get().ui, dialog: null } }),
      clearError: () => set({ error: null }),
    };
  });
}
