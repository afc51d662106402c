import type { Scenario } from '../sim';
import type { CrossProblem } from './crossCheck';

/**
 * The world's cross-references: a power's `routeVia` and the map's `seat` name sites; the seat
 * must be one when the scenario has routes to draw; a window that is not one (west past east)
 * is refused. Checked here (not in the map file's check) because they need only the scenario.
 */
export function crossCheckWorld(sc: Scenario): CrossProblem[] {
  const out: CrossProblem[] = [];
  const sites = new Set((sc.sites ?? []).map((s) => s.id));
  sc.actors.forEach((a, i) => {
    if (a.routeVia !== undefined && !sites.has(a.routeVia))
      out.push({ path: ['actors', i, 'routeVia'], message: `unknown site "${a.routeVia}"` });
    if ((a.routeFrom !== undefined || a.routeVia !== undefined) && a.kind !== 'power')
      out.push({
        path: ['actors', i, a.routeFrom !== undefined ? 'routeFrom' : 'routeVia'],
        message: 'only an actor of kind "power" has routes on the map',
      });
  });
  const seat = sc.map?.seat;
  if (seat !== undefined && !sites.has(seat)) out.push({ path: ['map', 'seat'], message: `unknown site "${seat}"` });
  const view = sc.map?.view;
  if (view && view.west >= view.east)
    out.push({ path: ['map', 'view', 'east'], message: `east (${view.east}) must be greater than west (${view.west})` });
  if (view && view.south >= view.north)
    out.push({ path: ['map', 'view', 'north'], message: `north (${view.north}) must be greater than south (${view.south})` });
  return out;
}
