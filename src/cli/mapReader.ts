import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type MapReader, SHIPPED_MAP } from '../scenario/loadWithMap';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Finds a scenario's map file: the shipped map of Bolivia (assets/map/bolivia-region.geojson)
 * for `bolivia`, else `maps/NAME.geojson` beside the scenario file (scenarios/maps/ for the
 * shipped scenarios, as the build looks there too).
 */
export function mapReaderFor(scenarioFile: string): MapReader {
  return (name) => {
    const path =
      name === SHIPPED_MAP ? join(ROOT, 'assets', 'map', 'bolivia-region.geojson') : join(dirname(scenarioFile), 'maps', `${name}.geojson`);
    if (!existsSync(path)) return null;
    const shown = relative(process.cwd(), path) || path;
    return { path: shown, text: readFileSync(path, 'utf8') };
  };
}
