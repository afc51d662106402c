import { parentPort, workerData } from 'node:worker_threads';
import { type BalanceJob, playJob } from './balanceGames';

// A worker thread of `npm run balance`: plays its share of seeds and reports each game.
const job = workerData as BalanceJob;
playJob(job, (g) => parentPort?.postMessage(g));
