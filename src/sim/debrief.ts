import { isDepartmentMeter } from './meters';
import type { Scenario, Text } from './scenarioTypes';
import type { Cause, GameState } from './stateTypes';

/** One move and what it was worth to an actor's objectives, estimated from the ledger. */
export type MoveThatMattered = {
  /** Who made the move (the actor whose action, choice or deal it was). */
  by: string;
  kind: 'action' | 'choice' | 'deal' | 'broken';
  /** What it was: the action's name, the event and option chosen, or the deal's id. */
  label: Text;
  /** For a deal, its id (the interface names its terms). */
  deal?: number;
  /** Estimated points it added to (or took from) the actor's score. */
  points: number;
  /** The national change it made to each meter the actor's objectives measure, largest first. */
  meters: { meter: string; change: number }[];
};

/**
 * Points per unit of each national meter for `actor`'s meter objectives (a lead objective
 * counts its `minus` meter against it). Condition objectives (a flag, a deal signed) are
 * all-or-nothing and have no rate; the debrief leaves them to the score card.
 */
function pointRates(sc: Scenario, actor: string): Map<string, number> {
  const rates = new Map<string, number>();
  for (const item of sc.objectives.find((o) => o.actor === actor)?.items ?? []) {
    if (!('meter' in item) || item.to === item.from) continue;
    const r = item.points / (item.to - item.from);
    rates.set(item.meter, (rates.get(item.meter) ?? 0) + r);
    if (item.minus !== undefined) rates.set(item.minus, (rates.get(item.minus) ?? 0) - r);
  }
  return rates;
}

/** The move a ledger cause belongs to, or null for the engine's own rules and undirected events. */
function moveOf(cause: Cause): { key: string; kind: MoveThatMattered['kind']; by: string; label: Text; deal?: number } | null {
  const by = cause.actor;
  if (by === undefined) return null;
  switch (cause.kind) {
    case 'action':
    case 'project':
      // An action, the project it started and the lasting effects it left are one move.
      return { key: `action:${by}:${cause.id}`, kind: 'action', by, label: cause.label };
    case 'event':
      return { key: `choice:${cause.id}:${JSON.stringify(cause.label)}`, kind: 'choice', by, label: cause.label };
    case 'deal': {
      const m = /^(deal|kept|broken)-(\d+)/.exec(cause.id);
      if (!m) return null;
      const id = Number(m[2]);
      if (m[1] === 'broken') return { key: `broken:${id}`, kind: 'broken', by, label: cause.label, deal: id };
      // Signing and keeping a deal's promises are one move.
      return { key: `deal:${id}`, kind: 'deal', by, label: `#${id}`, deal: id };
    }
    default:
      return null;
  }
}

/**
 * The moves that mattered most to `actor` over the game: every action, event choice and deal
 * (by anyone), valued by what its recorded meter changes added to or took from the actor's
 * meter objectives, at the objectives' rates. It is an estimate: it ignores the caps at the
 * ends of each objective's range, and a move's knock-on effects through the economy (growth
 * lifting stability later) count under the engine's rules, not under the move. Pure.
 */
export function movesThatMattered(s: GameState, sc: Scenario, actor: string, count = 5): MoveThatMattered[] {
  const rates = pointRates(sc, actor);
  if (rates.size === 0) return [];
  const population = new Map(sc.departments.map((d) => [d.id, d.population ?? 1]));
  const totalPopulation = [...population.values()].reduce((a, b) => a + b, 0) || 1;
  const moves = new Map<string, MoveThatMattered>();
  const changes = new Map<string, Map<string, number>>();
  for (const e of s.ledger) {
    const rate = rates.get(e.meter);
    if (rate === undefined) continue;
    const move = moveOf(e.cause);
    if (!move) continue;
    // A department's change moves the national figure by its share of the population.
    const national = e.department !== undefined && isDepartmentMeter(e.meter) ? (e.delta * (population.get(e.department) ?? 0)) / totalPopulation : e.delta;
    let m = moves.get(move.key);
    if (!m) {
      m = { by: move.by, kind: move.kind, label: move.label, points: 0, meters: [], ...(move.deal !== undefined ? { deal: move.deal } : {}) };
      moves.set(move.key, m);
      changes.set(move.key, new Map());
    }
    m.points += national * rate;
    const c = changes.get(move.key);
    c?.set(e.meter, (c.get(e.meter) ?? 0) + national);
  }
  const round = (x: number, d: number): number => Math.round(x * 10 ** d) / 10 ** d;
  return [...moves.entries()]
    .map(([key, m]) => ({
      ...m,
      points: round(m.points, 1),
      meters: [...(changes.get(key) ?? new Map<string, number>()).entries()]
        .map(([meter, change]) => ({ meter, change: round(change, 2) }))
        .filter((x) => x.change !== 0)
        .sort((a, b) => Math.abs((rates.get(b.meter) ?? 0) * b.change) - Math.abs((rates.get(a.meter) ?? 0) * a.change)),
    }))
    .filter((m) => Math.abs(m.points) >= 0.1)
    .sort((a, b) => Math.abs(b.points) - Math.abs(a.points) || (a.by < b.by ? -1 : a.by > b.by ? 1 : 0))
    .slice(0, count);
}
