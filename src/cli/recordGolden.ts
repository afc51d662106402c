import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCENARIO_DIR, scenarioIds } from '../headless';
import { type CliIo, loadOrSay, runWhenMain } from './cliIo';
import { firstDifferentAction, GOLDEN_DIR, type GoldenFile, type GoldenGame, recordGolden, turnOfAction } from './golden';

/**
 * `npm run golden:record [-- SCENARIO-ID...]`: plays the golden games of every scenario (or
 * those named) afresh and writes tests/golden/<id>.json, then says for each game whether it
 * changed and where. Run it when a change is meant to alter play or the state, and commit the
 * files with a word on why. The files are laid out as Biome formats them, so `npm run lint` passes.
 */
export function recordGoldenCli(argv: string[], io: CliIo, dir = GOLDEN_DIR): number {
  if (argv.some((a) => a.startsWith('-'))) {
    io.stderr('usage: npm run golden:record [-- SCENARIO-ID...]\n');
    return 2;
  }
  const ids = argv.length > 0 ? argv : scenarioIds();
  mkdirSync(dir, { recursive: true });
  for (const id of ids) {
    const loaded = loadOrSay(io, id);
    if (!loaded) return 1;
    const file = join(dir, `${loaded.scenario.id}.json`);
    const before = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as GoldenFile) : null;
    const golden = recordGolden(loaded.scenario, loaded.hash);
    const formatted = biomeFormat(`${layout(golden, '', 0)}\n`);
    if (!formatted.ok) {
      io.stderr(`golden:record: formatting ${file} with Biome failed: ${formatted.message}\n`);
      return 1;
    }
    writeFileSync(file, formatted.text);
    for (const g of golden.games)
      io.stdout(`${file}: ${g.name}, ${g.turns} turns, ${g.actions.length} actions, final hash ${g.finalHash}: ${changeOf(before, g)}\n`);
  }
  return 0;
}

/** How a game differs from its previous recording. */
export function changeOf(before: GoldenFile | null, g: GoldenGame): string {
  const old = before?.games.find((o) => o.name === g.name);
  if (!old) return 'new';
  const i = firstDifferentAction(old.actions, g.actions);
  if (i >= 0) {
    const where = `from action #${i} (turn ${turnOfAction(old.turnHashes, i)})`;
    return firstDifferentAction(old.actions, g.actions, true) < 0
      ? `same moves, the AI's reasons changed ${where}`
      : `play changed ${where}`;
  }
  return old.finalHash === g.finalHash ? 'unchanged' : 'same actions, the state changed';
}

/** Formats JSON as `npm run lint` wants it (Biome, through stdin, so any folder works). */
function biomeFormat(text: string): { ok: true; text: string } | { ok: false; message: string } {
  const root = join(SCENARIO_DIR, '..');
  const r = spawnSync(join(root, 'node_modules', '.bin', 'biome'), ['format', '--stdin-file-path=tests/golden/golden.json'], {
    cwd: root,
    input: text,
    encoding: 'utf8',
  });
  if (r.status !== 0 || !r.stdout) return { ok: false, message: r.error?.message ?? r.stderr.slice(0, 500) };
  return { ok: true, text: r.stdout };
}

const WIDTH = 140;

function oneLine(v: unknown): string {
  if (Array.isArray(v)) return v.length === 0 ? '[]' : `[${v.map(oneLine).join(', ')}]`;
  if (v !== null && typeof v === 'object') {
    const entries = Object.entries(v).filter(([, x]) => x !== undefined);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([k, x]) => `${JSON.stringify(k)}: ${oneLine(x)}`).join(', ')} }`;
  }
  return JSON.stringify(v) ?? 'null';
}

/**
 * JSON with each object or array on one line where it fits the line width, as Biome lays it out
 * (Biome keeps an object expanded when its source is): one action per line, so a diff shows moves.
 */
function layout(v: unknown, indent: string, used: number): string {
  const flat = oneLine(v);
  if (v === null || typeof v !== 'object' || indent.length + used + flat.length + 1 <= WIDTH) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(v)) return `[\n${v.map((x) => `${inner}${layout(x, inner, 0)}`).join(',\n')}\n${indent}]`;
  const entries = Object.entries(v).filter(([, x]) => x !== undefined);
  const lines = entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${layout(x, inner, JSON.stringify(k).length + 2)}`);
  return `{\n${lines.join(',\n')}\n${indent}}`;
}

runWhenMain(import.meta.url, (argv, io) => recordGoldenCli(argv, io));
