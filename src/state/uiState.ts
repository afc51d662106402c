import type { AiLevel, GameEvent, GameState, Said } from '../sim';
import type { BreakDealDialog, DealBuilderDialog, DealDraft } from './dealDialogs';
import type { PlayMode } from './gameChoice';
import type { HowToPlayDialog } from './helpDialog';
import type { LinkReading } from './setupLink';
import type { SourcesDialog, WhosWhoDialog } from './sourcesDialog';

// The store's interface-only state (src/state/gameStore.ts holds it as `ui`): what is selected,
// open and drafted on screen, never part of the game and never saved with it.

export type Overlay = 'influence' | 'stability';

export type Screen = 'start' | 'game' | 'end';

/** The dialog open over the game, if any: the deal builder, the confirmation before breaking a deal, or How to play. */
export type Dialog = DealBuilderDialog | BreakDealDialog | HowToPlayDialog | SourcesDialog | WhosWhoDialog;

/** A one-off message for the player from outside the game (a save resumed, or set aside: a warning), as a message key. */
export type Notice = { said: Said; level: 'info' | 'warning' };

/** The actions panel's own state: open cards and chosen targets by card key, and the action just taken. */
export type ActionCards = { open: readonly string[]; targets: Readonly<Record<string, string>>; taken: string | null };

/** What the turn report shows: the game when the player ended the turn, the game after, and the events between. */
export type TurnReport = { before: GameState; after: GameState; events: readonly GameEvent[] };

/** Interface-only state: never part of the game, never saved with it. */
export type UiState = {
  screen: Screen;
  selectedDepartment: string | null;
  hoveredDepartment: string | null;
  /** The map site the player clicked (its department is selected with it), if any. */
  selectedSite: string | null;
  overlay: Overlay;
  /** The meter whose causes are open ("why did this move?"), if any; `allTurns` shows every turn, not only the latest. */
  meterDetail: { meter: string; department?: string; allTurns?: boolean } | null;
  /** The actions panel: the cards open (by card key), the target chosen on each, and the last action taken (for the live region). */
  actionCards: ActionCards;
  /** The turn report open over the game: the state when the turn ended, after it, and the events between. */
  report: TurnReport | null;
  mapReady: boolean;
  notice: Notice | null;
  dialog: Dialog | null;
  /** Each side's deal draft, kept between openings of the builder (hot-seat: one per side). */
  drafts: Readonly<Record<string, DealDraft>>;
  /** Watch mode's controls: whether the computer plays on by itself, and how fast. */
  watch: WatchUi;
  /** The start screen's set-up as the player fills it in (null until that screen first shows). */
  setup: SetupDraft | null;
  /** What the page's address said about a class setup (src/state/setupLink.ts): the start screen is locked to an `ok` one until the player leaves it. */
  classLink: LinkReading;
  /** Counts the games put in place (started, loaded, imported): views reset what they keep themselves (scroll, disclosures) when it changes. */
  fresh: number;
};

export type WatchSpeed = 'slow' | 'normal' | 'fast';

export type WatchUi = { playing: boolean; speed: WatchSpeed };

/** A game being set up: `turns` 0 is the full scenario; `preset`, when set, the preset chosen (by id). */
export type SetupDraft = {
  scenarioId: string;
  side: string;
  turns: number;
  preset?: string;
  seed: number;
  aiLevel: AiLevel;
  mode: PlayMode;
};

/**
 * The screen state of a game just put in place (started, loaded or imported): nothing of the last
 * game's screen survives, neither its selection, open cards, drafts, causes panel, dialogs and
 * report, nor a notice about it (a loaded or imported save sets its own notice after this).
 * The overlay, the watch speed and the set-up are the player's preferences and stay.
 */
export function freshUi(ui: UiState, screen: Screen): UiState {
  return {
    ...ui,
    screen,
    selectedDepartment: null,
    hoveredDepartment: null,
    selectedSite: null,
    meterDetail: null,
    dialog: null,
    drafts: {},
    actionCards: { open: [], targets: {}, taken: null },
    report: null,
    notice: null,
    watch: { ...ui.watch, playing: false },
    fresh: ui.fresh + 1,
  };
}
