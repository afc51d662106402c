import { type ActionPreview, previewAction, refuse, step } from '../sim';
import { type Timeline, viewAt } from './replay';
import type { Outcome, Session, SessionSnapshot } from './session';

/** A session that shows a record's turns, one at a time, and plays nothing. */
export type ReplaySession = Session & {
  readonly timeline: Timeline;
  /** Shows frame `k` (clamped to the record), publishing it as any session publishes a change. */
  seek(k: number): void;
  frame(): number;
};

/**
 * The replay viewer as a session (ARCHITECTURE.md: "a new kind of session"): the store mirrors its
 * snapshots like any other, so the map and every panel show the frame chosen through the one path
 * they already read. Every move is refused; a snapshot carries no events, so nothing animates or sounds.
 */
export function replaySession(t: Timeline, start = t.frames.length - 1): ReplaySession {
  const clamp = (k: number): number => Math.max(0, Math.min(t.frames.length - 1, Math.round(k)));
  let k = clamp(start);
  const listeners = new Set<(s: SessionSnapshot) => void>();
  const snapshotAt = (i: number): SessionSnapshot => {
    const f = t.frames[i] as Timeline['frames'][number];
    return {
      entry: t.entry,
      choice: t.choice,
      game: f.state,
      log: t.actions.slice(0, f.actions),
      turnHashes: t.turnHashes.slice(0, i),
      events: [],
      replay: viewAt(t, i),
    };
  };
  let snap = snapshotAt(k);
  const refused: Outcome = { ok: false, reason: refuse('gameOver', 'gameOver') };
  return {
    kind: 'local',
    timeline: t,
    frame: () => k,
    seek: (to) => {
      const next = clamp(to);
      if (next === k) return;
      k = next;
      snap = snapshotAt(k);
      for (const l of listeners) l(snap);
    },
    snapshot: () => snap,
    // Nothing is played in a replay (the interface hides its moves; this is the guarantee).
    submit: () => Promise.resolve(refused),
    advance: () => Promise.resolve({ ok: true, actions: [], events: [] }),
    preview: (actor, actionId, target): ActionPreview => {
      const game = snap.game;
      const action = { type: 'takeAction' as const, actor, action: actionId, ...(target !== undefined ? { target } : {}) };
      return previewAction(game, t.entry.scenario, actor, actionId, target, step(game, t.entry.scenario, action));
    },
    onChange: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    close: () => listeners.clear(),
  };
}
