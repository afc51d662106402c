import type { StoreApi } from 'zustand/vanilla';
import type { GameStore } from '../state/createGameStore';

/**
 * Autosave and resume: saves the game every turn and, on load, resumes the saved
 * game if it verifies. Returns true when a game was resumed. (Placeholder until the saves work.)
 */
export function startPersistence(store: StoreApi<GameStore>): boolean {
  void store;
  return false;
}
