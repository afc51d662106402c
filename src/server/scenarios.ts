import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem, loadScenarioText } from '../scenario/loadScenario';
import type { ScenarioEntry } from '../state/gameChoice';

/**
 * The scenario files of `dir`, each parsed and checked as the build does (the same hash the
 * game's cards carry) when first asked for: a server starts without parsing files no class plays
 * (parsing all three took seconds on a busy machine). A file is looked for as `ID.yaml` first, the
 * way the shipped files are named; an id found nowhere else has every file read once. A file that
 * does not check throws, naming every problem.
 */
class ScenarioFiles extends Map<string, ScenarioEntry> {
  private scanned = false;

  constructor(private readonly dir: string) {
    super();
  }

  private load(file: string): ScenarioEntry {
    const r = loadScenarioText(readFileSync(file, 'utf8'), file);
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    const entry = { id: r.scenario.id, hash: r.hash, scenario: r.scenario };
    super.set(entry.id, entry);
    return entry;
  }

  override get(id: string): ScenarioEntry | undefined {
    const known = super.get(id);
    if (known || this.scanned) return known;
    const named = join(this.dir, `${id}.yaml`);
    if (/^[\w-]+$/.test(id) && existsSync(named) && this.load(named).id === id) return super.get(id);
    this.scanned = true;
    for (const f of readdirSync(this.dir).filter((x) => x.endsWith('.yaml'))) this.load(join(this.dir, f));
    return super.get(id);
  }

  override has(id: string): boolean {
    return this.get(id) !== undefined;
  }
}

export function loadScenarios(dir: string): Map<string, ScenarioEntry> {
  return new ScenarioFiles(dir);
}
