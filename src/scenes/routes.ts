import type { Compass, GameState, Scenario } from '../sim';

/**
 * Which routes the map draws, without Phaser: every signed deal still running,
 * and every trade measure taken, from the host's seat (or the site the measure names)
 * towards the partner, trade through the partner's `routeVia` site when it has one.
 */
export type RouteSpec = {
  key: string;
  kind: 'deal' | 'trade';
  partner: string;
  /** Where the route starts (a site or department id) and an optional port it passes. */
  from: string;
  via?: string;
};

/** The side of the map a partner's routes come in from: the scenario says, for each power (`routeFrom`); north when it does not. */
export type Edge = Compass;
export function edgeOf(sc: Pick<Scenario, 'actors'>, actor: string): Edge {
  return sc.actors.find((a) => a.id === actor)?.routeFrom ?? 'north';
}

export function routesOf(game: GameState, sc: Scenario, seat: string | null): RouteSpec[] {
  if (seat === null) return [];
  const host = sc.actors.find((a) => a.kind === 'host')?.id;
  const out: RouteSpec[] = [];
  for (const d of game.deals) {
    if (d.status !== 'signed') continue;
    const partner = d.from === host ? d.to : d.to === host ? d.from : null;
    if (!partner) continue;
    out.push({ key: `deal-${d.id}`, kind: 'deal', partner, from: seat });
  }
  // Trade measures taken in this game stay on the map as standing trade links.
  const seen = new Set<string>();
  for (const dec of game.decisions) {
    if (dec.kind !== 'action') continue;
    const def = sc.actions.find((a) => a.id === dec.id);
    if (def?.kind !== 'trade') continue;
    const partner = dec.actor !== host ? dec.actor : sc.actors.find((a) => a.kind === 'power' && dec.id.includes(a.id))?.id;
    if (!partner || seen.has(dec.id)) continue;
    seen.add(dec.id);
    const from = dec.detail && sc.sites?.some((x) => x.id === dec.detail) ? dec.detail : seat;
    const via = sc.actors.find((a) => a.id === partner)?.routeVia;
    out.push({ key: `trade-${dec.id}`, kind: 'trade', partner, from, ...(via !== undefined && via !== from ? { via } : {}) });
  }
  return out;
}
