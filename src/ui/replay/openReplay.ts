import type { StoreApi } from 'zustand/vanilla';
import { said } from '../../sim';
import type { GameStore, ReplayRecord } from '../../state/createGameStore';
import { recordOfStore } from '../../state/replayStore';

/** The keyboard goes to the scrubber once a replay opens (the main board's, unscoped). */
function focusScrubber(): void {
  queueMicrotask(() => document.getElementById('replay-slider')?.focus());
}

/**
 * Opens the replay of a record (a verified save file, a team's file on another page's store),
 * at its last turn, and takes the keyboard to the scrubber. The entry point other pages call.
 */
export function openReplay(store: StoreApi<GameStore>, record: ReplayRecord, frame?: number): boolean {
  const ok = store.getState().openReplay(record, frame);
  if (ok) focusScrubber();
  else store.getState().setUi({ notice: { said: said('replay.failed'), level: 'warning' } });
  return ok;
}

/** Replays the game the store holds (the one just finished, or the autosave resumed), named as its save file would be. */
export async function replayThisGame(store: StoreApi<GameStore>): Promise<boolean> {
  // Save files load on first use; the autosave has loaded them already.
  const { saveFileName } = await import('../../state/saveFile');
  const s = store.getState();
  const record = s.entry
    ? recordOfStore(
        s,
        saveFileName({
          savedAt: new Date().toISOString(),
          scenario: s.entry,
          setup: { ...(s.choice?.team !== undefined ? { team: s.choice.team } : {}) },
        }),
      )
    : null;
  if (!record) {
    s.setUi({ notice: { said: said('replay.failed'), level: 'warning' } });
    return false;
  }
  return openReplay(store, record);
}
