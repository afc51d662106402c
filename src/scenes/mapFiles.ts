import boliviaUrl from '../../assets/map/bolivia-region.geojson?url';
import { DEFAULT_MAP } from './world';

/**
 * The map files the build ships, by the name a scenario's `map.regions` gives: the shipped map of
 * Bolivia and its neighbours, and every GeoJSON file an author puts in `scenarios/maps/`.
 */
const scenarioMaps = import.meta.glob('../../scenarios/maps/*.geojson', { query: '?url', import: 'default', eager: true }) as Record<
  string,
  string
>;

export function mapUrlOf(name: string): string | null {
  if (name === DEFAULT_MAP) return boliviaUrl;
  return scenarioMaps[`../../scenarios/maps/${name}.geojson`] ?? null;
}
