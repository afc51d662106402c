import type { StoreApi } from 'zustand/vanilla';
import type { Said } from '../sim';
import type { GameStore } from './createGameStore';

/** The scenario id a save file's text names, read loosely (the save is checked properly once its scenario is loaded). */
export function scenarioIdOf(text: string): string | null {
  try {
    const id = (JSON.parse(text) as { scenario?: { id?: unknown } } | null)?.scenario?.id;
    return typeof id === 'string' ? id : null;
  } catch {
    return null;
  }
}

/**
 * Loads the scenario a save needs before it is read, so loading a save or resuming the autosave
 * awaits it. Null when it is ready or the page does not know it (the save's own check then says
 * so); the reason when the page knows it but could not load it.
 */
export async function scenarioForSave(store: StoreApi<GameStore>, text: string): Promise<Said | null> {
  const id = scenarioIdOf(text);
  if (id === null || !store.getState().cards.some((c) => c.id === id)) return null;
  const entry = await store.getState().loadScenario(id);
  return entry ? null : (store.getState().scenarioLoad?.failed ?? null);
}
