import { parentPort } from 'node:worker_threads';
import type { Scenario } from '../sim';
import { type BalanceGame, type BalanceJob, playJob } from './balanceGames';

// A worker thread of a balance pool (balanceRun.ts): says it is ready, then plays each batch it is
// sent (a few seeds of one match-up), reporting every game and then the batch's end. A scenario
// comes with the first batch that plays it and is kept by its number for the batches after.
export type ToWorker = { id: number; sc?: Scenario; job: number; batch: BalanceJob };
export type FromWorker = { ready: true } | { job: number; game: BalanceGame } | { job: number; done: true };

const scenarios = new Map<number, Scenario>();
parentPort?.on('message', (m: ToWorker) => {
  if (m.sc) scenarios.set(m.id, m.sc);
  const sc = scenarios.get(m.id);
  if (!sc) throw new Error(`balance worker: no scenario ${m.id}`);
  playJob(sc, m.batch, (game) => parentPort?.postMessage({ job: m.job, game } satisfies FromWorker));
  parentPort?.postMessage({ job: m.job, done: true } satisfies FromWorker);
});
parentPort?.postMessage({ ready: true } satisfies FromWorker);
