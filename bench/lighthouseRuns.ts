import { type LighthouseRun, lighthouseRun, type Preset } from './lighthouseBench';
import { serveDir } from './staticServer';

/**
 * Lighthouse several times on one build, one preset, on the machine as it is (no load added), and
 * the median: on a shared machine one run says little. `npx tsx bench/lighthouseRuns.ts DIST
 * [mobile|desktop] [RUNS]` (a build made with `npx vite build --outDir DIST`).
 */
const [dir = 'dist', preset = 'mobile', n = '3'] = process.argv.slice(2);
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? (s[(s.length - 1) / 2] ?? Number.NaN) : ((s[s.length / 2 - 1] ?? 0) + (s[s.length / 2] ?? 0)) / 2;
};
const server = await serveDir(dir);
const runs: LighthouseRun[] = [];
try {
  for (let i = 0; i < Number(n); i++) {
    const r = await lighthouseRun(server.url, preset as Preset, 'quiet');
    runs.push(r);
    const m = r.metrics;
    const ms = (k: string) => Math.round(m[k] ?? Number.NaN);
    console.log(
      `${preset} run ${i + 1}: performance ${r.performance} accessibility ${r.accessibility} best practices ${r.bestPractices}` +
        ` (FCP ${ms('fcp')} ms, LCP ${ms('lcp')} ms, TBT ${ms('tbt')} ms, SI ${ms('si')} ms, CLS ${(m.cls ?? Number.NaN).toFixed(3)})${r.error ? ` error: ${r.error}` : ''}`,
    );
  }
} finally {
  await server.close();
}
const ok = runs.filter((r) => r.performance !== null);
const med = (f: (r: LighthouseRun) => number) => median(ok.map(f));
console.log(
  `${preset} median of ${ok.length}: performance ${med((r) => r.performance ?? 0).toFixed(2)}, FCP ${Math.round(med((r) => r.metrics.fcp ?? 0))} ms,` +
    ` LCP ${Math.round(med((r) => r.metrics.lcp ?? 0))} ms, TBT ${Math.round(med((r) => r.metrics.tbt ?? 0))} ms, SI ${Math.round(med((r) => r.metrics.si ?? 0))} ms`,
);
