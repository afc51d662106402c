import { isDepartmentMeter } from './meters';
import { measureOf, objectivesFor, rangePoints } from './objectives';
import type { ObjectiveDef, Scenario, Text } from './scenarioTypes';
import type { Cause, GameState } from './stateTypes';

/** One move and what it was worth to an actor's objectives, estimated from the ledger. */
export type MoveThatMattered = {
  /** Who made the move: the actor whose action or choice it was, or who proposed the deal. */
  by: string;
  /** For a deal, the other party. */
  with?: string;
  kind: 'action' | 'choice' | 'deal' | 'broken';
  /** What it was, for an action or a choice: the action's name, or the event and option chosen (a deal is named by `deal`). */
  label?: Text;
  /** For a deal, its id (the interface names its terms). */
  deal?: number;
  /** Estimated points it added to (or took from) the actor's score. */
  points: number;
  /** The national change it made to each meter the actor's objectives measure, largest first. */
  meters: { meter: string; change: number }[];
};

type MeterObjective = Extract<ObjectiveDef, { meter: string }>;

/** The actor's meter objectives (condition objectives are all-or-nothing and stay on the score card). */
function meterItems(sc: Scenario, s: GameState, actor: string): MeterObjective[] {
  return (objectivesFor(sc, s.setup).find((o) => o.actor === actor)?.items ?? []).filter(
    (i): i is MeterObjective => 'meter' in i && i.to !== i.from,
  );
}

/** The move a ledger cause belongs to, or null for the engine's own rules and undirected events. */
function moveOf(cause: Cause): { key: string; kind: MoveThatMattered['kind']; by: string; label?: Text; deal?: number } | null {
  const by = cause.actor;
  if (by === undefined) return null;
  switch (cause.kind) {
    case 'action':
    case 'project':
      // An action, the project it started and the lasting effects it left are one move.
      return { key: `action:${by}:${cause.id}`, kind: 'action', by, ...(cause.label !== undefined ? { label: cause.label } : {}) };
    case 'event':
      return {
        key: `choice:${cause.id}:${JSON.stringify(cause.label)}`,
        kind: 'choice',
        by,
        ...(cause.label !== undefined ? { label: cause.label } : {}),
      };
    case 'deal': {
      // Signing a deal and keeping its promises are one move; breaking them is another.
      const id = cause.params?.deal;
      if (typeof id !== 'number') return null;
      if (cause.rule === 'broken' || cause.rule === 'brokenInfluence') return { key: `broken:${id}`, kind: 'broken', by, deal: id };
      return { key: `deal:${id}`, kind: 'deal', by, deal: id };
    }
    default:
      return null;
  }
}

/**
 * The moves that mattered most to `actor` over the game: every action, event choice and deal
 * (by anyone), valued by what the actor's meter objectives would lose without the move's
 * recorded changes: the points at the final value against the points at the final value less
 * the move's share, so a move that pushed a meter already past its target, or not far enough
 * to reach its range, counts for what it really changed on the score. It is an estimate: a
 * move's knock-on effects through the economy (growth lifting stability later) count under
 * the engine's rules, not under the move. Pure.
 */
export function movesThatMattered(s: GameState, sc: Scenario, actor: string, count = 5): MoveThatMattered[] {
  const items = meterItems(sc, s, actor);
  if (items.length === 0) return [];
  const measured = new Set(items.flatMap((i) => (i.minus !== undefined ? [i.meter, i.minus] : [i.meter])));
  const population = new Map(sc.departments.map((d) => [d.id, d.population ?? 1]));
  const totalPopulation = [...population.values()].reduce((a, b) => a + b, 0) || 1;
  const moves = new Map<string, { move: Omit<MoveThatMattered, 'points' | 'meters'>; changes: Map<string, number> }>();
  for (const e of s.ledger) {
    if (!measured.has(e.meter)) continue;
    const move = moveOf(e.cause);
    if (!move) continue;
    // A department's change moves the national figure by its share of the population.
    const national =
      e.department !== undefined && isDepartmentMeter(e.meter)
        ? (e.delta * (population.get(e.department) ?? 0)) / totalPopulation
        : e.delta;
    let m = moves.get(move.key);
    if (!m) {
      const deal = move.deal !== undefined ? s.deals.find((d) => d.id === move.deal) : undefined;
      m = {
        move: {
          by: deal && move.kind === 'deal' ? deal.from : move.by,
          kind: move.kind,
          ...(move.label !== undefined ? { label: move.label } : {}),
          ...(move.deal !== undefined ? { deal: move.deal } : {}),
          ...(deal && move.kind === 'deal' ? { with: deal.to } : {}),
        },
        changes: new Map(),
      };
      moves.set(move.key, m);
    }
    m.changes.set(e.meter, (m.changes.get(e.meter) ?? 0) + national);
  }
  const round = (x: number, d: number): number => Math.round(x * 10 ** d) / 10 ** d;
  const out: MoveThatMattered[] = [];
  for (const { move, changes } of moves.values()) {
    let points = 0;
    for (const item of items) {
      const c = (changes.get(item.meter) ?? 0) - (item.minus !== undefined ? (changes.get(item.minus) ?? 0) : 0);
      if (c === 0) continue;
      const v = measureOf(s, item);
      points += rangePoints(item, v) - rangePoints(item, v - c);
    }
    // List the meters by what each alone was worth on the score, then by size.
    const worth = (meter: string, change: number): number =>
      items.reduce((t, item) => {
        const v = measureOf(s, item);
        if (item.meter === meter) return t + Math.abs(rangePoints(item, v) - rangePoints(item, v - change));
        if (item.minus === meter) return t + Math.abs(rangePoints(item, v) - rangePoints(item, v + change));
        return t;
      }, 0);
    const meters = [...changes.entries()]
      .map(([meter, change]) => ({ meter, change: round(change, 2), w: worth(meter, change) }))
      .filter((x) => x.change !== 0);
    meters.sort((a, b) => b.w - a.w || Math.abs(b.change) - Math.abs(a.change));
    out.push({ ...move, points: round(points, 1), meters: meters.map(({ meter, change }) => ({ meter, change })) });
  }
  return out
    .filter((m) => Math.abs(m.points) >= 0.1)
    .sort((a, b) => Math.abs(b.points) - Math.abs(a.points) || (a.by < b.by ? -1 : a.by > b.by ? 1 : 0))
    .slice(0, count);
}
