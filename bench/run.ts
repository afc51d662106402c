import { mkdirSync, writeFileSync } from 'node:fs';
import { aiDecisionTime, balanceThroughput } from './aiBench';
import {
  buildBoth,
  chromiumPath,
  EMPTY_OUT,
  END_TURN,
  firstFrame,
  frameTimes,
  GAME_OUT,
  jsSize,
  launch,
  median,
  percentile,
  START_GAME,
  serveDir,
} from './browserBench';
import { allScenarioIds, simThroughput } from './simThroughput';

/**
 * `npm run bench`: measures, in one run,
 *  - the sim's throughput headless (turns and whole games per second, every actor on
 *    the baseline policy) for each scenario;
 *  - the production build beside an empty Phaser 4 app built the same way
 *    (bench/empty-app): JS size gzip, navigation → first frame in headless Chromium
 *    (median of 5), and frame times while the map animates.
 * Figures are printed and written to bench/out/results.json. They are measured, not
 * asserted: this machine is shared and noisy, so compare ratios within one run.
 *  - the AI's decision time per actor-turn at each level (median, p95) and balance-run
 *    throughput (AI-against-AI games per second on every core).
 * BENCH_SECONDS sets the sim's time per scenario; BENCH_BROWSER=0 skips the browser part;
 * BENCH_AI=0 skips the AI part.
 */
const seconds = Number(process.env.BENCH_SECONDS ?? 2);
const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version };
const kib = (n: number): string => `${(n / 1024).toFixed(0)} KiB`;
const ms = (n: number): string => `${n.toFixed(0)} ms`;

console.log('Simulation throughput (headless, baseline policy for every actor)');
console.log('scenario          games   turns/s   games/s   ms/game');
const sim = allScenarioIds().map((id) => {
  try {
    const r = simThroughput(id, seconds);
    console.log(
      `${id.padEnd(16)} ${String(r.games).padStart(6)} ${r.turnsPerSecond.toFixed(0).padStart(9)} ${r.gamesPerSecond.toFixed(1).padStart(9)} ${r.msPerGame.toFixed(1).padStart(9)}`,
    );
    return r;
  } catch (e) {
    console.log(`${id.padEnd(16)} skipped: ${String(e).split('\n')[0]}`);
    return { scenario: id, error: String(e) };
  }
});
results.sim = sim;

if (process.env.BENCH_BROWSER !== '0') {
  console.log('\nBuilding the game and the empty Phaser app (same Vite settings)…');
  buildBoth();
  const size = { game: jsSize(GAME_OUT), empty: jsSize(EMPTY_OUT) };
  const browser: Record<string, unknown> = { size: { ...size, ratioGzip: size.game.gzip / size.empty.gzip } };

  if (!chromiumPath()) {
    console.log('Chromium not found (/usr/bin/chromium or CHROMIUM_PATH): skipping the timing benchmarks.');
  } else {
    const game = await serveDir(GAME_OUT);
    const empty = await serveDir(EMPTY_OUT);
    const b = await launch();
    try {
      // Alternate the two apps run by run, so drifting machine load hits both alike.
      const ff = { game: [] as number[], empty: [] as number[] };
      for (let i = 0; i < 5; i++) {
        ff.empty.push(...(await firstFrame(b, empty.url, 1)));
        ff.game.push(...(await firstFrame(b, game.url, 1)));
      }
      const ffMed = { game: median(ff.game), empty: median(ff.empty) };
      browser.firstFrame = { runs: ff, median: ffMed, ratio: ffMed.game / ffMed.empty };
      const gameFrames = await frameTimes(b, game.url, START_GAME, END_TURN);
      const emptyFrames = await frameTimes(b, empty.url, 'undefined', 'undefined');
      const stats = (r: { deltas: number[]; kickMs: number }) => ({
        samples: r.deltas.length,
        median: median(r.deltas),
        p95: percentile(r.deltas, 95),
        max: Math.max(...r.deltas),
        endTurnToFrameMs: r.kickMs,
      });
      browser.frames = { game: stats(gameFrames), empty: stats(emptyFrames) };
    } finally {
      await b.close();
      await game.close();
      await empty.close();
    }
  }
  results.browser = browser;

  const f = browser.firstFrame as { median: { game: number; empty: number }; ratio: number } | undefined;
  const fr = browser.frames as
    | Record<'game' | 'empty', { median: number; p95: number; samples: number; endTurnToFrameMs: number }>
    | undefined;
  const rows: [string, string, string, string][] = [
    ['production JS, raw', kib(size.game.raw), kib(size.empty.raw), (size.game.raw / size.empty.raw).toFixed(2)],
    ['production JS, gzip', kib(size.game.gzip), kib(size.empty.gzip), (size.game.gzip / size.empty.gzip).toFixed(2)],
  ];
  if (f) rows.push(['navigation → first frame (median of 5)', ms(f.median.game), ms(f.median.empty), f.ratio.toFixed(2)]);
  if (fr) {
    rows.push([
      'frame time, median (3 s after end turn)',
      `${fr.game.median.toFixed(1)} ms`,
      `${fr.empty.median.toFixed(1)} ms`,
      (fr.game.median / fr.empty.median).toFixed(2),
    ]);
    rows.push([
      'frame time, p95',
      `${fr.game.p95.toFixed(1)} ms`,
      `${fr.empty.p95.toFixed(1)} ms`,
      (fr.game.p95 / fr.empty.p95).toFixed(2),
    ]);
    rows.push(['end turn → next frame (AI, panels)', ms(fr.game.endTurnToFrameMs), '–', '–']);
  }
  console.log('\nBrowser (headless Chromium, production builds)');
  console.log(`${'measure'.padEnd(42)} ${'game'.padStart(10)} ${'empty app'.padStart(10)} ${'ratio'.padStart(7)}`);
  for (const [a, g, e, r] of rows) console.log(`${a.padEnd(42)} ${g.padStart(10)} ${e.padStart(10)} ${r.padStart(7)}`);
  if (f) {
    const fm = browser.firstFrame as { runs: { game: number[]; empty: number[] } };
    console.log(
      `first-frame runs, ms: game ${fm.runs.game.map((x) => x.toFixed(0)).join(' ')}; empty ${fm.runs.empty.map((x) => x.toFixed(0)).join(' ')}`,
    );
  }
}

if (process.env.BENCH_AI !== '0') {
  // The AI: decision time per actor and turn (every actor at one level), and balance throughput.
  const aiScenario = allScenarioIds().includes('paz-pivot') ? 'paz-pivot' : (allScenarioIds()[0] ?? 'dev-sandbox');
  const aiGames = Number(process.env.BENCH_AI_GAMES ?? 2);
  console.log(`\nAI decision time per actor-turn (${aiScenario}, ${aiGames} game(s) per level, every actor at that level)`);
  console.log(`${'level'.padEnd(8)} ${'actor-turns'.padStart(12)} ${'median'.padStart(9)} ${'p95'.padStart(9)} ${'max'.padStart(9)}`);
  const ai = (['easy', 'normal', 'hard'] as const).map((level) => {
    const r = aiDecisionTime(aiScenario, level, aiGames);
    console.log(
      `${level.padEnd(8)} ${String(r.turns).padStart(12)} ${ms(r.medianMs).padStart(9)} ${ms(r.p95Ms).padStart(9)} ${ms(r.maxMs).padStart(9)}`,
    );
    return r;
  });
  const bt = await balanceThroughput(aiScenario, Number(process.env.BENCH_BALANCE_GAMES ?? 4));
  console.log(
    `balance run (normal vs normal, all cores): ${bt.games} games in ${bt.seconds.toFixed(1)} s = ${bt.gamesPerSecond.toFixed(2)} games/s`,
  );
  results.ai = { decision: ai, balance: bt };
}

mkdirSync('bench/out', { recursive: true });
writeFileSync('bench/out/results.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('\nwritten to bench/out/results.json');
