import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { loadScenario, type Scenario } from '../headless';
import { type BalanceGame, type BalanceJob, playJob } from './balanceGames';
import type { FromWorker, ToWorker } from './balanceWorker';

/** Games handed to a worker at a time: few enough that the threads finish together, enough that messages cost nothing. */
const BATCH = 4;

/**
 * Worker threads that stay up for a whole run, each given a scenario once and then batches of its
 * games: a thread costs a second or more to start (tsx compiles the sim in it), a game a tenth of
 * that. Batches go to whichever thread is free, so a thread slowed by the rest of the machine
 * takes fewer; each job's games come back in seed order whatever thread played them.
 */
export type BalancePool = {
  workers: number;
  /** Resolves when every thread has started and loaded its code. */
  ready: Promise<void>;
  run(sc: Scenario, jobs: BalanceJob[], onGame?: (job: number) => void): Promise<BalanceGame[][]>;
  close(): Promise<void>;
};

type Thread = { w: Worker; ids: Map<Scenario, number>; onMessage: (m: FromWorker) => void };

/**
 * The worker thread's code: its TypeScript entry and what it imports (the sim, no file reading)
 * bundled into one script by esbuild (which tsx runs on), once a process. A thread that imports
 * the TypeScript through tsx's loader instead spends most of a second of CPU on the loader's
 * hooks, which Node runs on yet another thread for every module; the bundle starts in a tenth
 * of that. Without esbuild at hand (or should it fail), the loader way.
 */
let bundled: string | null | undefined;
function workerCode(): string {
  const entry = new URL('./balanceWorker.ts', import.meta.url);
  if (bundled === undefined) {
    try {
      const esbuild = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
      const out = esbuild.buildSync({
        entryPoints: [fileURLToPath(entry)],
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        write: false,
        logLevel: 'silent',
      });
      bundled = out.outputFiles[0]?.text ?? null;
    } catch {
      bundled = null;
    }
  }
  // The loader way: register tsx's loader in the worker thread (loaders are per thread), then import the entry.
  return bundled ?? `import("tsx/esm/api").then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); })`;
}

export function startPool(workers = Math.max(1, cpus().length)): BalancePool {
  const code = workerCode();
  let failed: Error | undefined;
  let onFail: (e: Error) => void = () => undefined;
  const fail = (e: Error): void => {
    failed ??= e;
    onFail(e);
  };
  const started: Promise<void>[] = [];
  const threads: Thread[] = Array.from({ length: workers }, () => {
    const t: Thread = { w: new Worker(code, { eval: true }), ids: new Map(), onMessage: () => undefined };
    started.push(
      new Promise<void>((resolve, reject) => {
        t.w.on('message', (m: FromWorker) => ('ready' in m ? resolve() : t.onMessage(m)));
        t.w.on('error', (e) => {
          reject(e);
          fail(e);
        });
        t.w.on('exit', (code) => {
          const e = new Error(`balance worker exited with code ${code}`);
          reject(e);
          if (code !== 0) fail(e);
        });
      }),
    );
    return t;
  });
  const ready = Promise.all(started).then(() => undefined);
  // Nobody need wait for it: a thread that fails fails the run it plays in.
  ready.catch(() => undefined);
  let nextScenario = 0;

  const run = (sc: Scenario, jobs: BalanceJob[], onGame: (job: number) => void = () => undefined): Promise<BalanceGame[][]> => {
    const out: BalanceGame[][] = jobs.map(() => []);
    const queue: { job: number; seeds: number[] }[] = [];
    for (const [i, job] of jobs.entries())
      for (let k = 0; k < job.seeds.length; k += BATCH) queue.push({ job: i, seeds: job.seeds.slice(k, k + BATCH) });
    let open = queue.length;
    const sorted = (): BalanceGame[][] => out.map((games) => games.sort((a, b) => a.seed - b.seed));
    if (open === 0) return Promise.resolve(sorted());
    return new Promise((resolve, reject) => {
      if (failed) return reject(failed);
      onFail = reject;
      const feed = (t: Thread): void => {
        const next = queue.shift();
        if (!next) return;
        const job = jobs[next.job] as BalanceJob;
        let id = t.ids.get(sc);
        const msg: ToWorker = { id: id ?? nextScenario, job: next.job, batch: { ...job, seeds: next.seeds } };
        if (id === undefined) {
          id = nextScenario++;
          t.ids.set(sc, id);
          msg.sc = sc;
        }
        t.w.postMessage(msg);
      };
      for (const t of threads) {
        t.onMessage = (m) => {
          if ('game' in m) {
            out[m.job]?.push(m.game);
            onGame(m.job);
            return;
          }
          open--;
          if (open === 0) resolve(sorted());
          else feed(t);
        };
        feed(t);
      }
    });
  };

  const close = async (): Promise<void> => {
    await Promise.all(threads.map((t) => t.w.terminate()));
  };
  return { workers, ready, run, close };
}

/**
 * Plays balance jobs (one per match-up, all of one scenario) on `workers` threads and returns
 * each job's games in seed order, so the report is the same whatever the number of threads.
 * One thread plays in this one; more start a pool (see `startPool`) for the run.
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
  const total = jobs.reduce((a, j) => a + j.seeds.length, 0);
  const n = Math.max(1, Math.min(workers, Math.ceil(total / BATCH)));
  if (n === 1) {
    const out: BalanceGame[][] = jobs.map(() => []);
    for (const [i, job] of jobs.entries()) {
      playJob(sc, job, (g) => {
        out[i]?.push(g);
        onGame(i);
      });
    }
    return out.map((games) => games.sort((a, b) => a.seed - b.seed));
  }
  const pool = startPool(n);
  try {
    return await pool.run(sc, jobs, onGame);
  } finally {
    await pool.close();
  }
}

/** One job on `workers` threads (see `runJobs`). */
export async function runJob(job: BalanceJob, workers?: number, onGame: () => void = () => undefined): Promise<BalanceGame[]> {
  return (await runJobs([job], workers, onGame))[0] ?? [];
}
