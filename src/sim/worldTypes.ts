/** The scenario's world as data for the interface: site markers, route sides, the map file and window. The rules never read these. */

/** The kind of marker a site has: each its own shape (and a line in the map's legend). */
export type SiteMarker = 'capital' | 'city' | 'port' | 'lithium' | 'gas' | 'coca' | 'mine';

/** The side of the map a foreign power's routes come in from. */
export type Compass = 'north' | 'northeast' | 'east' | 'southeast' | 'south' | 'southwest' | 'west' | 'northwest';

/**
 * The scenario's world for the interface: its host country's map and the window shown. Only the
 * interface reads it; the rules never do.
 */
export type ScenarioMap = {
  /**
   * The regions' map: a GeoJSON file in `scenarios/maps/` named without its `.geojson`
   * (`ruritania` for scenarios/maps/ruritania.geojson). Absent: the shipped map of Bolivia and
   * its neighbours (assets/map/bolivia-region.geojson).
   */
  regions?: string;
  /** The longitude/latitude window always shown whole. Absent: the host's regions and the scenario's sites, with a margin. */
  view?: { west: number; east: number; south: number; north: number };
  /** The site routes start from (the seat of government). Absent: the first site marked `capital`, else the first department's label. */
  seat?: string;
};
