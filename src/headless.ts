/**
 * The headless entry: the same sim, for Node (tests, the command line, balance
 * runs). Reads scenario files from disk; everything else is the pure sim.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem, loadScenarioText } from './scenario/loadScenario';
import type { Scenario } from './sim';

export * from './sim/index';

export const SCENARIO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'scenarios');

export type LoadedScenario = { scenario: Scenario; hash: string; file: string };

/** Loads a scenario by id (from `scenarios/`) or by file path; throws an Error listing every problem. */
export function loadScenario(idOrFile: string): LoadedScenario {
  const file = existsSync(idOrFile) ? idOrFile : join(SCENARIO_DIR, `${idOrFile}.yaml`);
  if (!existsSync(file)) {
    throw new Error(`no scenario "${idOrFile}": not a file, and not one of: ${scenarioIds().join(', ')}`);
  }
  const r = loadScenarioText(readFileSync(file, 'utf8'), file);
  if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
  return { scenario: r.scenario, hash: r.hash, file };
}

/** Ids of the scenarios shipped in `scenarios/`. */
export function scenarioIds(): string[] {
  return readdirSync(SCENARIO_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -5))
    .sort();
}
