import type { StoreApi } from 'zustand/vanilla';
import type { GameStore } from '../state/createGameStore';

/** The settings panel: volume and mute, remembered. (Placeholder until the sound work fills it in.) */
export function mountSettingsPanel(root: HTMLElement, store: StoreApi<GameStore>): () => void {
  void root;
  void store;
  return () => undefined;
}
