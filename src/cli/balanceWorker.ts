import { parentPort, workerData } from 'node:worker_threads';
import type { Scenario } from '../sim';
import { type BalanceGame, type BalanceJob, playJob } from './balanceGames';

// A worker thread of `npm run balance`: gets the scenario once, then plays each job it is sent
// (its share of one match-up's seeds), reporting every game and then the job's end.
export type ToWorker = { job: number; batch: BalanceJob } | { stop: true };
export type FromWorker = { job: number; game: BalanceGame } | { job: number; done: true };

const sc = (workerData as { sc: Scenario }).sc;
parentPort?.on('message', (m: ToWorker) => {
  if ('stop' in m) {
    parentPort?.close();
    return;
  }
  playJob(sc, m.batch, (game) => parentPort?.postMessage({ job: m.job, game } satisfies FromWorker));
  parentPort?.postMessage({ job: m.job, done: true } satisfies FromWorker);
});
