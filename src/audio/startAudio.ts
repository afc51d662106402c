import type { StoreApi } from 'zustand/vanilla';
import type { GameStore } from '../state/createGameStore';

/** Sound: reacts to the store's events; the only importer of howler. (Placeholder until the sound work.) */
export function startAudio(store: StoreApi<GameStore>): () => void {
  void store;
  return () => undefined;
}
