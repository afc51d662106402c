import type { StoreApi } from 'zustand/vanilla';
import { setupPolicy } from '../sim';
import type { ScenarioEntry } from './gameChoice';
import { createStoreWith, type GameStore, type ScenarioLibrary, type StoreOptions } from './gameStore';
import { replayEngine } from './replayEngine';
import { localSession } from './session';

export * from './gameStore';

/**
 * Makes a store (no module-level singleton) with the engine at hand, so a loaded scenario starts at
 * once: Node, tests and the CLI. The page makes its store with `createStoreWith` and loads the
 * engine (src/state/engine.ts) with the first scenario, so the start screen's script carries no sim.
 */
export function createGameStore(source: ScenarioEntry[] | ScenarioLibrary, opts: StoreOptions = {}): StoreApi<GameStore> {
  return createStoreWith(source, { localSession, policy: opts.policy ?? setupPolicy, replay: replayEngine }, opts);
}
