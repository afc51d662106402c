import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type LoadedScenario, loadScenario, SCENARIO_DIR, scenarioIds } from '../headless';
import { type CliIo, runWhenMain } from './cliIo';
import { firstDifferentAction, GOLDEN_DIR, type GoldenFile, recordGolden, turnOfAction } from './golden';

/**
 * `npm run golden:record [-- SCENARIO-ID...]`: plays the golden games of every scenario (or
 * those named) afresh and writes tests/golden/<id>.json, then says for each game whether it
 * changed and where. Run it when a change is meant to alter play or the state, and commit the
 * files with a word on why. The files are formatted with Biome so that `npm run lint` passes.
 */
export function recordGoldenCli(argv: string[], io: CliIo, dir = GOLDEN_DIR): number {
  if (argv.some((a) => a.startsWith('-'))) {
    io.stderr('usage: npm run golden:record [-- SCENARIO-ID...]\n');
    return 2;
  }
  const ids = argv.length > 0 ? argv : scenarioIds();
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const id of ids) {
    let loaded: LoadedScenario;
    try {
      loaded = loadScenario(id);
    } catch (e) {
      io.stderr(`${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    }
    const file = join(dir, `${loaded.scenario.id}.json`);
    const before = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as GoldenFile) : null;
    const golden = recordGolden(loaded.scenario, loaded.hash);
    writeFileSync(file, `${layout(golden, '', 0)}\n`);
    written.push(file);
    for (const g of golden.games) {
      const old = before?.games.find((o) => o.name === g.name);
      let change = 'new';
      if (old) {
        const i = firstDifferentAction(old.actions, g.actions);
        change =
          i >= 0
            ? `play changed from action #${i} (turn ${turnOfAction(old.turnHashes, i)})`
            : old.finalHash !== g.finalHash
              ? 'same actions, the state changed'
              : 'unchanged';
      }
      io.stdout(`${file}: ${g.name}, ${g.turns} turns, ${g.actions.length} actions, final hash ${g.finalHash}: ${change}\n`);
    }
  }
  // Biome lays JSON out its own way (short objects on one line); format so the lint check passes.
  const biome = join(SCENARIO_DIR, '..', 'node_modules', '.bin', 'biome');
  const r = spawnSync(biome, ['format', '--write', ...written], { encoding: 'utf8' });
  if (r.status !== 0) {
    io.stderr(`golden:record: the files are written, but formatting them with Biome failed:\n${r.stderr ?? r.error?.message ?? ''}\n`);
    return 1;
  }
  return 0;
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
