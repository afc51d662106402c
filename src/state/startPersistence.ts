import type { StoreApi } from 'zustand/vanilla';
import { t } from '../i18n/messages';
import { type Action, hashValue } from '../sim';
import type { GameChoice, GameStore, ScenarioEntry } from '../state/createGameStore';
import { buildSave, loadSaveText, type ReplayCursor, replayActions, setupOf, startOfReplay } from './saveFile';

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
 * Autosave and resume. At boot, resumes the game saved in this browser if it replays
 * and verifies (returns true), or sets a refused one aside with a notice (returns
 * false; the caller then starts a game as usual). Then saves the game after every
 * change of it, replaying only the actions added since the last save.
 */
export function startPersistence(store: StoreApi<GameStore>): boolean {
  const ls = storage();
  let resumed = false;
  let cursor: ReplayCursor | null = null;
  let cursorOf: { entry: ScenarioEntry; choice: GameChoice; log: readonly Action[] } | null = null;
  let savedRevision = -1;

  const text = ls?.getItem(AUTOSAVE_KEY) ?? null;
  if (ls && text !== null) {
    const r = loadSaveText(text, store.getState().scenarios);
    if (r.ok && store.getState().restore(r.choice, r.game, r.log)) {
      resumed = true;
      // What was just replayed is where the next autosave carries on from; no need to write it back.
      const st = store.getState();
      if (st.entry && st.choice) {
        cursor = { state: r.game, applied: r.log.length, turnHashes: r.save.turnHashes };
        cursorOf = { entry: st.entry, choice: st.choice, log: st.log };
        savedRevision = st.revision;
      }
      store.getState().setUi({ notice: { text: t('saves.resumed', { turn: r.game.turn }), level: 'info' } });
    } else {
      try {
        ls.setItem(REFUSED_AUTOSAVE_KEY, text);
      } catch {
        // no room to keep it aside: it is dropped
      }
      ls.removeItem(AUTOSAVE_KEY);
      const reason = r.ok ? '' : r.message;
      store.getState().setUi({ notice: { text: t('saves.autosaveIgnored', { reason }), level: 'warning' } });
    }
  }

  const save = (s: GameStore): void => {
    const { entry, choice, game, log } = s;
    if (!ls || !entry || !choice || !game || s.revision === savedRevision) return;
    savedRevision = s.revision;
    const setup = setupOf(choice, game);
    // Carry on from the last replay when the log only grew; otherwise start again.
    const prev = cursorOf;
    const extends_ =
      cursor !== null &&
      prev !== null &&
      prev.entry === entry &&
      prev.choice === choice &&
      log.length >= prev.log.length &&
      prev.log.every((a, i) => log[i] === a);
    const from = extends_ && cursor ? cursor : startOfReplay(entry, setup);
    const r = replayActions(entry, from, log);
    // (The replayed state's hash is the save's final hash; buildSave computes it.)
    const save = r.ok ? buildSave(entry, setup, log, r.cursor, new Date().toISOString()) : null;
    if (!r.ok || !save || save.finalHash !== hashValue(game)) {
      // The log does not rebuild the game: a bug. Keep the last good autosave rather than a bad one.
      console.warn('autosave skipped: the log does not replay to the current game');
      cursor = null;
      cursorOf = null;
      return;
    }
    cursor = r.cursor;
    cursorOf = { entry, choice, log };
    try {
      ls.setItem(AUTOSAVE_KEY, JSON.stringify(save));
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
  save(store.getState());
  store.subscribe((s, prev) => {
    if (s.revision !== prev.revision && timer === null) timer = setTimeout(flush, Math.max(30, lastSave + 1000 - performance.now()));
  });
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });
  return resumed;
}
