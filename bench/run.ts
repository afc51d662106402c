import { mkdirSync, writeFileSync } from 'node:fs';
import { allScenarioIds, simThroughput } from './simThroughput';

/**
 * `npm run bench`: measures, in one run, the sim's throughput headless (turns and
 * whole games per second, every actor on the baseline policy) for each scenario.
 * Figures are printed and written to bench/out/results.json. They are measured, not
 * asserted: this machine is shared and noisy, so compare ratios within one run.
 */
const seconds = Number(process.env.BENCH_SECONDS ?? 2);
const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version };

console.log('Simulation throughput (headless, baseline policy for every actor)');
console.log('scenario          games   turns/s   games/s   ms/game');
const sim = allScenarioIds().map((id) => {
  const r = simThroughput(id, seconds);
  console.log(`${id.padEnd(16)} ${String(r.games).padStart(6)} ${r.turnsPerSecond.toFixed(0).padStart(9)} ${r.gamesPerSecond.toFixed(1).padStart(9)} ${r.msPerGame.toFixed(1).padStart(9)}`);
  return r;
});
results.sim = sim;

mkdirSync('bench/out', { recursive: true });
writeFileSync('bench/out/results.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('\nwritten to bench/out/results.json');
