import type { StoreApi } from 'zustand/vanilla';
import { said } from '../sim';
import type { GameStore } from './createGameStore';
import { recordOfSave } from './replayStore';
import { scenarioForSave } from './saveScenario';

/** sessionStorage key: a save another page of the app (the teacher's comparison) hands to the game page for its replay. */
export const REPLAY_HANDOVER_KEY = 'altiplano.replay.handover';

/** What is handed over: the save file's text and its name (a team's file). */
export type ReplayHandOver = { text: string; label: string };

function session(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

/**
 * Hands a save to the game page for its replay: the caller then opens the game page in this tab
 * (same origin, same tab: sessionStorage is per tab). False when storage is unavailable or full.
 */
export function handOverReplay(text: string, label: string): boolean {
  try {
    session()?.setItem(REPLAY_HANDOVER_KEY, JSON.stringify({ text, label } satisfies ReplayHandOver));
    return session() !== null;
  } catch {
    return false;
  }
}

/**
 * At boot, after the autosave is resumed: opens the replay of a save handed over, once (it is
 * removed as it is read). The save is verified as an import is; one that is refused leaves the
 * page as it was, with the reason as a notice. Resolves whether a replay opened.
 */
export async function takeHandedOverReplay(store: StoreApi<GameStore>): Promise<boolean> {
  const ss = session();
  const raw = ss?.getItem(REPLAY_HANDOVER_KEY) ?? null;
  if (!ss || raw === null) return false;
  ss.removeItem(REPLAY_HANDOVER_KEY);
  let handed: Partial<ReplayHandOver> | null = null;
  try {
    handed = JSON.parse(raw) as Partial<ReplayHandOver>;
  } catch {
    handed = null;
  }
  const warn = (reason: ReturnType<typeof said>): false => {
    store.getState().setUi({ notice: { said: said('replay.refused', { reason: { said: [reason] } }), level: 'warning' } });
    return false;
  };
  if (typeof handed?.text !== 'string') return warn(said('saves.error.notJson'));
  const label = typeof handed.label === 'string' && handed.label.length <= 200 ? handed.label : 'save.json';
  const unloadable = await scenarioForSave(store, handed.text);
  if (unloadable) return warn(unloadable);
  const { loadSaveText } = await import('./saveFile');
  const r = loadSaveText(handed.text, store.getState().scenarios);
  if (!r.ok) return warn(said(`saves.error.${r.code}`, r.params));
  return store.getState().openReplay(recordOfSave(r, label));
}
