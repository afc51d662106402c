import { type AiLevel, autoPlay, createGame, type GameState, type Scenario } from '../sim';

/** One batch of balance games: a scenario, the levels of every actor, and the seeds to play. */
/** `preset`: the preset played (its start, world and events); `turns`: its length, or a bare shorter length. */
export type BalanceJob = { scenario: string; levels: Record<string, AiLevel>; seeds: number[]; turns?: number; preset?: string };
export type BalanceGame = { seed: number; ms: number; final: GameState };

/**
 * Plays the job's games in this thread, one by one, calling `onGame` after each. The scenario
 * comes loaded (by the main thread, once a run): parsing and validating a scenario file costs
 * more than a game, and a worker that never reads files needs neither the YAML parser nor zod.
 */
export function playJob(sc: Scenario, job: BalanceJob, onGame: (g: BalanceGame) => void): void {
  for (const seed of job.seeds) {
    const t0 = process.hrtime.bigint();
    const opts = {
      seed,
      levels: job.levels,
      ...(job.turns !== undefined ? { turns: job.turns } : {}),
      ...(job.preset !== undefined ? { preset: job.preset } : {}),
    };
    const s = autoPlay(createGame(sc, opts), sc).state;
    // The ledger and history are not needed by the report and are large: drop them before sending.
    onGame({ seed, ms: Number(process.hrtime.bigint() - t0) / 1e6, final: { ...s, ledger: [], history: s.history.slice(-1) } });
  }
}
