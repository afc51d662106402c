import { LineCounter, parseDocument } from 'yaml';
import { type LoadResult, loadScenarioText, type Problem } from './loadScenario';
import { locate, pathText } from './locate';
import { checkScenarioMap } from './mapCheck';
import { plainProblem } from './problem';

/** A map file found for a scenario: the path to name in messages and its text; null when there is none. */
export type MapReader = (name: string) => { path: string; text: string } | null;

/** The name `map.regions` takes when a scenario gives none: the shipped map of Bolivia. */
export const SHIPPED_MAP = 'bolivia';

/**
 * Loads a scenario as `loadScenarioText` does, then checks it against its map file (see
 * `checkScenarioMap`): problems in the map file name that file and its line; problems in the
 * scenario (a department with no region, a site with no position or outside its department)
 * name the scenario file at the entry's line. Where files can be read (the command line, the build).
 */
export function loadScenarioWithMap(text: string, file: string, readMap: MapReader): LoadResult {
  const r = loadScenarioText(text, file);
  if (!r.ok) return r;
  const name = r.scenario.map?.regions ?? SHIPPED_MAP;
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });
  const here = (path: readonly (string | number)[], message: string): Problem => {
    const at = locate(doc, lc, path);
    return plainProblem(file, at.line, at.column, message);
  };
  const map = readMap(name);
  if (!map)
    return {
      ok: false,
      problems: [here(['map', 'regions'], `map.regions: no map file "${name}": put it at scenarios/maps/${name}.geojson`)],
      warnings: r.warnings,
    };
  const check = checkScenarioMap(r.scenario, map.text);
  const problems: Problem[] = [
    ...check.file.map((p) => plainProblem(map.path, p.line, p.column, p.message)),
    ...check.scenario.map((p) => here(p.path as (string | number)[], `${pathText(p.path, r.scenario)}: ${p.message}`)),
  ];
  return problems.length > 0 ? { ok: false, problems, warnings: r.warnings } : r;
}
