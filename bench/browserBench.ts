import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium, type Page } from '@playwright/test';
import config from '../playwright.config';
import { precompress } from '../tools/precompress';
import { freshPage } from './gameDriver';

/**
 * Browser benchmarks of the production build, each side by side with an empty Phaser 4 app
 * built with the same settings (bench/empty-app): JS size, navigation → first frame,
 * main-thread busy time at rest, and frame times while the map animates.
 */

export const GAME_OUT = 'bench/out/game';
export const EMPTY_OUT = 'bench/out/empty';

const VITE = join('node_modules', '.bin', 'vite');

/**
 * Builds the game and the empty app into bench/out (the same Vite and Rolldown settings), and
 * writes the empty app's precompressed copies as the game's build does, so both are served alike.
 */
export async function buildBoth(): Promise<void> {
  execFileSync(VITE, ['build', '--outDir', GAME_OUT, '--emptyOutDir', '--logLevel', 'warn'], { stdio: 'inherit' });
  execFileSync(VITE, ['build', '--config', 'bench/empty-app/vite.config.ts'], { stdio: 'inherit' });
  await precompress(EMPTY_OUT);
}

export type JsSize = { files: number; raw: number; gzip: number };

/** Sum of the built .js files, raw and each gzipped with node:zlib (default level). */
export function jsSize(dir: string): JsSize {
  const out: JsSize = { files: 0, raw: 0, gzip: 0 };
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.js')) {
        const b = readFileSync(p);
        out.files++;
        out.raw += b.length;
        out.gzip += gzipSync(b).length;
      }
    }
  };
  walk(dir);
  return out;
}

export function chromiumPath(): string | null {
  const p = config.use?.launchOptions?.executablePath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return existsSync(p) ? p : null;
}

export const CHROMIUM_ARGS: string[] = config.use?.launchOptions?.args ?? [];

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath() ?? undefined, args: CHROMIUM_ARGS, headless: true });
}

/**
 * Marks the first frame after the app is ready: for the game, the first animation frame after
 * the map scene set `ui.mapReady`; for the empty app, after its scene's `create`. Times are
 * performance.now(), i.e. from navigation start.
 */
const FIRST_FRAME_PROBE = `(() => {
  const tick = () => {
    let ready = window.__emptyReady === true;
    try { ready = ready || window.altiplano?.store?.getState?.().ui?.mapReady === true; } catch {}
    if (ready) { requestAnimationFrame(() => { window.__firstFrame = performance.now(); }); return; }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

async function waitFirstFrame(page: Page): Promise<number> {
  await page.waitForFunction(() => typeof (window as unknown as { __firstFrame?: number }).__firstFrame === 'number', undefined, {
    timeout: 60_000,
  });
  return page.evaluate(() => (window as unknown as { __firstFrame: number }).__firstFrame);
}

/**
 * Navigation → first frame, ms, in a fresh context (empty cache and storage), and the JS the
 * page had fetched by then (decoded bytes, so the figure does not depend on the server's
 * compression), whether imported statically or on demand.
 */
export async function firstFrame(browser: Browser, url: string): Promise<{ ms: number; jsBytes: number }> {
  const { ctx, page } = await freshPage(browser, [FIRST_FRAME_PROBE]);
  await page.goto(url);
  const ms = await waitFirstFrame(page);
  const jsBytes = await page.evaluate(
    (by) =>
      performance
        .getEntriesByType('resource')
        .map((e) => e as PerformanceResourceTiming)
        .filter((e) => new URL(e.name).pathname.endsWith('.js') && e.responseEnd <= by)
        .reduce((a, e) => a + e.decodedBodySize, 0),
    ms,
  );
  await ctx.close();
  return { ms, jsBytes };
}

/** Page code: records every animation frame (its timestamp, and the clock when it ran) and End turn's click. */
const FRAME_RECORDER = `(() => {
  const rec = { ts: [], at: [], kick: null };
  window.__frames = rec;
  const f = (t) => { rec.ts.push(t); rec.at.push(performance.now()); requestAnimationFrame(f); };
  requestAnimationFrame(f);
  document.addEventListener('click', (e) => {
    if (rec.kick === null && e.target instanceof Element && e.target.closest('#end-turn')) rec.kick = performance.now();
  }, true);
})()`;

export type Prepare = (page: Page) => Promise<void>;

export type Frames = { deltas: number[]; kickMs: number };

/**
 * Frame times while the map animates: after `prepare` (for the game, a started game) and a
 * rest of 1.5 s, `kick` runs (for the game, End turn, which plays the computer's turn, floats
 * meter deltas from the departments and animates deal routes); then the frame-to-frame deltas
 * of the `seconds` after the first frame that follows it. `kickMs`: the kick's click → that frame.
 */
export async function frameTimes(browser: Browser, url: string, prepare: Prepare, kick: Prepare | null, seconds = 3): Promise<Frames> {
  const { ctx, page } = await freshPage(browser, [FIRST_FRAME_PROBE]);
  await page.goto(url);
  await waitFirstFrame(page);
  await prepare(page);
  await page.waitForTimeout(1500);
  await page.evaluate(FRAME_RECORDER);
  type Rec = { ts: number[]; at: number[]; kick: number | null };
  if (kick) await kick(page);
  else await page.evaluate(`window.__frames.kick = performance.now()`);
  await page.waitForFunction(
    (s) => {
      const r = (window as unknown as { __frames: Rec }).__frames;
      const last = r.at[r.at.length - 1];
      return r.kick !== null && last !== undefined && last > r.kick + s * 1000 + 100;
    },
    seconds,
    { timeout: 60_000, polling: 200 },
  );
  const r = await page.evaluate(() => (window as unknown as { __frames: Rec }).__frames);
  await ctx.close();
  const kickAt = r.kick ?? 0;
  const first = r.at.findIndex((a) => a > kickAt);
  const t0 = r.ts[first] ?? 0;
  const deltas: number[] = [];
  for (let i = first + 1; i < r.ts.length && (r.ts[i - 1] ?? 0) < t0 + seconds * 1000; i++)
    deltas.push((r.ts[i] ?? 0) - (r.ts[i - 1] ?? 0));
  return { deltas, kickMs: (r.at[first] ?? NaN) - kickAt };
}

export type IdleBusy = { seconds: number; taskSeconds: number; scriptSeconds: number; busy: number };

/**
 * Main-thread busy time at rest: after `prepare` and a settling rest, the renderer main
 * thread's TaskDuration (CDP Performance.getMetrics) over `seconds` of wall time.
 */
export async function idleBusy(browser: Browser, url: string, prepare: Prepare, seconds = 10, settle = 2): Promise<IdleBusy> {
  const { ctx, page } = await freshPage(browser, [FIRST_FRAME_PROBE]);
  await page.goto(url);
  await waitFirstFrame(page);
  await prepare(page);
  await page.waitForTimeout(settle * 1000);
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = (name: string) => metrics.find((x) => x.name === name)?.value ?? NaN;
    return { t: m('Timestamp'), task: m('TaskDuration'), script: m('ScriptDuration') };
  };
  const a = await read();
  await page.waitForTimeout(seconds * 1000);
  const b = await read();
  await ctx.close();
  const wall = b.t - a.t;
  return { seconds: wall, taskSeconds: b.task - a.task, scriptSeconds: b.script - a.script, busy: (b.task - a.task) / wall };
}
