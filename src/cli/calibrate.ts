import { parseArgs } from 'node:util';
import { autoPlay, baselineMove, createGame, type Policy, turnDate } from '../headless';
import { firstTurn, passiveMove } from '../sim';
import { type CliIo, loadOrSay, runWhenMain } from './cliIo';

const USAGE = 'usage: npm run calibrate -- --scenario ID [--seeds N] [--policy passive|baseline] [--preset ID] [--markdown]\n';

/**
 * `npm run calibrate -- --scenario ID [--seeds N] [--policy passive|baseline] [--preset ID] [--markdown]`:
 * plays N seeded games and prints, per calendar year, the mean annual growth
 * (mean of the quarters' rates) and the mean end-of-year value of every meter, with
 * the 10th–90th percentile range, to hold against the recorded path.
 */
export function calibrateCli(argv: string[], io: CliIo): number {
  let args: { scenario?: string; seeds?: string; policy?: string; preset?: string; markdown?: boolean };
  try {
    args = parseArgs({
      args: argv,
      options: {
        scenario: { type: 'string' },
        seeds: { type: 'string' },
        policy: { type: 'string' },
        preset: { type: 'string' },
        markdown: { type: 'boolean' },
      },
    }).values;
  } catch (e) {
    io.stderr(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
    return 2;
  }
  if (!args.scenario) {
    io.stderr(USAGE);
    return 2;
  }
  const loaded = loadOrSay(io, args.scenario);
  if (!loaded) return 1;
  const sc = loaded.scenario;
  if (args.preset !== undefined && !sc.presets?.some((p) => p.id === args.preset)) {
    io.stderr(`unknown preset "${args.preset}" (${sc.id} has: ${(sc.presets ?? []).map((p) => p.id).join(', ') || 'none'})\n${USAGE}`);
    return 2;
  }
  const preset = args.preset;
  const seeds = Number(args.seeds ?? 50);
  const policy: Policy = args.policy === 'baseline' ? baselineMove : passiveMove;
  type Acc = Record<string, number[]>;
  const years = new Map<number, Acc>();
  const push = (year: number, key: string, v: number): void => {
    const acc = years.get(year) ?? {};
    const xs = acc[key] ?? [];
    xs.push(v);
    acc[key] = xs;
    years.set(year, acc);
  };
  for (let seed = 1; seed <= seeds; seed++) {
    let s = createGame(sc, { seed, ...(preset !== undefined ? { preset } : {}) });
    s = autoPlay(s, sc, policy).state;
    const growthByYear = new Map<number, number[]>();
    for (const h of s.history) {
      if (h.turn < firstTurn(s.setup)) continue;
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
  io.stdout(`${rows.join('\n')}\n`);
  return 0;
}

runWhenMain(import.meta.url, calibrateCli);
