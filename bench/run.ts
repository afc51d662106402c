import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { aiDecisionTime, balanceThroughput, normalVsPassive } from './aiBench';
import {
  buildBoth,
  chromiumPath,
  EMPTY_OUT,
  type FirstFrame,
  firstFrame,
  frameTimes,
  GAME_OUT,
  idleBusy,
  jsSize,
  launch,
} from './browserBench';
import { firstLoadJs, sizeOf } from './firstLoad';
import { endTurn, quickStart } from './gameDriver';
import type { LighthouseRun, Load, Preset } from './lighthouseBench';
import { allScenarioIds, simThroughput } from './simThroughput';
import { serveDir } from './staticServer';
import { median, percentile } from './stats';
import { markdownTable, type Row, TARGETS, textTable } from './summary';

/**
 * `npm run bench`: issue 12's measures, each beside a floor measured in the same run, with the
 * issue's target and whether it is met. Printed, and written to bench/out/results.json and (the
 * table as markdown) bench/out/summary.md. Measured, not asserted: the machine is shared and
 * noisy, so read ratios within one run.
 *  - the sim's throughput headless (baseline policy) per scenario (information, no floor);
 *  - the production build beside an empty Phaser 4 app built the same way (bench/empty-app):
 *    first-load and all JS gzip, navigation → first frame, main-thread busy time over 10 idle
 *    seconds, frame times after End turn;
 *  - Lighthouse desktop and mobile presets, quiet and busy (one spinning thread per core);
 *  - a normal-AI game against a passive one (same seeds, one core), balance throughput on all
 *    cores, the AI's decision time per actor-turn per level.
 * BENCH_BROWSER=0, BENCH_LIGHTHOUSE=0, BENCH_AI=0 skip parts; BENCH_SECONDS (sim), BENCH_AI_GAMES
 * (decision timing, per level), BENCH_PASSIVE_GAMES, BENCH_BALANCE_GAMES set the sizes.
 */
const env = (k: string, d: number): number => Number(process.env[k] ?? d);
const on = (k: string): boolean => process.env[k] !== '0';
const kib = (n: number): string => `${(n / 1024).toFixed(0)} KiB`;
const ms = (n: number, d = 0): string => `${n.toFixed(d)} ms`;
const pct = (x: number): string => `${(x * 100).toFixed(0)}%`;
const git = (...args: string[]): string => {
  try {
    return execFileSync('git', args, { encoding: 'utf8' }).trim();
  } catch {
    return '?';
  }
};
const load = (): string =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

const started = Date.now();
const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  commit: git('rev-parse', '--short', 'HEAD'),
  dirty: git('status', '--porcelain', '--untracked-files=no') !== '',
  node: process.version,
  cpus: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
  loadAtStart: load(),
};
const rows: Row[] = [];
const notes: string[] = [];
const scenarios = ['paz-pivot', 'arce-era'].filter((id) => allScenarioIds().includes(id));
if (scenarios.length === 0) scenarios.push(allScenarioIds()[0] ?? 'dev-sandbox');

/** Runs one measure; if it fails (a build whose page differs), says so in a row and goes on with the others. */
async function attempt(what: string, fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (e) {
    const why = String(e).split('\n')[0] ?? '';
    console.log(`${what}: failed (${why})`);
    rows.push({ measure: what, game: 'failed', floor: '–', ratio: null });
    notes.push(`${what} failed: ${why}.`);
  }
}

console.log('Simulation throughput (headless, baseline policy for every actor)');
console.log('scenario          games   turns/s   games/s   ms/game');
results.sim = allScenarioIds().map((id) => {
  try {
    const r = simThroughput(id, env('BENCH_SECONDS', 2));
    console.log(
      `${id.padEnd(16)} ${String(r.games).padStart(6)} ${r.turnsPerSecond.toFixed(0).padStart(9)} ${r.gamesPerSecond.toFixed(1).padStart(9)} ${r.msPerGame.toFixed(1).padStart(9)}`,
    );
    return r;
  } catch (e) {
    console.log(`${id.padEnd(16)} skipped: ${String(e).split('\n')[0]}`);
    return { scenario: id, error: String(e) };
  }
});

if (on('BENCH_BROWSER')) {
  console.log('\nBuilding the game and the empty Phaser app (same Vite settings)…');
  await buildBoth();
  const size = { game: jsSize(GAME_OUT), empty: jsSize(EMPTY_OUT) };
  const first = { game: firstLoadJs(GAME_OUT), empty: firstLoadJs(EMPTY_OUT) };
  results.size = { all: size, firstLoad: first };
  rows.push({
    measure: 'first-load JS, gzip (index.html + static imports: the start screen)',
    game: kib(first.game.gzip),
    floor: kib(first.empty.gzip),
    ratio: first.game.gzip / first.empty.gzip,
    target: TARGETS.firstLoadJs,
  });
  rows.push({
    measure: 'all production JS, gzip',
    game: kib(size.game.gzip),
    floor: kib(size.empty.gzip),
    ratio: size.game.gzip / size.empty.gzip,
  });
  notes.push(`First load: game ${first.game.files.join(', ')}; empty app ${first.empty.files.join(', ')}.`);

  if (!chromiumPath()) console.log('Chromium not found (/usr/bin/chromium or CHROMIUM_PATH): skipping the browser timings.');
  else {
    const game = await serveDir(GAME_OUT);
    const empty = await serveDir(EMPTY_OUT);
    const b = await launch();
    const browser: Record<string, unknown> = { loadAtStart: load() };
    try {
      await attempt('first screen and first map frame', async () => {
        console.log('navigation → first screen, Start → first map frame, 5 runs each…');
        // Alternate the two apps run by run, so drifting machine load hits both alike.
        const runs = { game: [] as FirstFrame[], empty: [] as FirstFrame[] };
        for (let i = 0; i < 5; i++)
          for (const [k, u] of [['empty', empty.url] as const, ['game', game.url] as const]) runs[k].push(await firstFrame(b, u));
        const med = (k: 'game' | 'empty', f: (r: FirstFrame) => number) => median(runs[k].map(f));
        const most = (k: 'game' | 'empty', f: (r: FirstFrame) => number) => Math.max(...runs[k].map(f));
        // The JS by the first map frame, gzip as the first-load row: the files the game's slowest-loading run had fetched by then.
        const mapFiles = runs.game.reduce<string[]>((a, r) => (r.jsFiles.length > a.length ? r.jsFiles : a), []);
        const byMap = { game: sizeOf(GAME_OUT, mapFiles), empty: size.empty };
        browser.firstFrame = { runs, jsByFirstMapFrameGzip: byMap };
        rows.push({
          measure: 'navigation → first screen frame (game: start screen; empty app: first frame), median of 5',
          game: ms(med('game', (r) => r.screenMs)),
          floor: ms(med('empty', (r) => r.screenMs)),
          ratio: med('game', (r) => r.screenMs) / med('empty', (r) => r.screenMs),
        });
        rows.push({
          measure: 'Start click → first map frame, page idle first (empty app: navigation → first frame), median of 5',
          game: ms(med('game', (r) => r.ms)),
          floor: ms(med('empty', (r) => r.ms)),
          ratio: med('game', (r) => r.ms) / med('empty', (r) => r.ms),
        });
        rows.push({
          measure: 'JS fetched by the first screen frame, decoded',
          game: kib(most('game', (r) => r.screenJsBytes)),
          floor: kib(most('empty', (r) => r.screenJsBytes)),
          ratio: most('game', (r) => r.screenJsBytes) / most('empty', (r) => r.screenJsBytes),
        });
        rows.push({
          measure: 'JS fetched by the first map frame (static, on demand, prefetched), decoded',
          game: kib(most('game', (r) => r.jsBytes)),
          floor: kib(most('empty', (r) => r.jsBytes)),
          ratio: most('game', (r) => r.jsBytes) / most('empty', (r) => r.jsBytes),
        });
        rows.push({
          measure: 'JS fetched by the first map frame, gzip (empty app: all its JS)',
          game: kib(byMap.game.gzip),
          floor: kib(byMap.empty.gzip),
          ratio: byMap.game.gzip / byMap.empty.gzip,
        });
        notes.push(`JS by the first map frame: ${mapFiles.join(', ')}.`);
        notes.push(
          `Start → first map frame runs, ms: game ${runs.game.map((r) => r.ms.toFixed(0)).join(' ')}; empty (navigation) ${runs.empty.map((r) => r.ms.toFixed(0)).join(' ')}.`,
        );
      });

      await attempt('main-thread busy, 10 idle s', async () => {
        console.log('main-thread busy over 10 idle seconds…');
        const idleEmpty = await idleBusy(b, empty.url, async () => undefined);
        const idleGame = await idleBusy(b, game.url, quickStart);
        browser.idle = { game: idleGame, empty: idleEmpty };
        rows.push({
          measure: 'main-thread busy, 10 idle s (game started, nothing moving)',
          game: `${pct(idleGame.busy)} (${idleGame.taskSeconds.toFixed(1)} s)`,
          floor: `${pct(idleEmpty.busy)} (${idleEmpty.taskSeconds.toFixed(1)} s)`,
          ratio: idleGame.busy / idleEmpty.busy,
          target: TARGETS.idleBusy,
        });
      });

      await attempt('frame time after End turn', async () => {
        console.log('frame times after End turn…');
        const fg = await frameTimes(b, game.url, quickStart, endTurn);
        const fe = await frameTimes(b, empty.url, async () => undefined, null);
        const stats = (r: { deltas: number[]; kickMs: number }) => ({
          samples: r.deltas.length,
          median: median(r.deltas),
          p95: percentile(r.deltas, 95),
          max: Math.max(...r.deltas),
          kickMs: r.kickMs,
        });
        const frames = { game: stats(fg), empty: stats(fe) };
        browser.frames = frames;
        rows.push({
          measure: 'frame time, 3 s after End turn, median',
          game: ms(frames.game.median, 1),
          floor: ms(frames.empty.median, 1),
          ratio: frames.game.median / frames.empty.median,
        });
        rows.push({
          measure: 'frame time, 3 s after End turn, p95',
          game: ms(frames.game.p95, 1),
          floor: ms(frames.empty.p95, 1),
          ratio: frames.game.p95 / frames.empty.p95,
          target: TARGETS.frameP95,
        });
        rows.push({
          measure: 'End turn click → next frame (computer turn, panels)',
          game: ms(frames.game.kickMs),
          floor: '–',
          ratio: null,
        });
      });
    } finally {
      await b.close();
      await game.close();
      await empty.close();
    }
    results.browser = browser;

    if (on('BENCH_LIGHTHOUSE')) {
      // Free ports picked by the system, for the page and for Chromium's DevTools: fixed ones collide on a shared machine.
      // Loaded here, so BENCH_LIGHTHOUSE=0 runs where lighthouse is not installed.
      const { lighthouseRun } = await import('./lighthouseBench');
      const page = await serveDir(GAME_OUT);
      const runs: LighthouseRun[] = [];
      try {
        for (const l of ['quiet', 'busy'] as Load[])
          for (const p of ['desktop', 'mobile'] as Preset[]) {
            console.log(`Lighthouse ${p}, ${l} machine (load ${load()})…`);
            runs.push(await lighthouseRun(page.url, p, l));
          }
      } finally {
        await page.close();
      }
      results.lighthouse = runs;
      const score = (x: number | null) => (x === null ? 'failed' : x.toFixed(2));
      for (const r of runs) {
        const perf = r.preset === 'desktop' ? TARGETS.desktopPerf : TARGETS.mobilePerf;
        const name = `Lighthouse ${r.preset}, ${r.load}:`;
        rows.push({
          measure: `${name} performance`,
          game: score(r.performance),
          floor: '–',
          ratio: null,
          value: r.performance ?? NaN,
          target: perf,
        });
        rows.push({
          measure: `${name} accessibility`,
          game: score(r.accessibility),
          floor: '–',
          ratio: null,
          value: r.accessibility ?? NaN,
          target: TARGETS.perfect,
        });
        rows.push({
          measure: `${name} best practices`,
          game: score(r.bestPractices),
          floor: '–',
          ratio: null,
          value: r.bestPractices ?? NaN,
          target: TARGETS.perfect,
        });
        const m = r.metrics;
        const f = (k: string, unit = ' ms') =>
          m[k] === null || m[k] === undefined ? '?' : `${(m[k] as number).toFixed(k === 'cls' ? 3 : 0)}${k === 'cls' ? '' : unit}`;
        notes.push(
          `${name} FCP ${f('fcp')}, LCP ${f('lcp')}, TBT ${f('tbt')}, TTI ${f('tti')}, SI ${f('si')}, CLS ${f('cls')}${r.error ? `; error: ${r.error}` : ''}${r.warnings.length ? `; warnings: ${r.warnings.map((w) => w.replace(/\.$/, '')).join(' / ')}` : ''}.`,
        );
      }
    }
  }
}

if (on('BENCH_AI')) {
  const ai: Record<string, unknown> = { loadAtStart: load() };
  results.ai = ai;
  let passiveMs = Number.NaN;
  await attempt('normal-AI game ÷ passive game', async () => {
    console.log('\nnormal-AI games against passive ones (one core, same seeds)…');
    const nvp = scenarios.map((id) => normalVsPassive(id, env('BENCH_PASSIVE_GAMES', 3)));
    ai.normalVsPassive = nvp;
    passiveMs = nvp.reduce((a, r) => a + r.passive.msPerGame, 0) / nvp.length;
    for (const r of nvp)
      rows.push({
        measure: `normal-AI game ÷ passive game, ${r.scenario} (CPU ms/game, 1 thread, seeds 1–${r.normal.seeds.length}; passive: 10 games a seed)`,
        game: ms(r.normal.msPerGame),
        floor: ms(r.passive.msPerGame),
        ratio: r.normal.msPerGame / r.passive.msPerGame,
        target: TARGETS.aiVsPassive,
      });
  });

  await attempt('balance, normal vs normal', async () => {
    console.log('balance throughput (normal vs normal, all cores)…');
    const bt = await balanceThroughput(scenarios, env('BENCH_BALANCE_GAMES', 1000));
    ai.balance = bt;
    // The floor: as many passive games, at their one-core cost above, spread over the same cores.
    const passive1000 = passiveMs / bt.workers; // seconds: 1,000 games × ms per game ÷ 1,000 ms/s
    rows.push({
      measure: `balance, normal vs normal, ${bt.workers} cores (a real run of ${bt.games} games: ${bt.scenarios.join(', ')}), time for 1,000, start-up included`,
      game: `${bt.gamesPerSecond.toFixed(2)} games/s → ${bt.secondsFor1000.toFixed(0)} s (start-up ${bt.startupSeconds.toFixed(1)} s, then ${bt.steadyGamesPerSecond.toFixed(2)} games/s; from CPU, ${(bt.cpuSecondsPerGame * 1000).toFixed(0)} ms a game: ${bt.projectedSecondsFor1000.toFixed(0)} s on ${bt.workers} cores)`,
      floor: Number.isFinite(passive1000) ? `passive → ${passive1000.toFixed(0)} s` : '–',
      ratio: bt.secondsFor1000 / passive1000,
      value: bt.secondsFor1000,
      target: TARGETS.balance1000,
    });
  });

  await attempt('AI decision per actor-turn', async () => {
    const games = env('BENCH_AI_GAMES', 2);
    console.log(`AI decision time per actor-turn (${games} games per level)…`);
    const plan: [string, 'easy' | 'normal' | 'hard'][] = [
      ...(['easy', 'normal', 'hard'] as const).map((l): [string, 'easy' | 'normal' | 'hard'] => [scenarios[0] ?? 'paz-pivot', l]),
      ...scenarios.slice(1).map((id): [string, 'hard'] => [id, 'hard']),
    ];
    const decision = plan.map(([id, level]) => aiDecisionTime(id, level, games));
    ai.decision = decision;
    for (const d of decision) {
      notes.push(
        `AI ${d.level}, ${d.scenario}: ${d.turns} actor-turns, median ${ms(d.medianMs, 1)}, p95 ${ms(d.p95Ms, 1)}, max ${ms(d.maxMs)}.`,
      );
      if (d.level === 'hard')
        rows.push({
          measure: `AI decision per actor-turn, hard, p95 (${d.scenario}, ${d.games} games)`,
          game: ms(d.p95Ms, 1),
          floor: '–',
          ratio: null,
          value: d.p95Ms,
          target: TARGETS.hardP95,
        });
    }
  });
}

results.loadAtEnd = load();
results.minutes = (Date.now() - started) / 60_000;
results.rows = rows;
results.notes = notes;

const header = [
  `Run ${results.date} on ${results.commit}${results.dirty ? ' (with uncommitted changes)' : ''}, node ${results.node}, ${results.cpus};`,
  `load average (1, 5, 15 min) ${results.loadAtStart} at the start, ${results.loadAtEnd} at the end; ${(results.minutes as number).toFixed(1)} min.`,
  'Floors are measured in the same run: the empty Phaser 4 app built the same way (bench/empty-app), and games where every actor passes.',
  '"busy": one spinning worker thread per core for the whole Lighthouse run. Headless Chromium, software WebGL (SwiftShader).',
];
console.log(`\n${header.join('\n')}\n\n${textTable(rows)}\n\n${notes.join('\n')}`);
mkdirSync('bench/out', { recursive: true });
writeFileSync('bench/out/results.json', `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(
  'bench/out/summary.md',
  `# Bench summary\n\n${header.join('  \n')}\n\n${markdownTable(rows)}\n\n${notes.map((n) => `- ${n}`).join('\n')}\n`,
);
console.log('\nwritten to bench/out/results.json and bench/out/summary.md');
