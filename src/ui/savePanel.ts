import type { StoreApi } from 'zustand/vanilla';
import type { GameStore } from '../state/createGameStore';

/** Export and import of save files. (Placeholder until the saves work fills it in.) */
export function mountSavePanel(root: HTMLElement, store: StoreApi<GameStore>): () => void {
  void root;
  void store;
  return () => undefined;
}
