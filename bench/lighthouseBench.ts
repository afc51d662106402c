import { cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath } from './browserBench';

/**
 * Lighthouse 12 on the production build, desktop and mobile presets (the mobile one is the
 * nearest to a school Chromebook: a slow 4G link and 4× CPU throttling, simulated), each on a
 * quiet machine and on a busy one. "Busy" is made, not waited for: one worker thread per core
 * spinning on arithmetic for the whole run, so every core has a rival runnable thread at the
 * same priority as Chromium's.
 */

export type Preset = 'desktop' | 'mobile';
export type Load = 'quiet' | 'busy';

export type LighthouseRun = {
  preset: Preset;
  load: Load;
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  /** ms (CLS unitless), as Lighthouse reports them. */
  metrics: Record<string, number | null>;
  warnings: string[];
  error?: string;
};

const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  tti: 'interactive',
  si: 'speed-index',
  cls: 'cumulative-layout-shift',
} as const;

/** One spinning worker per core, until `stop()`. */
export function burnCpus(n = cpus().length): { stop: () => Promise<void> } {
  const code = 'let x = 1; for (;;) { x = (Math.imul(x, 1103515245) + 12345) | 0; }';
  const workers = Array.from({ length: n }, () => new Worker(code, { eval: true }));
  return { stop: async () => void (await Promise.all(workers.map((w) => w.terminate()))) };
}

/** A Lighthouse run in a Chromium of its own (fresh profile; DevTools on a free port unless one is given). */
export async function lighthouseRun(url: string, preset: Preset, load: Load, port?: number): Promise<LighthouseRun> {
  const chromePath = chromiumPath() ?? undefined;
  const flags = [...new Set(['--headless=new', ...CHROMIUM_ARGS])];
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: flags, ...(port ? { port } : {}), logLevel: 'silent' });
  const burn = load === 'busy' ? burnCpus() : null;
  try {
    const r = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    const lhr = r?.lhr;
    if (!lhr) throw new Error('Lighthouse returned no result');
    const score = (id: string) => lhr.categories[id]?.score ?? null;
    const metrics = Object.fromEntries(Object.entries(METRICS).map(([k, id]) => [k, lhr.audits[id]?.numericValue ?? null]));
    return {
      preset,
      load,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      metrics,
      warnings: [...lhr.runWarnings, ...(lhr.runtimeError ? [lhr.runtimeError.message] : [])],
    };
  } catch (e) {
    return { preset, load, performance: null, accessibility: null, bestPractices: null, metrics: {}, warnings: [], error: String(e) };
  } finally {
    await burn?.stop();
    chrome.kill();
  }
}
