import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem, loadScenarioText } from '../scenario/loadScenario';
import type { ScenarioEntry } from '../state/gameChoice';

/** Every scenario file of `dir`, parsed and checked as the build does (the same hash the game's cards carry). */
export function loadScenarios(dir: string): Map<string, ScenarioEntry> {
  const out = new Map<string, ScenarioEntry>();
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.yaml'))
    .sort()) {
    const file = join(dir, f);
    const r = loadScenarioText(readFileSync(file, 'utf8'), file);
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    out.set(r.scenario.id, { id: r.scenario.id, hash: r.hash, scenario: r.scenario });
  }
  return out;
}
