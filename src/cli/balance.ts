import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type AiLevel, loadScenario, type Scenario, textOf } from '../headless';
import { findPreset } from './balanceMetrics';
import { balanceHtml, balanceMarkdown, type Matchup, type MatchupResult } from './balanceReport';
import { runJobs } from './balanceRun';
import { type CliIo, runWhenMain } from './cliIo';

/**
 * `npm run balance -- --scenario ID [--games N] [--levels easy,normal,hard] [--preset ID | --turns N] [--out DIR]`:
 * plays seeded AI-against-AI games headless for each match-up of the playable sides'
 * levels (every other actor at normal; see `matchups`), with a progress bar, and writes a report
 * (Markdown, and HTML with charts): the targets (most-signed term, score spread, the least
 * separation between levels, events that never fire), win rates and score spread per side and
 * level, meter ranges at the end, events that never fire (of those the preset lets fire), actions
 * the AI never uses, each term's fate per match-up, game length and time per game. `--preset ID`
 * plays a preset (its start, length, world and events); `--turns N` picks the preset of that length.
 */

const LEVELS: AiLevel[] = ['easy', 'normal', 'hard'];
const USAGE =
  'usage: npm run balance -- --scenario ID [--games N] [--levels easy,normal,hard] [--all] [--matchups normal:normal,hard:easy] [--preset ID | --turns N] [--cap TERM=SHARE,...] [--workers N] [--out DIR]\n';

/** What the command line asks for. */
export type BalanceArgs = {
  scenario: string;
  /** A preset by id; `turns` picks the preset of that length (or, when none has it, just shortens the game). */
  preset: string | undefined;
  turns: number | undefined;
  games: number;
  levels: AiLevel[];
  out: string;
  all: boolean;
  workers: number | undefined;
  matchups: [AiLevel, AiLevel][] | undefined;
  /** Scenario-specific targets: the most a term may be signed in, as a share of games (`--cap dea_return=0.33`). */
  caps: Record<string, number>;
};

/** Reads the arguments: what they ask for, or the message for stderr when they are wrong (exit 2). */
export function parseBalanceArgs(argv: string[]): { ok: true; args: BalanceArgs } | { ok: false; message: string } {
  let values: {
    scenario?: string;
    games?: string;
    levels?: string;
    out?: string;
    all?: boolean;
    workers?: string;
    matchups?: string;
    cap?: string;
    turns?: string;
    preset?: string;
  };
  try {
    values = parseArgs({
      args: argv,
      options: {
        scenario: { type: 'string' },
        games: { type: 'string' },
        levels: { type: 'string' },
        out: { type: 'string' },
        all: { type: 'boolean' },
        workers: { type: 'string' },
        matchups: { type: 'string' },
        cap: { type: 'string' },
        turns: { type: 'string' },
        preset: { type: 'string' },
      },
    }).values;
  } catch (e) {
    return { ok: false, message: `${e instanceof Error ? e.message : String(e)}\n${USAGE}` };
  }
  if (!values.scenario) return { ok: false, message: USAGE };
  const levels = (values.levels ?? 'easy,normal,hard').split(',').map((l) => l.trim()) as AiLevel[];
  for (const l of levels) {
    if (!LEVELS.includes(l)) return { ok: false, message: `unknown level "${l}" (use easy, normal, hard)\n` };
  }
  const games = Number(values.games ?? 20);
  if (!Number.isInteger(games) || games < 1) return { ok: false, message: '--games must be a positive integer\n' };
  const turns = values.turns === undefined ? undefined : Number(values.turns);
  if (turns !== undefined && (!Number.isInteger(turns) || turns < 1)) {
    return { ok: false, message: '--turns must be a positive integer (a preset length, such as 6 for the class game)\n' };
  }
  if (values.preset !== undefined && turns !== undefined) {
    return { ok: false, message: '--preset and --turns choose the same thing: give one of them\n' };
  }
  if (values.preset === '') return { ok: false, message: '--preset takes a preset id, such as class\n' };
  const caps: Record<string, number> = {};
  for (const c of values.cap?.split(',') ?? []) {
    const [term, share] = c.split('=');
    const x = Number(share);
    if (!term || share === undefined || share.trim() === '' || !Number.isFinite(x) || x < 0 || x > 1) {
      return {
        ok: false,
        message: `--cap takes a term and the most share of games it may be signed in, like dea_return=0.33 (got "${c}")\n`,
      };
    }
    caps[term.trim()] = x;
  }
  const pairs = values.matchups?.split(',').map((m) => m.split(':') as [AiLevel, AiLevel]);
  for (const p of pairs ?? []) {
    if (p.length !== 2 || !p.every((l) => LEVELS.includes(l))) {
      return { ok: false, message: `--matchups takes pairs like normal:normal,hard:easy (got "${p.join(':')}")\n` };
    }
  }
  return {
    ok: true,
    args: {
      scenario: values.scenario,
      preset: values.preset,
      turns,
      games,
      levels,
      out: values.out ?? 'reports',
      all: values.all ?? false,
      workers: values.workers ? Number(values.workers) : undefined,
      matchups: pairs,
      caps,
    },
  };
}

/**
 * The match-ups. By default: the reference level (normal) against itself, every other level
 * against the reference both ways (so each level of each side meets the same opponent), and
 * the strongest against the weakest both ways. With --all, every pair.
 */
export function matchups(sc: Scenario, levels: AiLevel[], all: boolean, given?: [AiLevel, AiLevel][]): Matchup[] {
  const sides = sc.actors.filter((a) => a.playable).map((a) => a.id);
  const [a, b] = sides;
  if (!a || !b) return [];
  const label = ([x, y]: [AiLevel, AiLevel]): Matchup => ({ levels: { [a]: x, [b]: y }, label: `${a} ${x} vs ${b} ${y}` });
  if (given) return given.map(label);
  const pairs: [AiLevel, AiLevel][] = [];
  const add = (x: AiLevel, y: AiLevel): void => {
    if (!pairs.some(([p, q]) => p === x && q === y)) pairs.push([x, y]);
  };
  if (all) for (const x of levels) for (const y of levels) add(x, y);
  else {
    const ref = levels.includes('normal') ? 'normal' : levels[Math.floor(levels.length / 2)];
    if (!ref) return [];
    add(ref, ref);
    for (const l of levels) {
      if (l === ref) continue;
      add(l, ref);
      add(ref, l);
    }
    const lo = levels[0];
    const hi = levels[levels.length - 1];
    if (lo && hi && lo !== hi) {
      add(hi, lo);
      add(lo, hi);
    }
  }
  return pairs.map(label);
}

/** The progress bar on stderr, with the rate so far and the time left at that rate (a 200-seed run takes minutes). */
function progress(io: CliIo, done: number, total: number, label: string, seconds: number): void {
  if (!io.stderrIsTTY && done !== total && done % Math.max(1, Math.floor(total / 10)) !== 0) return;
  const width = 30;
  const filled = Math.round((done / total) * width);
  const rate = seconds > 0 ? done / seconds : 0;
  const left = rate > 0 ? `, ${rate.toFixed(2)} games/s, ~${Math.ceil((total - done) / rate)} s left` : '';
  io.stderr(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${label}${left}    ${io.stderrIsTTY ? '' : '\n'}`);
}

/** `npm run balance`: the arguments in, the report written to `--out` and stdout, the exit code back. */
export async function balanceCli(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseBalanceArgs(argv);
  if (!parsed.ok) {
    io.stderr(parsed.message);
    return 2;
  }
  try {
    await balance(parsed.args, io);
    return 0;
  } catch (e) {
    io.stderr(`balance: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

/** The file name of a report: the scenario, and the preset played (or the number of turns when no preset has that length). */
export function reportName(sc: Scenario, presetId: string | undefined, turns: number | undefined): string {
  if (presetId !== undefined) return `balance-${sc.id}-${presetId}`;
  return `balance-${sc.id}${turns !== undefined && turns < sc.turns ? `-${turns}-turns` : ''}`;
}

async function balance(args: BalanceArgs, io: CliIo): Promise<void> {
  const { scenario: sc } = loadScenario(args.scenario);
  const preset = findPreset(sc, { preset: args.preset, turns: args.turns });
  if (args.preset !== undefined && !preset) {
    const ids = (sc.presets ?? []).map((p) => p.id);
    throw new Error(`no preset "${args.preset}" in ${sc.id} (${ids.length ? `it has: ${ids.join(', ')}` : 'it has none'})`);
  }
  const turns = preset?.turns ?? args.turns;
  const unknown = Object.keys(args.caps).filter((t) => !(sc.terms ?? []).some((x) => x.id === t));
  if (unknown.length) throw new Error(`--cap names no term of ${sc.id}: ${unknown.join(', ')}`);
  const ups = matchups(sc, args.levels, args.all, args.matchups);
  const total = ups.length * args.games;
  let done = 0;
  const started = process.hrtime.bigint();
  // CPU time of the whole process (every thread): what the games cost, whatever else the machine runs.
  const cpu0 = process.cpuUsage();
  const jobs = ups.map((up) => ({
    scenario: args.scenario,
    levels: Object.fromEntries(sc.actors.map((a) => [a.id, up.levels[a.id] ?? 'normal'])) as Record<string, AiLevel>,
    seeds: Array.from({ length: args.games }, (_, i) => i + 1),
    ...(turns !== undefined ? { turns } : {}),
    ...(preset ? { preset: preset.id } : {}),
  }));
  const played = await runJobs(
    jobs,
    args.workers,
    (job) => {
      done++;
      progress(io, done, total, ups[job]?.label ?? '', Number(process.hrtime.bigint() - started) / 1e9);
    },
    sc,
  );
  const results: MatchupResult[] = ups.map((matchup, i) => {
    const games = played[i] ?? [];
    return { matchup, finals: games.map((g) => g.final), msPerGame: games.map((g) => g.ms) };
  });
  io.stderr('\n');
  mkdirSync(args.out, { recursive: true });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const used = process.cpuUsage(cpu0);
  const cpu = (used.user + used.system) / 1e6;
  const length = preset ? { preset: preset.id } : turns !== undefined ? { turns } : {};
  const md = `${balanceMarkdown(sc, results, args.games, length, args.caps)}\nRun: ${total} games in ${wall.toFixed(1)} s on ${args.workers ?? 'all'} worker thread(s): ${(total / wall).toFixed(2)} games per second; ${cpu.toFixed(1)} s of CPU, ${(cpu / total).toFixed(2)} s a game.\n`;
  const name = reportName(sc, preset?.id, turns);
  writeFileSync(`${args.out}/${name}.md`, md);
  writeFileSync(`${args.out}/${name}.html`, balanceHtml(sc, results, md));
  io.stdout(`${md}\nwritten: ${args.out}/${name}.md and .html (${textOf(sc.title)})\n`);
}

runWhenMain(import.meta.url, balanceCli);
