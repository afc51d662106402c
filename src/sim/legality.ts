import { holds } from './conditions';
import { own } from './own';
import { type Refusal, refuse } from './refusal';
import { said } from './said';
import { indexOf } from './scenarioIndex';
import type { ActionDef, Scenario } from './scenarioTypes';
import type { GameState } from './stateTypes';
import { textOf } from './text';
import { currentActor } from './turnOrder';

/** The department a target id stands in: itself for a department, its department for a site. */
export function targetDepartment(sc: Scenario, target: string | undefined): string | undefined {
  if (target === undefined) return undefined;
  const ix = indexOf(sc);
  if (ix.department.has(target)) return target;
  return ix.site.get(target)?.department;
}

/** The targets an action may be aimed at (empty when it needs none). */
export function allowedTargets(sc: Scenario, def: ActionDef): string[] {
  if (!def.target) return [];
  const all = def.target.type === 'department' ? sc.departments.map((d) => d.id) : (sc.sites ?? []).map((x) => x.id);
  return def.target.allowed ? all.filter((id) => def.target?.allowed?.includes(id)) : all;
}

/** The allowed targets as a set, worked out once per action (legality is checked on every step). */
function targetSet(sc: Scenario, def: ActionDef): Set<string> {
  const cache = indexOf(sc).targets;
  let set = cache.get(def);
  if (!set) {
    set = new Set(allowedTargets(sc, def));
    cache.set(def, set);
  }
  return set;
}

/**
 * Why `actor` may not take catalogue action `actionId` (at `target`) now, or null when it may.
 * Interfaces call this to grey out and explain; `step` calls it before acting.
 */
export function whyNot(s: GameState, sc: Scenario, actor: string, actionId: string, target?: string): Refusal | null {
  if (s.over) return refuse('gameOver', 'gameOver');
  const a = own(s.actors, actor);
  if (!a) return refuse('unknownActor', 'unknownActor', { actor });
  if (currentActor(s, sc) !== actor)
    return refuse('notYourPhase', 'notYourPhase', { actor: sc.actors.find((x) => x.id === actor)?.name ?? actor });
  if (s.pending.some((p) => p.actor === actor)) return refuse('pendingChoice', 'pendingChoice');
  const def = indexOf(sc).action.get(actionId);
  if (!def) return refuse('unknownAction', 'unknownAction', { action: actionId });
  if (def.actor !== actor) return refuse('notYourAction', 'notYourAction', { action: def.name });
  const capital = def.cost.capital ?? 0;
  const money = def.cost.money ?? 0;
  if (a.budget.capital < capital) {
    return refuse('noCapital', 'noCapital', { action: def.name, need: capital, have: a.budget.capital });
  }
  if (a.budget.money < money) {
    return refuse('noMoney', 'noMoney', { action: def.name, need: money, have: a.budget.money });
  }
  if (def.target) {
    if (target === undefined)
      return refuse('needsTarget', 'needsTarget', { action: def.name, kind: { said: [said(`target.kind.${def.target.type}`)] } });
    if (!targetSet(sc, def).has(target)) {
      return refuse('badTarget', 'badTarget', { action: def.name, target });
    }
  } else if (target !== undefined) {
    return refuse('badTarget', 'noTarget', { action: def.name });
  }
  if (def.limit?.perTurn !== undefined && (own(a.usedThisTurn, def.id) ?? 0) >= def.limit.perTurn) {
    return refuse('limitReached', 'perTurn', { action: def.name, limit: def.limit.perTurn });
  }
  if (def.limit?.perGame !== undefined && (own(a.usedInGame, def.id) ?? 0) >= def.limit.perGame) {
    return refuse('limitReached', 'perGame', { action: def.name, limit: def.limit.perGame });
  }
  const last = own(a.lastTaken, def.id);
  if (def.cooldown !== undefined && last !== undefined && s.turn - last < def.cooldown) {
    const wait = def.cooldown - (s.turn - last);
    return refuse('coolingDown', 'coolingDown', { action: def.name, wait });
  }
  if (def.requires && !holds(s, def.requires)) {
    return def.requiresText !== undefined && textOf(def.requiresText) !== ''
      ? refuse('requirementNotMet', 'requirement', { text: def.requiresText })
      : refuse('requirementNotMet', 'requirementDefault', { action: def.name });
  }
  return null;
}
