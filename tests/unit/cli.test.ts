import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { balanceCli, matchups, parseBalanceArgs } from '../../src/cli/balance';
import { calibrateCli } from '../../src/cli/calibrate';
import { type CliMain, type CliRun, runInProcess } from '../../src/cli/cliIo';
import type { GoldenFile } from '../../src/cli/golden';
import { changeOf, recordGoldenCli } from '../../src/cli/recordGolden';
import { scenarioCheckCli } from '../../src/cli/scenarioCheck';
import { simCli } from '../../src/cli/sim';
import { writeSchemaCli } from '../../src/cli/writeSchema';
import { loadScenario } from '../../src/headless';
import { scenarioJsonSchema } from '../../src/scenario/jsonSchema';
import { MAX_SCENARIO_BYTES } from '../../src/scenario/loadScenario';

/**
 * The command-line tools. Each tool is a function `(argv, io) → exit code`, so most cases run it
 * in this process with a sink that collects stdout and stderr (starting tsx costs seconds per
 * case). A few cases start the real process through npm or tsx, so the wiring (package.json
 * scripts, running only when executed directly, exit codes, worker threads) stays tested too.
 */

const ROOT = resolve(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const FIXTURES = join(ROOT, 'tests', 'fixtures');

type Run = { code: number | null; stdout: string; stderr: string };

function spawnRun(cmd: string, args: string[]): Promise<Run> {
  return new Promise((done, fail) => {
    const p = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    p.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    p.on('error', fail);
    p.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** Runs a CLI as a subprocess (tsx directly, so npm's own chatter stays out of the output). */
function processRun(script: string, args: string[]): Promise<Run> {
  return spawnRun(TSX, [join(ROOT, 'src', 'cli', script), ...args]);
}

/** Runs a package.json script the way a user does (`--silent` keeps npm's header out of stdout). */
function npmRun(script: string, args: string[]): Promise<Run> {
  return spawnRun(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', script, '--', ...args]);
}

// A case that starts a Node process allows for a busy machine (this is not a speed test).
const PROCESS_TIMEOUT = 120_000;

const run = (main: CliMain, args: string[]): Promise<CliRun> => runInProcess(main, args);

/** No stack trace in what a user sees. */
function expectNoStack(r: Run): void {
  for (const line of `${r.stdout}\n${r.stderr}`.split('\n')) expect(line).not.toMatch(/^\s+at /);
}

const tmp = mkdtempSync(join(tmpdir(), 'altiplano-cli-'));

beforeAll(() => {
  // The cases name files relative to the repository, as a user in its root does.
  expect(process.cwd()).toBe(ROOT);
});

describe('scenario:check', () => {
  it('exits 0 on a good file', async () => {
    const r = await run(scenarioCheckCli, ['scenarios/dev-sandbox.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^scenarios\/dev-sandbox\.yaml: ok/);
    expectNoStack(r);
  });

  it('exits 1 with a FILE:LINE:COLUMN line per problem on a bad file', async () => {
    const file = 'tests/fixtures/bad-three-errors.yaml';
    const r = await run(scenarioCheckCli, [file]);
    expect(r.code).toBe(1);
    const located = r.stdout.split('\n').filter((l) => l.startsWith(`${file}:`));
    expect(located.map((l) => l.split(':').slice(1, 3).join(':'))).toEqual(['5:8', '12:5', '50:13']);
    expect(r.stdout).toContain('1 of 1 file(s) have problems.');
    expectNoStack(r);
  });

  it(
    'as a real process (npm run scenario:check), a bad file exits 1 with the same located lines',
    async () => {
      const file = 'tests/fixtures/bad-three-errors.yaml';
      const [p, inProcess] = await Promise.all([npmRun('scenario:check', [file]), run(scenarioCheckCli, [file])]);
      expect(p.code).toBe(1);
      expect(p.stdout).toBe(inProcess.stdout);
      expect(p.stdout).toContain(`${file}:5:8:`);
      expectNoStack(p);
    },
    PROCESS_TIMEOUT,
  );

  it('checks several files, and exits 1 if any is bad', async () => {
    const r = await run(scenarioCheckCli, ['scenarios/dev-sandbox.yaml', join(FIXTURES, 'bad-three-errors.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('dev-sandbox.yaml: ok');
    expect(r.stdout).toContain('1 of 2 file(s) have problems.');
  });

  it('exits 1 with a clear message for a missing file', async () => {
    const r = await run(scenarioCheckCli, ['scenarios/no-such-file.yaml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^scenarios\/no-such-file\.yaml:1:1: cannot read the file \(ENOENT\)/);
    expectNoStack(r);
  });

  it('exits 1 for a file that is too large or binary, without a stack trace', async () => {
    const huge = join(tmp, 'huge.yaml');
    writeFileSync(huge, `id: x\n# ${'x'.repeat(MAX_SCENARIO_BYTES)}\n`);
    const bin = join(tmp, 'bin.yaml');
    writeFileSync(bin, Buffer.from([0x69, 0x64, 0x3a, 0x00, 0xff, 0xfe, 0x00]));
    const r = await run(scenarioCheckCli, [huge, bin]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${huge}:1:1: the file is`);
    expect(r.stdout).toContain(`${bin}:1:1: this is not a text file`);
    expectNoStack(r);
  });

  it('exits 2 with usage when called without files', async () => {
    const r = await run(scenarioCheckCli, []);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('usage:');
  });
});

describe('sim', () => {
  const args = ['--scenario', 'dev-sandbox', '--seed', '3'];

  it(
    'gives byte-identical output for the same arguments, in-process and as a real process (npm run sim)',
    async () => {
      const [p, a, b] = await Promise.all([npmRun('sim', args), run(simCli, args), run(simCli, args)]);
      expect(a.code).toBe(0);
      expect(a.stdout.length).toBeGreaterThan(200);
      expect(b.stdout).toBe(a.stdout);
      expect(a.stdout).toMatch(/^Development sandbox — seed 3, 8 turns/);
      expect(a.stdout).toMatch(/\nturn 8 \(2027 Q4\)\n/);
      expect(p.code).toBe(0);
      expect(p.stdout).toBe(a.stdout);
      expect(p.stderr).toBe('');
      const other = await run(simCli, ['--scenario', 'dev-sandbox', '--seed', '4']);
      expect(other.stdout).not.toBe(a.stdout);
    },
    PROCESS_TIMEOUT,
  );

  it('--json parses, with per-turn entries and final scores', async () => {
    const r = await run(simCli, [...args, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      scenario: string;
      seed: number;
      turns: number;
      perTurn: { turn: number; date: string; actions: string[]; meters: Record<string, number> }[];
      end: { reason: string; scores: Record<string, { score: number; max: number }> };
    };
    expect(out).toMatchObject({ scenario: 'dev-sandbox', seed: 3 });
    // The text run above shows seed 3 playing its full eight turns.
    expect(out.end.reason).toBe('length');
    expect(out.perTurn).toHaveLength(8);
    expect(out.perTurn.map((t) => t.turn)).toEqual(out.perTurn.map((_, i) => i + 1));
    for (const t of out.perTurn) expect(Number.isFinite(t.meters.gdp)).toBe(true);
    expect(Object.keys(out.end.scores).sort()).toEqual(['bolivia', 'china', 'us']);
    for (const card of Object.values(out.end.scores)) expect(card.score).toBeLessThanOrEqual(card.max);
  });

  it('--turns shortens the game', async () => {
    const r = await run(simCli, [...args, '--turns', '2', '--json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { perTurn: unknown[] }).perTurn).toHaveLength(2);
  });

  it.each([
    [[] as string[]],
    [['--scenario', 'dev-sandbox']],
    [['--scenario', 'dev-sandbox', '--seed', 'three']],
    [['--scenario', 'dev-sandbox', '--seed', '3', '--bogus']],
  ])('bad arguments %j exit 2 with usage or a reason', async (bad) => {
    const r = await run(simCli, bad);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/usage: |must be/);
    expectNoStack(r);
  });

  it('an unknown scenario exits 1 with a message', async () => {
    const r = await run(simCli, ['--scenario', 'atlantis', '--seed', '1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no scenario "atlantis"/);
    expect(r.stderr).toContain('dev-sandbox');
    expectNoStack(r);
  });

  it('a bad scenario file exits 1 with its located problems', async () => {
    const r = await run(simCli, ['--scenario', 'tests/fixtures/bad-three-errors.yaml', '--seed', '1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('tests/fixtures/bad-three-errors.yaml:5:8:');
    expectNoStack(r);
  });
});

describe('the generated JSON Schema', () => {
  it('scenarios/scenario.schema.json is what the zod schema generates', () => {
    const onDisk = readFileSync(join(ROOT, 'scenarios', 'scenario.schema.json'), 'utf8');
    expect(onDisk).toBe(`${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
  });

  it('writeSchema --check exits 0', async () => {
    const r = await run(writeSchemaCli, ['--check']);
    expect(r.stdout).toContain('is up to date');
    expect(r.code).toBe(0);
  });

  it('writeSchema --check exits 1 on a stale file, and writing brings it up to date', async () => {
    const file = join(tmp, 'scenario.schema.json');
    writeFileSync(file, '{}\n');
    const stale = await runInProcess((argv, io) => writeSchemaCli(argv, io, file), ['--check']);
    expect(stale.code).toBe(1);
    expect(stale.stdout).toContain('is out of date: run npm run scenario:schema');
    const wrote = await runInProcess((argv, io) => writeSchemaCli(argv, io, file), []);
    expect(wrote).toMatchObject({ code: 0, stdout: `wrote ${file}\n` });
    expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
  });
});

describe('calibrate', () => {
  it('prints a row per meter with a cell per calendar year; the same for the same arguments', async () => {
    const args = ['--scenario', 'dev-sandbox', '--seeds', '2'];
    const [a, b] = [await run(calibrateCli, args), await run(calibrateCli, args)];
    expect(a.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    expect(a.stdout).toMatch(/^dev-sandbox: 2 seeds, passive policy; mean \[p10–p90\] per calendar year\n/);
    expect(a.stdout).toMatch(/\ngdp +2026: [\d.]+ \[[\d.]+–[\d.]+\] {2}2027: /);
    expect(a.stdout).toContain('\ngrowth (year mean) ');
  });

  it('without a scenario exits 2 with usage', async () => {
    const r = await run(calibrateCli, []);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('usage:');
  });
});

describe('golden:record', () => {
  it("records a scenario's golden games and says they are new", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'altiplano-golden-'));
    const r = await runInProcess((a, io) => recordGoldenCli(a, io, dir), ['dev-sandbox']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/dev-sandbox\.json: full, 8 turns, \d+ actions, final hash [0-9a-f]{16}: new\n/);
    expect(r.stdout).toMatch(/dev-sandbox\.json: short, 3 turns, \d+ actions, final hash [0-9a-f]{16}: new\n/);
    expect(r.stdout).toMatch(/dev-sandbox\.json: late, 3 turns, \d+ actions, final hash [0-9a-f]{16}: new\n$/);
    const golden = JSON.parse(readFileSync(join(dir, 'dev-sandbox.json'), 'utf8')) as GoldenFile;
    expect(golden.games.map((g) => [g.name, g.turns, g.seed, g.level])).toEqual([
      ['full', 8, 1, 'normal'],
      ['short', 3, 1, 'normal'],
      ['late', 3, 1, 'normal'],
    ]);
    // What it says on the next recording: unchanged, new moves (and from where), new words only, or a new state.
    const game = golden.games[0];
    if (!game) expect.fail('no game');
    expect(changeOf(golden, game)).toBe('unchanged');
    const i = game.actions.findIndex((x) => 'reason' in x);
    expect(i).toBeGreaterThan(0);
    const turn = game.turnHashes.find((t) => t.actions > i)?.turn;
    const moved = {
      ...game,
      actions: game.actions.map((x, j) => (j === i && 'actor' in x ? { type: 'endPhase' as const, actor: x.actor } : x)),
    };
    expect(changeOf(golden, moved)).toBe(`play changed from action #${i} (turn ${turn})`);
    const reworded = { ...game, actions: game.actions.map((x, j) => (j === i ? { ...x, reason: [] } : x)) };
    expect(changeOf(golden, reworded)).toBe(`same moves, the AI's reasons changed from action #${i} (turn ${turn})`);
    expect(changeOf(golden, { ...game, finalHash: '0000000000000000' })).toBe('same actions, the state changed');
  });

  it('an option exits 2 with usage; an unknown scenario exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'altiplano-golden-'));
    const bad = await runInProcess((a, io) => recordGoldenCli(a, io, dir), ['--all']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('usage:');
    const missing = await runInProcess((a, io) => recordGoldenCli(a, io, dir), ['atlantis']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no scenario "atlantis"/);
  });
});

describe('balance', () => {
  it('plays the default match-ups and writes a report with levels, objectives and usage', async () => {
    const out = mkdtempSync(join(tmpdir(), 'altiplano-balance-'));
    // One worker thread plays the games in this thread; the real process below covers worker threads.
    const r = await run(balanceCli, ['--scenario', 'dev-sandbox', '--games', '3', '--workers', '1', '--out', out]);
    expectNoStack(r);
    expect(r.code).toBe(0);
    const md = readFileSync(join(out, 'balance-dev-sandbox.md'), 'utf8');
    // Default match-ups: normal against itself, easy and hard against normal both ways, hard against easy both ways.
    const rows = md.split('\n').filter((l) => /^\| \w+ (easy|normal|hard) vs \w+ (easy|normal|hard) \|/.test(l));
    expect(rows.map((l) => l.split(' | ')[0])).toEqual([
      '| us normal vs bolivia normal',
      '| us easy vs bolivia normal',
      '| us normal vs bolivia easy',
      '| us hard vs bolivia normal',
      '| us normal vs bolivia hard',
      '| us hard vs bolivia easy',
      '| us easy vs bolivia hard',
    ]);
    expect(md).toContain('3 seeded games (seeds 1–3) per match-up');
    expect(md).toMatch(/\| us \| \d+% \(mean [\d.]+\) \| \d+% \(mean [\d.]+\) \| \d+% \(mean [\d.]+\) \|/);
    expect(md).toMatch(/Median scores, normal against normal .*: us [\d.]+, bolivia [\d.]+/);
    expect(md).toContain('## Objectives (mean share of the points reached at the end)');
    expect(md).toMatch(/## Events/);
    expect(md).toMatch(/## Actions/);
    expect(md).toMatch(/Run: 21 games in [\d.]+ s on 1 worker thread\(s\)/);
    expect(readFileSync(join(out, 'balance-dev-sandbox.html'), 'utf8')).toContain('<svg');
  });

  it(
    'as a real process on worker threads, writes the same report as in one thread',
    async () => {
      const [threads, one] = [mkdtempSync(join(tmpdir(), 'altiplano-balance-')), mkdtempSync(join(tmpdir(), 'altiplano-balance-'))];
      const args = ['--scenario', 'dev-sandbox', '--games', '2', '--matchups', 'normal:normal', '--out'];
      const [p, inProcess] = await Promise.all([
        processRun('balance.ts', [...args, threads, '--workers', '2']),
        run(balanceCli, [...args, one, '--workers', '1']),
      ]);
      expectNoStack(p);
      expect(p.code).toBe(0);
      expect(inProcess.code).toBe(0);
      const md = readFileSync(join(threads, 'balance-dev-sandbox.md'), 'utf8');
      expect(md).toMatch(/\nRun: 2 games in [\d.]+ s on 2 worker thread\(s\)/);
      // Only the timings (each match-up's milliseconds per game, the run line) may differ.
      const untimed = (text: string) =>
        text.replace(/^(\| \w+ (?:easy|normal|hard) vs .* \| )\d+( \|)$/gm, '$1ms$2').replace(/^Run: .*$/m, 'Run: …');
      expect(untimed(md)).toBe(untimed(readFileSync(join(one, 'balance-dev-sandbox.md'), 'utf8')));
      expect(readFileSync(join(threads, 'balance-dev-sandbox.html'), 'utf8')).toContain('<svg');
    },
    PROCESS_TIMEOUT,
  );

  it('the default match-ups, and every pair with --all', () => {
    const sc = loadScenario('dev-sandbox').scenario;
    const labels = (all: boolean) => matchups(sc, ['easy', 'normal', 'hard'], all).map((m) => m.label);
    expect(labels(false)).toEqual([
      'us normal vs bolivia normal',
      'us easy vs bolivia normal',
      'us normal vs bolivia easy',
      'us hard vs bolivia normal',
      'us normal vs bolivia hard',
      'us hard vs bolivia easy',
      'us easy vs bolivia hard',
    ]);
    expect(labels(true)).toHaveLength(9);
    expect(matchups(sc, ['easy', 'normal', 'hard'], false, [['hard', 'easy']])).toEqual([
      { levels: { us: 'hard', bolivia: 'easy' }, label: 'us hard vs bolivia easy' },
    ]);
  });

  it('a preset length (--turns picks the preset of that length) gets its own report file and says so', async () => {
    const out = mkdtempSync(join(tmpdir(), 'altiplano-balance-'));
    // One worker thread: the games are played in this thread, so the whole tool runs in-process.
    const r = await run(balanceCli, [
      '--scenario',
      'dev-sandbox',
      '--games',
      '1',
      '--turns',
      '3',
      '--matchups',
      'normal:normal',
      '--workers',
      '1',
      '--out',
      out,
    ]);
    expect(r.code).toBe(0);
    // dev-sandbox's 3-turn preset is `short`: the file and the report name it.
    const md = readFileSync(join(out, 'balance-dev-sandbox-short.md'), 'utf8');
    expect(md).toContain('preset `short` (Short test): 3 turns of 8 from scenario turn 1');
    expect(md).toMatch(/\| us normal vs bolivia normal \| .* \| 3\.0 \|/);
    expect(r.stdout).toContain(`written: ${out}/balance-dev-sandbox-short.md and .html (Development sandbox)`);
  });

  it('bad arguments exit 2 with a message', async () => {
    const r = await run(balanceCli, ['--scenario', 'dev-sandbox', '--turns', 'six']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--turns must be a positive integer/);
    const m = await run(balanceCli, ['--scenario', 'dev-sandbox', '--matchups', 'normal:expert']);
    expect(m.code).toBe(2);
    expect(m.stderr).toMatch(/--matchups takes pairs/);
    expectNoStack(m);
    expect(parseBalanceArgs(['--scenario', 'dev-sandbox', '--games', '0'])).toEqual({
      ok: false,
      message: '--games must be a positive integer\n',
    });
    expect(parseBalanceArgs(['--scenario', 'dev-sandbox', '--levels', 'easy,expert'])).toMatchObject({ ok: false });
    expect(parseBalanceArgs([])).toMatchObject({ ok: false, message: expect.stringContaining('usage:') });
  });
});
