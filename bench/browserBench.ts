import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
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
    await page.waitForFunction(() => typeof (window as unknown as { __firstFrame?: number }).__firstFrame === 'number', undefined, { timeout: 30_000 });
    times.push(await page.evaluate(() => (window as unknown as { __firstFrame: number }).__firstFrame));
    await ctx.close();
  }
  return times;
}

/**
 * Frame times (requestAnimationFrame deltas) over `seconds`. `kick` runs in the page at
 * the start and every second (for the game: end the turn, which floats meter deltas and
 * animates routes on the map).
 */
export async function frameTimes(browser: Browser, url: string, kick: ((page: Page) => Promise<void>) | null, seconds = 3): Promise<number[]> {
  const ctx = await browser.newContext({ viewport: VIEWPORT });
  const page = await ctx.newPage();
  await page.addInitScript(FIRST_FRAME_PROBE);
  await page.goto(url);
  await page.waitForFunction(() => typeof (window as unknown as { __firstFrame?: number }).__firstFrame === 'number', undefined, { timeout: 30_000 });
  await page.waitForTimeout(500);
  // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
  const sampling = page.evaluate(`new Promise((resolve) => {
    const deltas = [];
    let last = performance.now();
    const end = last + ${seconds * 1000};
    const f = (now) => {
      deltas.push(now - last);
      last = now;
      if (now < end) requestAnimationFrame(f);
      else resolve(deltas.slice(1));
    };
    requestAnimationFrame(f);
  })`) as Promise<number[]>;
  if (kick) {
    for (let s = 0; s < seconds; s++) {
      await kick(page);
      await page.waitForTimeout(1000);
    }
  }
  const deltas = await sampling;
  await ctx.close();
  return deltas;
}

/**
 * Ends the human's phase through the store (as the End turn button does), starting a
 * game first (as the start screen's quick start does) when none is under way.
 */
export async function endTurn(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    const store = window.altiplano.store;
    let s = store.getState();
    if (!s.game || s.game.over) {
      const entry = s.scenarios.find((x) => x.id === 'paz-pivot') ?? s.scenarios[0];
      const side = entry.scenario.actors.find((a) => a.playable).id;
      s.startGame({ scenarioId: entry.id, side, seed: 1 });
      s = store.getState();
    }
    if (s.choice && s.game && !s.game.over) s.dispatch({ type: 'endPhase', actor: s.choice.side });
  })()`);
}

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
