import type { GameState, Scenario } from '../sim';

/**
 * Which routes the map draws, without Phaser: every signed deal still running,
 * and every trade measure taken, from Bolivia towards the partner.
 */
export type RouteSpec = {
  key: string;
  kind: 'deal' | 'trade';
  partner: string;
  /** Where the route starts (a site or department id) and an optional port it passes. */
  from: string;
  via?: string;
};

/** The edge of the map a partner lies beyond: the US north, China west across the Pacific. */
export type Edge = 'north' | 'west' | 'south' | 'east' | 'northeast';
export function edgeOf(actor: string): Edge {
  switch (actor) {
    case 'us':
    case 'exim':
    case 'dfc':
      return 'north';
    case 'china':
      return 'west';
    case 'argentina':
      return 'south';
    case 'brazil':
      return 'east';
    default:
      return 'northeast';
  }
}

export function routesOf(game: GameState, sc: Scenario): RouteSpec[] {
  const host = sc.actors.find((a) => a.kind === 'host')?.id;
  const out: RouteSpec[] = [];
  for (const d of game.deals) {
    if (d.status !== 'signed') continue;
    const partner = d.from === host ? d.to : d.to === host ? d.from : null;
    if (!partner) continue;
    out.push({ key: `deal-${d.id}`, kind: 'deal', partner, from: 'lapaz' });
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
    const from = dec.detail && sc.sites?.some((x) => x.id === dec.detail) ? dec.detail : 'lapaz';
    out.push({ key: `trade-${dec.id}`, kind: 'trade', partner, from, via: edgeOf(partner) === 'east' ? 'puertosuarez' : 'arica' });
  }
  return out;
}
