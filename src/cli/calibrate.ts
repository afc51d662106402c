import { parseArgs } from 'node:util';
import { autoPlay, baselineMove, createGame, loadScenario, type Policy, turnDate } from '../headless';
import { passiveMove } from '../sim/policy/passive';

/**
 * `npm run calibrate -- --scenario ID [--seeds N] [--policy passive|baseline] [--markdown]`:
 * plays N seeded games and prints, per calendar year, the mean annual growth
 * (mean of the quarters' rates) and the mean end-of-year value of every meter, with
 * the 10th–90th percentile range, to hold against the recorded path.
 */
const { values: args } = parseArgs({
  options: { scenario: { type: 'string' }, seeds: { type: 'string' }, policy: { type: 'string' }, markdown: { type: 'boolean' } },
});
if (!args.scenario) {
  process.stderr.write('usage: npm run calibrate -- --scenario ID [--seeds N] [--policy passive|baseline] [--markdown]\n');
  process.exit(2);
}
const { scenario: sc } = loadScenario(args.scenario);
const seeds = Number(args.seeds ?? 50);
const policy: Policy = args.policy === 'baseline' ? baselineMove : passiveMove;
type Acc = Record<string, number[]>;
const years = new Map<number, Acc>();
const push = (year: number, key: string, v: number): void => {
  const acc = years.get(year) ?? {};
  (acc[key] ??= []).push(v);
  years.set(year, acc);
};
for (let seed = 1; seed <= seeds; seed++) {
  let s = createGame(sc, { seed });
  s = autoPlay(s, sc, policy).state;
  const growthByYear = new Map<number, number[]>();
  for (const h of s.history) {
    if (h.turn === 0) continue;
    const { year, quarter } = turnDate(sc, h.turn);
    const g = growthByYear.get(year) ?? [];
    g.push(h.national.growth ?? 0);
    growthByYear.set(year, g);
    if (quarter === 4 || h.turn === s.history[s.history.length - 1]?.turn) {
      for (const [k, v] of Object.entries(h.national)) if (k !== 'growth') push(year, k, v);
    }
  }
  for (const [year, g] of growthByYear) push(year, 'growth (year mean)', g.reduce((a, b) => a + b, 0) / g.length);
}
const pct = (xs: number[], p: number): number => {
  const a = [...xs].sort((x, y) => x - y);
  return a[Math.min(a.length - 1, Math.floor(p * (a.length - 1)))] ?? NaN;
};
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const keys = [...new Set([...years.values()].flatMap((a) => Object.keys(a)))].sort();
const rows: string[] = [];
rows.push(`${sc.id}: ${seeds} seeds, ${args.policy ?? 'passive'} policy; mean [p10–p90] per calendar year`);
for (const k of keys) {
  const cells = [...years.entries()]
    .sort(([a], [b]) => a - b)
    .map(([y, acc]) => {
      const xs = acc[k];
      return xs?.length ? `${y}: ${mean(xs).toFixed(2)} [${pct(xs, 0.1).toFixed(1)}–${pct(xs, 0.9).toFixed(1)}]` : `${y}: –`;
    });
  rows.push(args.markdown ? `| ${k} | ${cells.join(' | ')} |` : `${k.padEnd(22)} ${cells.join('  ')}`);
}
process.stdout.write(`${rows.join('\n')}\n`);
