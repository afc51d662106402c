import { cpus } from 'node:os';
import { startPool } from '../src/cli/balanceRun';
import { type AiLevel, aiMove, autoPlay, createGame, type GameState, loadScenario, passiveMove, type Scenario } from '../src/headless';
import { median, percentile } from './stats';

export type AiTiming = { scenario: string; level: AiLevel; games: number; turns: number; medianMs: number; p95Ms: number; maxMs: number };

const now = (): number => Number(process.hrtime.bigint()) / 1e6;
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
 * A whole game's cost on one core, `seeds` games: every actor on the normal AI (as a balance
 * run plays), and the same seeds with every actor passing (the floor: the sim's own step,
 * events and meters, with no choosing). One warm-up game of each goes first, untimed.
 */
export function normalVsPassive(id: string, games: number): { scenario: string; normal: GameCost; passive: GameCost } {
  const { scenario: sc } = loadScenario(id);
  const seeds = Array.from({ length: games }, (_, i) => i + 1);
  const play = (seed: number, normal: boolean): { ms: number; turns: number } => {
    const t0 = now();
    const s = normal
      ? autoPlay(createGame(sc, { seed, levels: allAt(sc, 'normal') }), sc).state
      : autoPlay(createGame(sc, { seed }), sc, passiveMove).state;
    return { ms: now() - t0, turns: s.turn };
  };
  play(1000, false);
  play(1000, true);
  const cost = (normal: boolean): GameCost => {
    const runs = seeds.map((seed) => play(seed, normal));
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
    for (const sc of loaded)
      await pool.run(sc, [{ scenario: sc.id, levels: allAt(sc, 'normal'), seeds: Array.from({ length: each }, (_, i) => i + 1) }]);
    const t2 = now();
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
    };
  } finally {
    await pool.close();
  }
}
