import { autoPlay, createGame, loadScenario, scenarioIds } from '../src/headless';

export type SimBench = {
  scenario: string;
  games: number;
  turns: number;
  seconds: number;
  gamesPerSecond: number;
  turnsPerSecond: number;
  msPerGame: number;
};

/** Plays whole games headless with the baseline policy for every actor, for at least `minSeconds`. */
export function simThroughput(id: string, minSeconds = 2): SimBench {
  const { scenario } = loadScenario(id);
  // Warm up the JIT on a couple of games first.
  for (let seed = 1000; seed < 1002; seed++) autoPlay(createGame(scenario, { seed }), scenario);
  let games = 0;
  let turns = 0;
  const t0 = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < minSeconds) {
    const s = autoPlay(createGame(scenario, { seed: games + 1 }), scenario).state;
    games++;
    turns += s.history.length - 1;
    elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
  }
  return {
    scenario: id,
    games,
    turns,
    seconds: elapsed,
    gamesPerSecond: games / elapsed,
    turnsPerSecond: turns / elapsed,
    msPerGame: (elapsed * 1000) / games,
  };
}

export function allScenarioIds(): string[] {
  return scenarioIds();
}
