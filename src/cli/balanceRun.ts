import { cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type BalanceGame, type BalanceJob, playJob } from './balanceGames';

/**
 * Plays a balance job on `workers` threads (seeds dealt round-robin) and returns the
 * games in seed order, so the report is the same whatever the number of threads.
 */
export async function runJob(
  job: BalanceJob,
  workers = Math.max(1, cpus().length),
  onGame: () => void = () => undefined,
): Promise<BalanceGame[]> {
  const n = Math.max(1, Math.min(workers, job.seeds.length));
  const games: BalanceGame[] = [];
  if (n === 1) {
    playJob(job, (g) => {
      games.push(g);
      onGame();
    });
  } else {
    const parts = Array.from({ length: n }, (_, i) => job.seeds.filter((_, j) => j % n === i));
    await Promise.all(
      parts.map(
        (seeds) =>
          new Promise<void>((resolve, reject) => {
            // The worker's entry is TypeScript: register tsx's loader in the worker thread
            // (loaders are per thread), then import it.
            const entry = new URL('./balanceWorker.ts', import.meta.url).href;
            const code = `import("tsx/esm/api").then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
            const w = new Worker(code, { eval: true, workerData: { ...job, seeds } });
            w.on('message', (g: BalanceGame) => {
              games.push(g);
              onGame();
            });
            w.on('error', reject);
            w.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`balance worker exited with code ${code}`))));
          }),
      ),
    );
  }
  return games.sort((a, b) => a.seed - b.seed);
}
