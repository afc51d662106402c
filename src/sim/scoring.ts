import { holds } from './conditions';
import { readMeter } from './meters';
import { own } from './own';
import type { ObjectiveDef, Scenario } from './scenarioTypes';
import type { GameState, ScoreCard } from './stateTypes';

type MeterObjective = Extract<ObjectiveDef, { meter: string }>;

/** What a meter objective measures now: the meter, less its `minus` meter where it has one. */
export function measureOf(s: GameState, item: MeterObjective): number {
  return readMeter(s, item.meter) - (item.minus !== undefined ? readMeter(s, item.minus) : 0);
}

/** Partial credit for a meter objective at measure `v`: 0 at `from`, full at `to`, clamped. */
export function rangePoints(item: MeterObjective, v: number): number {
  const f = item.to === item.from ? (v >= item.to ? 1 : 0) : (v - item.from) / (item.to - item.from);
  return item.points * Math.min(1, Math.max(0, f));
}

/**
 * Each actor's standing against its objectives: full points for a condition met,
 * partial points along a meter's range. Pure; callable at any moment of the game.
 */
export function scoreAll(s: GameState, sc: Scenario): Record<string, ScoreCard> {
  const out: Record<string, ScoreCard> = {};
  // A game played at a preset's length is judged by that preset's thresholds, where it sets them.
  const preset = s.setup.turns < sc.turns ? sc.presets?.find((p) => p.turns === s.setup.turns) : undefined;
  for (const o of sc.objectives) {
    const winAt = own(preset?.winAt, o.actor) ?? o.winAt;
    let score = 0;
    let max = 0;
    const lines = o.items.map((item) => {
      let points = 0;
      if ('when' in item) points = holds(s, item.when) ? item.points : 0;
      else points = rangePoints(item, measureOf(s, item));
      points = Math.round(points * 100) / 100;
      score += points;
      max += item.points;
      return { objective: item.id, points, max: item.points, met: points >= item.points };
    });
    score = Math.round(score * 100) / 100;
    out[o.actor] = { actor: o.actor, score, max, winAt, won: score >= winAt, lines };
  }
  return out;
}
