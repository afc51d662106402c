import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium } from '@playwright/test';
import config from '../playwright.config';
import { serveDir } from './staticServer';

/**
 * Browser benchmarks of the production build, each side by side with an empty
 * Phaser 4 app built with the same settings (bench/empty-app): JS size, time from
 * navigation to the first frame, and frame times while the map animates.
 */

export const GAME_OUT = 'bench/out/game';
export const EMPTY_OUT = 'bench/out/empty';

const VITE = join('node_modules', '.bin', 'vite');

/** Builds the game and the empty app into bench/out (the same Vite and Rolldown settings). */
export function buildBoth(): void {
  execFileSync(VITE, ['build', '--outDir', GAME_OUT, '--emptyOutDir', '--logLevel', 'warn'], { stdio: 'inherit' });
  execFileSync(VITE, ['build', '--config', 'bench/empty-app/vite.config.ts'], { stdio: 'inherit' });
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

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath() ?? undefined, args: config.use?.launchOptions?.args ?? [], headless: true });
}

/**
 * Marks the first frame after the app is ready: for the game, the first animation
 * frame after the map scene set `ui.mapReady`; for the empty app, after its scene's
 * `create`. Times are performance.now(), i.e. from navigation start.
 */
const FIRST_FRAME_PROBE = `(() => {
  const tick = () => {
    const ready = window.__emptyReady === true || window.altiplano?.store?.getState?.().ui?.mapReady === true;
    if (ready) { requestAnimationFrame(() => { window.__firstFrame = performance.now(); }); return; }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

const VIEWPORT = config.use?.viewport ?? { width: 1280, height: 800 };

/** Navigation → first frame, ms, in a fresh context (empty cache and storage) each run. */
export async function firstFrame(browser: Browser, url: string, runs = 5): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const ctx = await browser.newContext({ viewport: VIEWPORT });
    const page = await ctx.newPage();
    await page.addInitScript(FIRST_FRAME_PROBE);
    await page.goto(url);
    await page.waitForFunction(() => typeof (window as unknown as { __firstFrame?: number }).__firstFrame === 'number', undefined, {
      timeout: 30_000,
    });
    times.push(await page.evaluate(() => (window as unknown as { __firstFrame: number }).__firstFrame));
    await ctx.close();
  }
  return times;
}

/**
 * Frame times while the map animates: `kick` (page code, run once: for the game, end
 * the turn, which floats meter deltas from the departments and animates deal routes)
 * runs, then requestAnimationFrame deltas are sampled for `seconds` from the first
 * frame after it. Also returns how long the kick held the page (kick → next frame).
 * `prepare` (page code) runs first, e.g. to start a game as the start screen would.
 */
export async function frameTimes(
  browser: Browser,
  url: string,
  prepare: string,
  kick: string,
  seconds = 3,
): Promise<{ deltas: number[]; kickMs: number }> {
  const ctx = await browser.newContext({ viewport: VIEWPORT });
  const page = await ctx.newPage();
  await page.addInitScript(FIRST_FRAME_PROBE);
  await page.goto(url);
  await page.waitForFunction(() => typeof (window as unknown as { __firstFrame?: number }).__firstFrame === 'number', undefined, {
    timeout: 30_000,
  });
  await page.evaluate(prepare);
  await page.waitForTimeout(1500);
  // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
  const r = (await page.evaluate(`new Promise((resolve) => {
    const t0 = performance.now();
    ${kick};
    requestAnimationFrame((first) => {
      // The frame's own timestamp is its start, which can precede t0: read the clock.
      const kickMs = performance.now() - t0;
      const deltas = [];
      let last = first;
      const end = first + ${seconds * 1000};
      const f = (now) => {
        deltas.push(now - last);
        last = now;
        if (now < end) requestAnimationFrame(f);
        else resolve({ deltas, kickMs });
      };
      requestAnimationFrame(f);
    });
  })`)) as { deltas: number[]; kickMs: number };
  await ctx.close();
  return r;
}

/** Page code: starts a game (as the start screen's quick start does) unless one is under way. */
export const START_GAME = `(() => {
  const s = window.altiplano.store.getState();
  if (s.game && !s.game.over) return;
  const entry = s.scenarios.find((x) => x.id === 'paz-pivot') ?? s.scenarios[0];
  const side = entry.scenario.actors.find((a) => a.playable).id;
  s.startGame({ scenarioId: entry.id, side, seed: 1 });
  const report = document.getElementById('report-close');
  if (report) report.click();
})()`;

/** Page code: answers any event waiting for the player, then ends their phase (the End turn button's action). */
export const END_TURN = `(() => {
  const store = window.altiplano.store;
  const side = store.getState().choice.side;
  for (const p of store.getState().game.pending.filter((x) => x.actor === side)) {
    const option = store.getState().entry.scenario.events.find((e) => e.id === p.event).options[0].id;
    store.getState().dispatch({ type: 'chooseOption', actor: side, choice: p.id, option });
  }
  store.getState().dispatch({ type: 'endPhase', actor: side });
})()`;

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length === 0 ? NaN : s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : (s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN);
}

export { serveDir };
