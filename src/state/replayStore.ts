import { said } from '../sim';
import type { Engine, GameStore } from './gameStore';
import type { ReplayRecord, ReplayView } from './replay';
import type { ReplaySession } from './replaySession';
import type { LoadedSave } from './saveFile';
import type { Session } from './session';

export type { ReplayRecord, ReplayView } from './replay';

export type AttachOptions = { keepPrevious?: boolean; quiet?: boolean };

/** Where leaving a replay goes back to: the game under way, the finished game's end screen, or the start screen. */
export type ReplayReturn = 'game' | 'end' | 'start';

/** The store's replay and branch: what GameStore adds for them (composed into it by `createStoreWith`). */
export type ReplayApi = {
  /** The replay shown, or null when the store plays a game. Mirrored from the replay session, as `game` is. */
  replay: ReplayView | null;
  /** Where Exit goes, while replaying: what the store held when the replay opened. */
  replayReturn: ReplayReturn | null;
  /** Opens a replay of a record at `frame` (its last turn by default); the game held is kept for Exit. False if the record does not rebuild. */
  openReplay: (record: ReplayRecord, frame?: number) => boolean;
  /** Moves the scrubber. */
  seekReplay: (frame: number) => void;
  /** Leaves the replay for what the store held before it. */
  closeReplay: () => void;
  /** "Play from here": starts a new game from the turn shown, recording where it branched from. False where it cannot. */
  branchReplay: () => Promise<boolean>;
};

type Deps = {
  get: () => GameStore;
  set: (patch: Partial<GameStore>) => void;
  /** The store's attach: `keepPrevious` leaves the session replaced open, to come back to; `quiet` drops its last events (they sounded and animated when they were made). */
  attach: (session: Session, opts?: AttachOptions) => void;
  engine: () => Engine | null;
  /** Back to the start screen with no game (leaving a replay opened with none held). */
  clearGame: () => void;
};

export function replaySlice(d: Deps): ReplayApi {
  // The session the replay covers (kept open), and the replay's own: the store's `session` is the latter while replaying.
  let prior: Session | null = null;
  let viewer: ReplaySession | null = null;
  const replaying = (): ReplaySession | null => (viewer && d.get().session === viewer ? viewer : null);
  return {
    replay: null,
    replayReturn: null,
    openReplay: (record, frame) => {
      const engine = d.engine();
      const built = engine?.replay.buildTimeline(record);
      if (!engine || !built?.ok) return false;
      const s = d.get();
      if (!replaying()) {
        prior = s.session;
        d.set({ replayReturn: !s.session || !s.game ? 'start' : s.game.over ? 'end' : 'game' });
      }
      viewer = engine.replay.replaySession(built.timeline, frame);
      d.attach(viewer, { keepPrevious: true });
      return true;
    },
    seekReplay: (frame) => replaying()?.seek(frame),
    closeReplay: () => {
      if (!replaying()) return;
      const back = prior;
      prior = null;
      viewer = null;
      d.set({ replayReturn: null });
      if (back) d.attach(back, { quiet: true });
      else d.clearGame();
    },
    branchReplay: async () => {
      const v = replaying();
      const engine = d.engine();
      const b = v && engine ? engine.replay.branchAt(v.timeline, v.frame()) : null;
      if (!v || !b || !engine) return false;
      prior = null;
      viewer = null;
      d.set({ replayReturn: null });
      d.attach(engine.localSession(v.timeline.entry, b.choice, engine.policy, b.start));
      // The branch point is a turn's end: the computer players who open the next turn move now, as they did then.
      if (b.choice.mode !== 'watch') await d.get().advance(Number.POSITIVE_INFINITY);
      const from = b.choice.branchedFrom;
      if (from)
        d.set({ ui: { ...d.get().ui, notice: { said: said('replay.branched', { label: from.label, turn: from.turn }), level: 'info' } } });
      return true;
    },
  };
}

/** The record of the game the store holds (for its replay), named as its save file would be. */
export function recordOfStore(s: GameStore, label: string): ReplayRecord | null {
  const { entry, choice, log, turnHashes, game } = s;
  if (!entry || !choice || !game || s.replay) return null;
  return { label, entry, choice, actions: log, turnHashes };
}

/** The record of a verified save (an imported file, the autosave, a team's file). */
export function recordOfSave(loaded: LoadedSave, label: string): ReplayRecord {
  return { label, entry: loaded.entry, choice: loaded.choice, actions: loaded.log, turnHashes: loaded.save.turnHashes };
}
