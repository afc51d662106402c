import type { StoreApi } from 'zustand/vanilla';
import { gameTurn, said } from '../sim';
import type { GameStore } from './createGameStore';
import { scenarioForSave } from './saveScenario';

/** localStorage keys. A refused autosave is moved aside (not deleted) so nothing is lost. */
export const AUTOSAVE_KEY = 'altiplano.autosave';
export const REFUSED_AUTOSAVE_KEY = 'altiplano.autosave.refused';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage disabled (privacy settings, sandboxed frame)
  }
}

/**
 * Autosave and resume. At boot, once its scenario is loaded, resumes the game saved in this
 * browser if it replays and verifies (resolves true), or sets a refused one aside with a notice (returns
 * false; the caller then starts a game as usual). Then saves the game after every
 * change of it, replaying only the actions added since the last save.
 */
export async function startPersistence(store: StoreApi<GameStore>): Promise<boolean> {
  const ls = storage();
  // Save files (their schemas and replay) are not in the page's first script.
  const { buildSave, loadSaveText, setupOf } = await import('./saveFile');
  let resumed = false;
  let savedRevision = -1;

  const text = ls?.getItem(AUTOSAVE_KEY) ?? null;
  // Its scenario is fetched first; one that cannot be fetched now leaves the autosave where it is.
  const unloadable = ls && text !== null ? await scenarioForSave(store, text) : null;
  if (unloadable) {
    store.getState().setUi({ notice: { said: said('scenarioLoad.resumeLater', { reason: { said: [unloadable] } }), level: 'warning' } });
  } else if (ls && text !== null) {
    const r = loadSaveText(text, store.getState().scenarios);
    if (r.ok && store.getState().restore(r.choice, r.game, r.log, r.save.turnHashes)) {
      resumed = true;
      // What was just replayed is already what the autosave holds: no need to write it back.
      savedRevision = store.getState().revision;
      store.getState().setUi({
        notice: {
          said: said(r.older ? 'saves.resumedOlder' : 'saves.resumed', { turn: gameTurn(r.game.setup, r.game.turn) }),
          level: 'info',
        },
      });
    } else {
      try {
        ls.setItem(REFUSED_AUTOSAVE_KEY, text);
      } catch {
        // no room to keep it aside: it is dropped
      }
      ls.removeItem(AUTOSAVE_KEY);
      const reason = r.ok ? said('saves.error.badSetup') : said(`saves.error.${r.code}`, r.params);
      store.getState().setUi({ notice: { said: said('saves.autosaveIgnored', { reason: { said: [reason] } }), level: 'warning' } });
    }
  }

  // The session hashed every turn's end as it stepped the game, so a save is built from what
  // the store holds, with no replay: only the final state is hashed here.
  const save = (s: GameStore): void => {
    const { entry, choice, game, log, turnHashes } = s;
    // A replay shows a past turn of a record: the game in this browser is the one it covers, left as saved.
    // A class game is kept by the class server (a reload rejoins it): saved here it would resume as a game on this device.
    if (!ls || !entry || !choice || !game || s.replay || s.session?.kind === 'remote' || s.revision === savedRevision) return;
    savedRevision = s.revision;
    const file = buildSave(
      entry,
      setupOf(choice, game),
      log,
      { state: game, applied: log.length, turnHashes: [...turnHashes] },
      new Date().toISOString(),
    );
    try {
      ls.setItem(AUTOSAVE_KEY, JSON.stringify(file));
    } catch {
      console.warn('autosave skipped: browser storage is full or disabled');
    }
  };

  // Hashing a late game's state takes tens of milliseconds: save just after the move is
  // painted rather than inside it, and at once if the page is being left.
  // A watched game (AI against AI) changes many times a second: save at most once a second
  // then, which still leaves every turn saved within a second of its end.
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastSave = -Infinity;
  const flush = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    lastSave = performance.now();
    save(store.getState());
  };
  if (!unloadable) save(store.getState());
  store.subscribe((s, prev) => {
    if (s.revision !== prev.revision && timer === null) timer = setTimeout(flush, Math.max(30, lastSave + 1000 - performance.now()));
  });
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });
  return resumed;
}
