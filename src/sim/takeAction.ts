import type { Ctx } from './context';
import { applyEffects } from './effects';
import { targetDepartment } from './legality';
import { own } from './own';
import type { ActionDef } from './scenarioTypes';
import type { Cause } from './stateTypes';

export function actionCause(def: ActionDef, actor: string): Cause {
  return {
    kind: 'action',
    id: def.id,
    actor,
    label: def.name,
    ...(def.sources ? { sources: def.sources } : {}),
    ...(def.assumption ? { assumption: def.assumption } : {}),
  };
}

/**
 * The cause an action's (or its project's) effects record, made once per action, actor and kind:
 * a project's or a lasting effect's cause is recorded every turn it runs (look-ahead included),
 * and depends on the scenario and the actor alone. Ledger entries share it; nothing changes a cause.
 */
const causes = new WeakMap<ActionDef, { action: Map<string, Cause>; project: Map<string, Cause> }>();
export function sharedActionCause(def: ActionDef, actor: string, kind: 'action' | 'project'): Cause {
  let byKind = causes.get(def);
  if (!byKind) {
    byKind = { action: new Map(), project: new Map() };
    causes.set(def, byKind);
  }
  // By kind, then actor: no key string to build on every call (resolution asks once per project a turn).
  const byActor = kind === 'project' ? byKind.project : byKind.action;
  let c = byActor.get(actor);
  if (!c) {
    c = kind === 'project' ? { ...actionCause(def, actor), kind: 'project' } : actionCause(def, actor);
    byActor.set(actor, c);
  }
  return c;
}

/** Takes a catalogue action already found legal: pays, applies effects, starts its project or lasting effects. */
export function takeAction(ctx: Ctx, def: ActionDef, actor: string, target?: string): void {
  const { s, sc } = ctx;
  const a = own(s.actors, actor);
  if (!a) return;
  a.budget.capital -= def.cost.capital ?? 0;
  a.budget.money -= def.cost.money ?? 0;
  // Replaced, not changed in place: a state's copy (stateCopy) shares these records with the
  // state it came from, so that a step copies only the acting actor's (same keys, same order).
  a.usedThisTurn = { ...a.usedThisTurn, [def.id]: (own(a.usedThisTurn, def.id) ?? 0) + 1 };
  a.usedInGame = { ...a.usedInGame, [def.id]: (own(a.usedInGame, def.id) ?? 0) + 1 };
  a.lastTaken = { ...a.lastTaken, [def.id]: s.turn };
  const department = targetDepartment(sc, target);
  ctx.events.push({ type: 'ActionTaken', actor, action: def.id, ...(target !== undefined ? { target } : {}) });
  s.decisions.push({ turn: s.turn, actor, kind: 'action', id: def.id, ...(target !== undefined ? { detail: target } : {}) });
  applyEffects(ctx, def.effects, sharedActionCause(def, actor, 'action'), department !== undefined ? { department } : {});
  if (def.project) {
    const id = s.nextId++;
    s.projects.push({
      id,
      action: def.id,
      actor,
      ...(target !== undefined ? { target } : {}),
      ...(department !== undefined ? { department } : {}),
      startedTurn: s.turn,
      turnsLeft: def.project.turns,
      status: 'building',
    });
    ctx.events.push({
      type: 'ProjectStarted',
      project: id,
      action: def.id,
      actor,
      ...(target !== undefined ? { target } : {}),
      ...(department !== undefined ? { department } : {}),
    });
  }
  if (def.lasting) {
    s.lasting.push({
      action: def.id,
      actor,
      ...(target !== undefined ? { target } : {}),
      ...(department !== undefined ? { department } : {}),
      turnsLeft: def.lasting.turns,
    });
  }
}
