import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadScenario, textOf, type AiLevel, type Scenario } from '../headless';
import { runJob } from './balanceRun';
import { balanceHtml, balanceMarkdown, type Matchup, type MatchupResult } from './balanceReport';

/**
 * `npm run balance -- --scenario ID [--games N] [--levels easy,normal,hard] [--out DIR]`:
 * plays seeded AI-against-AI games headless for each match-up of the playable sides'
 * levels (every other actor at normal), with a progress bar, and writes a report
 * (Markdown, and HTML with charts): win rates and score spread per side and level,
 * meter ranges at the end, events that never fire, actions and terms the AI never
 * uses, game length and time per game.
 */

const LEVELS: AiLevel[] = ['easy', 'normal', 'hard'];

function parse(): { scenario: string; games: number; levels: AiLevel[]; out: string; all: boolean; workers: number | undefined; matchups: [AiLevel, AiLevel][] | undefined } {
  const { values } = parseArgs({
    options: {
      scenario: { type: 'string' },
      games: { type: 'string' },
      levels: { type: 'string' },
      out: { type: 'string' },
      all: { type: 'boolean' },
      workers: { type: 'string' },
      matchups: { type: 'string' },
    },
  });
  if (!values.scenario) {
    process.stderr.write('usage: npm run balance -- --scenario ID [--games N] [--levels easy,normal,hard] [--all] [--matchups normal:normal,hard:easy] [--workers N] [--out DIR]\n');
    process.exit(2);
  }
  const levels = (values.levels ?? 'easy,normal,hard').split(',').map((l) => l.trim()) as AiLevel[];
  for (const l of levels) {
    if (!LEVELS.includes(l)) {
      process.stderr.write(`unknown level "${l}" (use easy, normal, hard)\n`);
      process.exit(2);
    }
  }
  const games = Number(values.games ?? 20);
  if (!Number.isInteger(games) || games < 1) {
    process.stderr.write('--games must be a positive integer\n');
    process.exit(2);
  }
  const pairs = values.matchups?.split(',').map((m) => m.split(':') as [AiLevel, AiLevel]);
  for (const p of pairs ?? []) {
    if (p.length !== 2 || !p.every((l) => LEVELS.includes(l))) {
      process.stderr.write(`--matchups takes pairs like normal:normal,hard:easy (got "${p.join(':')}")\n`);
      process.exit(2);
    }
  }
  return { scenario: values.scenario, games, levels, out: values.out ?? 'reports', all: values.all ?? false, workers: values.workers ? Number(values.workers) : undefined, matchups: pairs };
}

/** The match-ups: each level against itself, and (with --all, or by default) the strongest against the weakest both ways. */
function matchups(sc: Scenario, levels: AiLevel[], all: boolean, given?: [AiLevel, AiLevel][]): Matchup[] {
  const sides = sc.actors.filter((a) => a.playable).map((a) => a.id);
  const [a, b] = sides;
  if (!a || !b) return [];
  const out: Matchup[] = [];
  if (given) return given.map(([x, y]) => ({ levels: { [a]: x, [b]: y }, label: `${a} ${x} vs ${b} ${y}` }));
  const pairs: [AiLevel, AiLevel][] = [];
  for (const x of levels) for (const y of levels) if (all || x === y) pairs.push([x, y]);
  const lo = levels[0];
  const hi = levels[levels.length - 1];
  if (!all && lo && hi && lo !== hi) pairs.push([hi, lo], [lo, hi]);
  for (const [x, y] of pairs) out.push({ levels: { [a]: x, [b]: y }, label: `${a} ${x} vs ${b} ${y}` });
  return out;
}

function progress(done: number, total: number, label: string): void {
  if (!process.stderr.isTTY && done !== total && done % Math.max(1, Math.floor(total / 10)) !== 0) return;
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${label}    ${process.stderr.isTTY ? '' : '\n'}`);
}

async function main(): Promise<void> {
  const args = parse();
  const { scenario: sc } = loadScenario(args.scenario);
  const ups = matchups(sc, args.levels, args.all, args.matchups);
  const total = ups.length * args.games;
  let done = 0;
  const started = process.hrtime.bigint();
  const results: MatchupResult[] = [];
  for (const up of ups) {
    const levels = Object.fromEntries(sc.actors.map((a) => [a.id, up.levels[a.id] ?? 'normal'])) as Record<string, AiLevel>;
    const seeds = Array.from({ length: args.games }, (_, i) => i + 1);
    const games = await runJob({ scenario: args.scenario, levels, seeds }, args.workers, () => progress(++done, total, up.label));
    results.push({ matchup: up, finals: games.map((g) => g.final), msPerGame: games.map((g) => g.ms) });
  }
  process.stderr.write('\n');
  mkdirSync(args.out, { recursive: true });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const md = `${balanceMarkdown(sc, results, args.games)}\nRun: ${total} games in ${wall.toFixed(1)} s on ${args.workers ?? 'all'} worker thread(s): ${(total / wall).toFixed(2)} games per second.\n`;
  writeFileSync(`${args.out}/balance-${sc.id}.md`, md);
  writeFileSync(`${args.out}/balance-${sc.id}.html`, balanceHtml(sc, results, md));
  process.stdout.write(`${md}\nwritten: ${args.out}/balance-${sc.id}.md and .html (${textOf(sc.title)})\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`balance: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
