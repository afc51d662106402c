import { runJob } from '../src/cli/balanceRun';
import { type AiLevel, aiMove, autoPlay, createGame, type GameState, loadScenario, type Scenario } from '../src/headless';

export type AiTiming = { scenario: string; level: AiLevel; turns: number; medianMs: number; p95Ms: number; maxMs: number };

const q = (xs: number[], p: number): number => {
  const a = [...xs].sort((x, y) => x - y);
  return a[Math.min(a.length - 1, Math.floor((p / 100) * (a.length - 1)))] ?? NaN;
};

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
    const t0 = process.hrtime.bigint();
    const a = aiMove(level, s, scn, actor);
    if (!acting.has(actor)) return a;
    const key = `${s.setup.seed}:${s.turn}:${actor}`;
    perTurn.set(key, (perTurn.get(key) ?? 0) + Number(process.hrtime.bigint() - t0) / 1e6);
    return a;
  };
  const levels = Object.fromEntries(sc.actors.map((a) => [a.id, level]));
  for (let seed = 1; seed <= games; seed++) autoPlay(createGame(sc, { seed, levels }), sc, timed);
  const xs = [...perTurn.values()];
  return { scenario: id, level, turns: xs.length, medianMs: q(xs, 50), p95Ms: q(xs, 95), maxMs: Math.max(...xs) };
}

/** Balance-run throughput: normal against normal, on every core, games per second. */
export async function balanceThroughput(
  id: string,
  games: number,
): Promise<{ scenario: string; games: number; seconds: number; gamesPerSecond: number }> {
  const { scenario: sc } = loadScenario(id);
  const levels = Object.fromEntries(sc.actors.map((a) => [a.id, 'normal' as AiLevel]));
  const t0 = process.hrtime.bigint();
  await runJob({ scenario: id, levels, seeds: Array.from({ length: games }, (_, i) => i + 1) });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { scenario: id, games, seconds, gamesPerSecond: games / seconds };
}
