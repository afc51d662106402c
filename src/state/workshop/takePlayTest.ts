import type { StoreApi } from 'zustand/vanilla';
import { hashValue } from '../../sim';
import type { GameStore } from '../gameStore';
import { browserWorks } from './idbWorks';
import { readPlayTest, startPlayTest, workScenarioId } from './playTest';

/** At boot, the play-test the address asks for (`#workshop=ID…`), started from this browser's works; false when there is none or it cannot start. */
export function takePlayTest(store: StoreApi<GameStore>, hash: string): Promise<boolean> {
  const p = readPlayTest(hash);
  return p ? startPlayTest(store, browserWorks(), p) : Promise.resolve(false);
}

/**
 * Offers every work of this browser that validated (its scenario, checked against its hash) to
 * the store, so an autosaved play-test resumes after a reload as any game does. Never throws.
 */
export async function offerWorks(store: StoreApi<GameStore>): Promise<void> {
  try {
    for (const w of await browserWorks().list()) {
      const v = w.valid;
      if (v && hashValue(v.scenario) === v.hash)
        store.getState().addScenario({ id: workScenarioId(w.id), hash: v.hash, scenario: v.scenario });
    }
  } catch {
    // A browser that will not read IndexedDB: the autosave is set aside as one of an unknown scenario.
  }
}
