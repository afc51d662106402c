import { objectivesCached, pointsOf } from './objectives';
import type { Scenario } from './scenarioTypes';
import type { GameState, ScoreCard } from './stateTypes';

export { measureOf, rangePoints } from './objectives';

/**
 * Each actor's standing against the objectives of the game being played (its length's items
 * only, see `objectivesFor`): full points for a condition met, partial points along a meter's
 * range. A side wins when its score reaches the bar for that length, or when it meets every
 * one of its objectives. Pure; callable at any moment of the game.
 */
export function scoreAll(s: GameState, sc: Scenario): Record<string, ScoreCard> {
  const out: Record<string, ScoreCard> = {};
  for (const o of objectivesCached(sc, s.setup)) {
    let score = 0;
    const lines = o.items.map((item) => {
      const points = pointsOf(s, item);
      score += points;
      return { objective: item.id, points, max: item.points, met: points >= item.points };
    });
    score = Math.round(score * 100) / 100;
    const won = score >= o.winAt || lines.every((l) => l.met);
    out[o.actor] = { actor: o.actor, score, max: o.max, winAt: o.winAt, won, lines };
  }
  return out;
}

/**
 * One actor's score alone, the same number `scoreAll` gives it (0 for an actor with no
 * objectives): the AI's look-ahead asks for one side's score thousands of times a game.
 */
export function scoreOf(s: GameState, sc: Scenario, actor: string): number {
  const o = objectivesCached(sc, s.setup).find((x) => x.actor === actor);
  if (!o) return 0;
  let score = 0;
  for (const item of o.items) score += pointsOf(s, item);
  return Math.round(score * 100) / 100;
}
