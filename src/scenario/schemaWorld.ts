import { z } from 'zod';
import { range } from './schemaParts';

/**
 * The parts of the format that say how the scenario's world is drawn: its map, where its sites
 * sit and how they are marked, where each power's routes come in. The rules never read them;
 * the map does.
 */

const longitude = range(-180, 180).describe('Longitude in degrees east (negative west of Greenwich), as GeoJSON writes it');
const latitude = range(-90, 90).describe('Latitude in degrees north (negative south of the equator)');

export const siteMarker = z
  .enum(['capital', 'city', 'port', 'lithium', 'gas', 'coca', 'mine'])
  .describe("How the site is drawn: each marker has its own shape and a line in the map's legend ('city' when absent)");

/** A site's position and marker (added to the site's own keys). */
export const siteWorld = {
  at: z
    .tuple([longitude, latitude])
    .optional()
    .describe(
      "The site's position: [longitude, latitude] in degrees. Absent: the map file's point with the same id (the shipped Bolivia map has one for each of its sites)",
    ),
  marker: siteMarker.optional(),
};

export const compass = z
  .enum(['north', 'northeast', 'east', 'southeast', 'south', 'southwest', 'west', 'northwest'])
  .describe('A side of the map');

/** Where a power's routes come from (added to the actor's own keys). */
export const actorRoutes = {
  routeFrom: compass.optional().describe("The side of the map this power's deal and trade routes come in from ('north' when absent)"),
  routeVia: z.string().optional().describe('A site id its trade routes pass on the way in (a port); deal routes go straight to the seat'),
};

const view = z
  .strictObject({
    west: longitude,
    east: longitude,
    south: latitude,
    north: latitude,
  })
  .describe("The window of the map always shown whole, in degrees. Absent: the host's regions and the scenario's sites, with a margin");

export const scenarioMap = z
  .strictObject({
    regions: z
      .string()
      .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'must be a map file name without ".geojson": lower-case letters, digits, "-" and "_"')
      .optional()
      .describe(
        "The regions' map: a GeoJSON file in scenarios/maps/, named without .geojson (ruritania for scenarios/maps/ruritania.geojson). Each region is a Polygon or MultiPolygon feature with properties kind (department, country, sea, lake or salt_flat), id and name; every department of the scenario needs a feature of kind department with its id. Absent: the shipped map of Bolivia and its neighbours",
      ),
    view: view.optional(),
    seat: z
      .string()
      .optional()
      .describe(
        "The site id routes start from (the seat of government). Absent: the first site marked capital, else the first department's label",
      ),
  })
  .describe("The map the scenario is played on. Absent: Bolivia's, as shipped");
