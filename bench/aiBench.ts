import { cpus } from 'node:os';
import { startPool } from '../src/cli/balanceRun';
import { type AiLevel, aiMove, autoPlay, createGame, type GameState, loadScenario, passiveMove, type Scenario } from '../src/headless';
import { median, percentile } from './stats';

export type AiTiming = { scenario: string; level: AiLevel; games: number; turns: number; medianMs: number; p95Ms: number; maxMs: number };

const now = (): number => Number(process.hrtime.bigint()) / 1e6;
/** CPU time of the whole process (every thread), in ms: on a shared machine it counts what a game costs, not how long it waited for a core. */
const cpuNow = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const allAt = (sc: Scenario, level: AiLevel): Record<string, AiLevel> => Object.fromEntries(sc.actors.map((a) => [a.id, level]));

/**
 * The AI's decision time per turn: every actor at `level`, `games` games; for each acting
 * actor and turn, the time spent choosing its moves (answers, offers, actions) in that turn.
 */
export function aiDecisionTime(id: string, level: AiLevel, games: number): AiTiming {
  const { scenario: sc } = loadScenario(id);
  const perTurn = new Map<string, number>();
  // Actors with no actions of their own (the scenario's stakeholders) only pass: leave them out.
  const acting = new Set(sc.actions.map((a) => a.actor));
  const timed = (s: GameState, scn: Scenario, actor: string) => {
    const t0 = now();
    const a = aiMove(level, s, scn, actor);
    if (!acting.has(actor)) return a;
    const key = `${s.setup.seed}:${s.turn}:${actor}`;
    perTurn.set(key, (perTurn.get(key) ?? 0) + now() - t0);
    return a;
  };
  for (let seed = 1; seed <= games; seed++) autoPlay(createGame(sc, { seed, levels: allAt(sc, level) }), sc, timed);
  const xs = [...perTurn.values()];
  return { scenario: id, level, games, turns: xs.length, medianMs: median(xs), p95Ms: percentile(xs, 95), maxMs: Math.max(...xs) };
}

export type GameCost = { seeds: number[]; msPerGame: number; runsMs: number[]; turnsPerGame: number };

/**
 * A whole game's cost in CPU time on one thread, `seeds` games: every actor on the normal AI (as a
 * balance run plays), and with every actor passing (the floor: the sim's own step, events and
 * meters, with no choosing), ten passive games a seed (one lasts a few milliseconds, so a single
 * one is mostly noise). CPU time, not the clock: on a loaded machine the clock counts the waits.
 * A few warm-up games of each go first, untimed (a cold passive game costs several warm ones).
 */
export function normalVsPassive(id: string, games: number): { scenario: string; normal: GameCost; passive: GameCost } {
  const { scenario: sc } = loadScenario(id);
  const seeds = Array.from({ length: games }, (_, i) => i + 1);
  const play = (seed: number, normal: boolean): { ms: number; turns: number } => {
    const t0 = cpuNow();
    const s = normal
      ? autoPlay(createGame(sc, { seed, levels: allAt(sc, 'normal') }), sc).state
      : autoPlay(createGame(sc, { seed }), sc, passiveMove).state;
    return { ms: cpuNow() - t0, turns: s.turn };
  };
  for (let i = 0; i < 5; i++) play(1000 + i, false);
  play(1000, true);
  const cost = (normal: boolean): GameCost => {
    const runs = (normal ? seeds : seeds.flatMap((seed) => Array.from({ length: 10 }, (_, i) => seed * 10 + i))).map((seed) =>
      play(seed, normal),
    );
    const runsMs = runs.map((r) => r.ms);
    return {
      seeds,
      runsMs,
      msPerGame: runsMs.reduce((a, b) => a + b, 0) / runs.length,
      turnsPerGame: runs.reduce((a, r) => a + r.turns, 0) / runs.length,
    };
  };
  return { scenario: id, passive: cost(false), normal: cost(true) };
}

export type Balance = {
  scenarios: string[];
  games: number;
  workers: number;
  /** The whole run, start-up included: what an author waits for `games` games. */
  seconds: number;
  /** Starting the threads (each compiles the sim), before the first game. */
  startupSeconds: number;
  gamesPerSecond: number;
  /** Games a second once the threads are up. */
  steadyGamesPerSecond: number;
  secondsFor1000: number;
  /** CPU seconds a game once the threads are up (every thread of the process), and 1,000 games projected from it on `workers` cores, start-up included. */
  cpuSecondsPerGame: number;
  projectedSecondsFor1000: number;
};

/**
 * Balance-run throughput, measured on a real run: `games` games of normal against normal (a
 * thousand by default, as an author would ask), split between the scenarios, on one pool of
 * threads for the whole run as `npm run balance` uses, on every core. The time for 1,000 is the
 * run's own time scaled to 1,000 games (the same when 1,000 are played), start-up included; the
 * start-up and the rate once the threads are up are given apart.
 */
export async function balanceThroughput(ids: string[], games: number): Promise<Balance> {
  const workers = Math.max(1, cpus().length);
  const each = Math.max(1, Math.round(games / ids.length));
  const loaded = ids.map((id) => loadScenario(id).scenario);
  const t0 = now();
  const pool = startPool(workers);
  try {
    await pool.ready;
    const t1 = now();
    const c1 = cpuNow();
    for (const sc of loaded)
      await pool.run(sc, [{ scenario: sc.id, levels: allAt(sc, 'normal'), seeds: Array.from({ length: each }, (_, i) => i + 1) }]);
    const t2 = now();
    const cpuSecondsPerGame = (cpuNow() - c1) / 1000 / (each * ids.length);
    const total = each * ids.length;
    const seconds = (t2 - t0) / 1000;
    return {
      scenarios: ids,
      games: total,
      workers,
      seconds,
      startupSeconds: (t1 - t0) / 1000,
      gamesPerSecond: total / seconds,
      steadyGamesPerSecond: (total * 1000) / (t2 - t1),
      secondsFor1000: (1000 * seconds) / total,
      cpuSecondsPerGame,
      projectedSecondsFor1000: (t1 - t0) / 1000 + (1000 * cpuSecondsPerGame) / workers,
    };
  } finally {
    await pool.close();
  }
}
