import type { StoreApi } from 'zustand/vanilla';
import type { GameStore } from '../gameStore';
import { browserWorks } from './idbWorks';
import { readPlayTest, startPlayTest } from './playTest';

/** At boot, the play-test the address asks for (`#workshop=ID…`), started from this browser's works; false when there is none or it cannot start. */
export function takePlayTest(store: StoreApi<GameStore>, hash: string): Promise<boolean> {
  const p = readPlayTest(hash);
  return p ? startPlayTest(store, browserWorks(), p) : Promise.resolve(false);
}
