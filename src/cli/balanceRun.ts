import { cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import { loadScenario, type Scenario } from '../headless';
import { type BalanceGame, type BalanceJob, playJob } from './balanceGames';
import type { FromWorker, ToWorker } from './balanceWorker';

/**
 * Plays balance jobs (one per match-up, all of one scenario) on `workers` threads and returns
 * each job's games in seed order, so the report is the same whatever the number of threads.
 * The threads start once for the whole run and are handed the scenario loaded here; each job's
 * seeds are dealt round-robin among them.
 */
export async function runJobs(
  jobs: BalanceJob[],
  workers = Math.max(1, cpus().length),
  onGame: (job: number) => void = () => undefined,
  loaded?: Scenario,
): Promise<BalanceGame[][]> {
  const first = jobs[0];
  if (!first) return [];
  const sc = loaded ?? loadScenario(first.scenario).scenario;
  const out: BalanceGame[][] = jobs.map(() => []);
  const most = Math.max(...jobs.map((j) => j.seeds.length));
  const n = Math.max(1, Math.min(workers, most));
  if (n === 1) {
    for (const [i, job] of jobs.entries()) {
      playJob(sc, job, (g) => {
        out[i]?.push(g);
        onGame(i);
      });
    }
  } else {
    await Promise.all(
      Array.from({ length: n }, (_, k) => {
        const mine = jobs.map((job) => ({ ...job, seeds: job.seeds.filter((_, j) => j % n === k) }));
        return new Promise<void>((resolve, reject) => {
          // The worker's entry is TypeScript: register tsx's loader in the worker thread
          // (loaders are per thread), then import it.
          const entry = new URL('./balanceWorker.ts', import.meta.url).href;
          const code = `import("tsx/esm/api").then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
          const w = new Worker(code, { eval: true, workerData: { sc } });
          let next = 0;
          const send = (): void => {
            const batch = mine[next];
            if (batch) w.postMessage({ job: next++, batch } satisfies ToWorker);
            else w.postMessage({ stop: true } satisfies ToWorker);
          };
          w.on('message', (m: FromWorker) => {
            if ('done' in m) send();
            else {
              out[m.job]?.push(m.game);
              onGame(m.job);
            }
          });
          w.on('error', reject);
          w.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`balance worker exited with code ${code}`))));
          send();
        });
      }),
    );
  }
  return out.map((games) => games.sort((a, b) => a.seed - b.seed));
}

/** One job on `workers` threads (see `runJobs`). */
export async function runJob(job: BalanceJob, workers?: number, onGame: () => void = () => undefined): Promise<BalanceGame[]> {
  return (await runJobs([job], workers, onGame))[0] ?? [];
}
