import { holds } from './conditions';
import { refuse, type Refusal } from './refusal';
import type { ActionDef, Scenario } from './scenarioTypes';
import type { GameState } from './stateTypes';
import { textOf } from './text';
import { currentActor } from './turnOrder';

/** The department a target id stands in: itself for a department, its department for a site. */
export function targetDepartment(sc: Scenario, target: string | undefined): string | undefined {
  if (target === undefined) return undefined;
  if (sc.departments.some((d) => d.id === target)) return target;
  return sc.sites?.find((x) => x.id === target)?.department;
}

/** The targets an action may be aimed at (empty when it needs none). */
export function allowedTargets(sc: Scenario, def: ActionDef): string[] {
  if (!def.target) return [];
  const all = def.target.type === 'department' ? sc.departments.map((d) => d.id) : (sc.sites ?? []).map((x) => x.id);
  return def.target.allowed ? all.filter((id) => def.target?.allowed?.includes(id)) : all;
}

/**
 * Why `actor` may not take catalogue action `actionId` (at `target`) now, or null when it may.
 * Interfaces call this to grey out and explain; `step` calls it before acting.
 */
export function whyNot(s: GameState, sc: Scenario, actor: string, actionId: string, target?: string): Refusal | null {
  if (s.over) return refuse('gameOver', 'The game is over.');
  const a = Object.hasOwn(s.actors, actor) ? s.actors[actor] : undefined;
  if (!a) return refuse('unknownActor', `There is no actor "${actor}".`);
  if (currentActor(s, sc) !== actor) return refuse('notYourPhase', `It is not ${actor}'s move.`);
  if (s.pending.some((p) => p.actor === actor)) return refuse('pendingChoice', 'Answer the event waiting for you first.');
  const def = sc.actions.find((x) => x.id === actionId);
  if (!def) return refuse('unknownAction', `There is no action "${actionId}".`);
  if (def.actor !== actor) return refuse('notYourAction', `${textOf(def.name)} is not one of your actions.`);
  const capital = def.cost.capital ?? 0;
  const money = def.cost.money ?? 0;
  if (a.budget.capital < capital) {
    return refuse('noCapital', `${textOf(def.name)} needs ${capital} political capital; you have ${a.budget.capital} left this turn.`);
  }
  if (a.budget.money < money) {
    return refuse('noMoney', `${textOf(def.name)} costs $${money}M; you have $${a.budget.money}M left this turn.`);
  }
  if (def.target) {
    if (target === undefined) return refuse('needsTarget', `${textOf(def.name)} needs a ${def.target.type} as its target.`);
    if (!allowedTargets(sc, def).includes(target)) {
      return refuse('badTarget', `${textOf(def.name)} cannot be aimed at "${target}".`);
    }
  } else if (target !== undefined) {
    return refuse('badTarget', `${textOf(def.name)} takes no target.`);
  }
  if (def.limit?.perTurn !== undefined && (a.usedThisTurn[def.id] ?? 0) >= def.limit.perTurn) {
    return refuse('limitReached', `${textOf(def.name)} can be taken ${def.limit.perTurn} time(s) a turn.`);
  }
  if (def.limit?.perGame !== undefined && (a.usedInGame[def.id] ?? 0) >= def.limit.perGame) {
    return refuse('limitReached', `${textOf(def.name)} can be taken ${def.limit.perGame} time(s) a game.`);
  }
  const last = a.lastTaken[def.id];
  if (def.cooldown !== undefined && last !== undefined && s.turn - last < def.cooldown) {
    const wait = def.cooldown - (s.turn - last);
    return refuse('coolingDown', `${textOf(def.name)} can be taken again in ${wait} turn(s).`);
  }
  if (def.requires && !holds(s, def.requires)) {
    return refuse('requirementNotMet', textOf(def.requiresText) || `The conditions for ${textOf(def.name)} are not met.`);
  }
  return null;
}
