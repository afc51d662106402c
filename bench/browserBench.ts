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
 * Marks frames, as performance.now() (from navigation start): `__firstScreen`, the first animation
 * frame once the app shows its first screen (the game's start screen, whose Start button is there;
 * the empty app's scene); `__firstFrame`, the first frame after the map scene set `ui.mapReady`
 * (the empty app: after its scene's `create`); `__startClick`, the click on the start screen's Start.
 */
const FIRST_FRAME_PROBE = `(() => {
  const mark = (k) => requestAnimationFrame(() => { window[k] = performance.now(); });
  let screen = false;
  const tick = () => {
    let ready = window.__emptyReady === true;
    try { ready = ready || window.altiplano?.store?.getState?.().ui?.mapReady === true; } catch {}
    if (!screen && (ready || document.querySelector('#quick-start, #start-game'))) { screen = true; mark('__firstScreen'); }
    if (ready) { mark('__firstFrame'); return; }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  document.addEventListener('click', (e) => {
    if (window.__startClick === undefined && e.target instanceof Element && e.target.closest('#quick-start, #start-game')) window.__startClick = performance.now();
  }, true);
})();`;

async function waitMark(page: Page, mark: '__firstScreen' | '__firstFrame'): Promise<number> {
  await page.waitForFunction((k) => typeof (window as unknown as Record<string, unknown>)[k] === 'number', mark, { timeout: 60_000 });
  return page.evaluate((k) => (window as unknown as Record<string, number>)[k] ?? NaN, mark);
}

/** The first frame of the app's first screen (the game's start screen), ms from navigation. */
const waitFirstFrame = (page: Page): Promise<number> => waitMark(page, '__firstScreen');

/** Decoded bytes of the JS the page had fetched by `by` (ms from navigation), whether imported statically, on demand or prefetched. */
const jsFetchedBy = (page: Page, by: number): Promise<{ bytes: number; files: string[] }> =>
  page.evaluate((t) => {
    const js = performance
      .getEntriesByType('resource')
      .map((e) => e as PerformanceResourceTiming)
      .filter((e) => new URL(e.name).pathname.endsWith('.js') && e.responseEnd <= t)
      // A prefetched file is listed again when it is imported (from the cache): count each file once.
      .filter((e, i, all) => all.findIndex((x) => x.name === e.name) === i);
    return {
      bytes: js.reduce((a, e) => a + e.decodedBodySize, 0),
      files: js.map((e) => new URL(e.name).pathname.replace(/^\//, '')),
    };
  }, by);

export type FirstFrame = {
  /** Start click → first map frame (the empty app, which has no start screen: navigation → first frame). */
  ms: number;
  /** Navigation → the first screen's first frame. */
  screenMs: number;
  /** JS fetched by the first map frame, and by the first screen's frame (decoded bytes), and the files of the former. */
  jsBytes: number;
  screenJsBytes: number;
  jsFiles: string[];
};

/**
 * In a fresh context (empty cache and storage): navigation → the first screen, then, for an app
 * with a start screen, the player's Start once the page is idle (network quiet and half a second
 * more, as a player reads the screen first: what the page prefetches when idle has arrived) →
 * the first map frame. JS figures are decoded bytes, so they do not depend on the server's compression.
 */
export async function firstFrame(browser: Browser, url: string): Promise<FirstFrame> {
  const { ctx, page } = await freshPage(browser, [FIRST_FRAME_PROBE]);
  await page.goto(url);
  const screenMs = await waitFirstFrame(page);
  const screenJs = await jsFetchedBy(page, screenMs);
  const start = page.locator('#quick-start, #start-game').first();
  let ms: number;
  let mapAt: number;
  if (await start.count()) {
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    await start.click();
    mapAt = await waitMark(page, '__firstFrame');
    ms = mapAt - (await page.evaluate(() => (window as unknown as { __startClick: number }).__startClick));
  } else {
    mapAt = await waitMark(page, '__firstFrame');
    ms = mapAt;
  }
  const js = await jsFetchedBy(page, mapAt);
  await ctx.close();
  return { ms, screenMs, jsBytes: js.bytes, screenJsBytes: screenJs.bytes, jsFiles: js.files };
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
