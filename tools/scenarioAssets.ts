import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mapReaderFor } from '../src/cli/mapReader';
import { formatProblem } from '../src/scenario/loadScenario';
import { loadScenarioWithMap } from '../src/scenario/loadWithMap';
import { faceOf, type ScenarioCard } from '../src/state/scenarioCard';

/** A scenario as the build ships it: its file's name under the output, its JSON, and its card in the catalogue. */
export type ScenarioAsset = { fileName: string; json: string; card: ScenarioCard };

/**
 * Reads and checks every scenario file of `dir`; each becomes an asset named by its id and hash
 * (a changed scenario gets a new name, so no cache serves the old one). Problems are returned as
 * FILE:LINE:COLUMN lines.
 */
export function scenarioAssets(
  dir: string,
  onFile: (file: string) => void = () => undefined,
): { assets: ScenarioAsset[]; problems: string[] } {
  const assets: ScenarioAsset[] = [];
  const problems: string[] = [];
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.yaml'))
    .sort()) {
    const file = join(dir, f);
    onFile(file);
    const r = loadScenarioWithMap(readFileSync(file, 'utf8'), `scenarios/${f}`, mapReaderFor(file));
    if (!r.ok) {
      problems.push(...r.problems.map(formatProblem));
      continue;
    }
    const fileName = `assets/scenario-${r.scenario.id}-${r.hash}.json`;
    // Relative to the page (index.html and teacher-guide.html both sit at the root), as `base: './'` is.
    const card: ScenarioCard = { id: r.scenario.id, hash: r.hash, url: `./${fileName}`, face: faceOf(r.scenario) };
    assets.push({ fileName, json: JSON.stringify(r.scenario), card });
  }
  return { assets, problems };
}
