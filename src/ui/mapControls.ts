import type { StoreApi } from 'zustand/vanilla';
import type { GameStore } from '../state/createGameStore';

/**
 * Controls beside the map: the overlay switch, the legend, the departments as a
 * keyboard-reachable list, and the selected department's figures.
 * (Placeholder until the map work fills it in.)
 */
export function mountMapControls(root: HTMLElement, store: StoreApi<GameStore>): () => void {
  void root;
  void store;
  return () => undefined;
}
