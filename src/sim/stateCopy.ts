import { isDepartmentMeter } from './meters';
import { own } from './own';
import type { ActionDef } from './scenarioTypes';
import type { ActorState, DealState, DepartmentState, GameState } from './stateTypes';

/**
 * A copy of a state that the rules may change in place while the original stays exactly as it
 * was: `step` works on one instead of an immer draft (immer's proxies and its walk over the
 * whole ledger on every step cost more than the rules themselves). Copied: every part a rule
 * writes to (meters, flags, actors and their budgets, projects, lasting effects, deals, fired
 * events). Only sliced: the lists the rules append to but whose entries they never change once
 * written (the ledger, history, decisions, breaches, pending choices). Shared: the setup and the
 * end, which no rule changes after writing, and an actor's action counts and last turns, which
 * the one rule that writes them (takeAction) replaces rather than changes. `shareLedger` (step
 * only) leaves the ledger shared too, for a rule to slice before its first entry
 * (`Ctx.ledgerShared`): most steps write none. The result is the same plain JSON a deep copy
 * would be, with the same key order. A new part of the state that a rule changes in place must
 * be copied here too: the tests that step deep-frozen states (determinism, simFastPath) fail
 * when it is not.
 */
export function stateCopy(s: GameState, shareLedger = false): GameState {
  const actors: Record<string, ActorState> = {};
  for (const k in s.actors) {
    const a = s.actors[k] as ActorState;
    actors[k] = { ...a, budget: { ...a.budget } };
  }
  return {
    ...s,
    national: { ...s.national },
    departments: departmentsCopy(s.departments),
    flags: { ...s.flags },
    actors,
    projects: s.projects.map((p) => ({ ...p })),
    lasting: s.lasting.map((l) => ({ ...l })),
    deals: dealsCopy(s.deals),
    breaches: s.breaches.slice(),
    pending: s.pending.slice(),
    fired: { ...s.fired },
    ledger: shareLedger ? s.ledger : s.ledger.slice(),
    history: s.history.slice(),
    decisions: s.decisions.slice(),
  };
}

function dealsCopy(ds: DealState[]): DealState[] {
  const deals = new Array<DealState>(ds.length);
  for (let i = 0; i < deals.length; i++) {
    const d = ds[i] as DealState;
    const c = { ...d };
    if (d.obligations) c.obligations = { ...d.obligations };
    deals[i] = c;
  }
  return deals;
}

export function departmentsCopy(deps: Record<string, DepartmentState>): Record<string, DepartmentState> {
  const out: Record<string, DepartmentState> = {};
  for (const k in deps) {
    const d = deps[k] as DepartmentState;
    out[k] = { ...d, influence: { ...d.influence } };
  }
  return out;
}

/** What taking an action can write, besides the acting actor, the nation's meters, decisions and the ledger. */
type Reach = { departments: boolean; flags: boolean; deals: boolean; budgets: string[]; projects: boolean; lasting: boolean };

const reaches = new WeakMap<ActionDef, Reach>();
const futureReaches = new WeakMap<ActionDef, Reach>();

function reachOf(def: ActionDef, future = false): Reach {
  const known = future ? futureReaches : reaches;
  let r = known.get(def);
  if (r) return r;
  r = { departments: false, flags: false, deals: false, budgets: [], projects: !!def.project, lasting: !!def.lasting };
  const lists = future ? [def.effects, def.project?.onComplete, def.lasting?.effects] : [def.effects];
  for (const list of lists) {
    for (const e of list ?? []) {
      if ('meter' in e) r.departments ||= isDepartmentMeter(e.meter);
      else if ('flag' in e) r.flags = true;
      else if ('unwind' in e) r.deals = true;
      else r.budgets.push(e.actor);
    }
  }
  known.set(def, r);
  return r;
}

/**
 * `stateCopy` for one catalogue action (takeAction): the baseline weighs every move it could make
 * by stepping it, and an action's own effects say which parts of the state it can write (its
 * actor, the meters its effects name, flags, other actors' budgets, deals it unwinds, a project
 * or lasting effect it starts), so the copy copies those and shares the rest, as stateCopy does.
 * `future`: also what the effects of the project or lasting effect it starts write, for the AI,
 * which applies them to the copy to judge the move (see `lookaheadActionClone`).
 */
export function takeActionCopy(s: GameState, def: ActionDef, actor: string, future = false): GameState {
  const r = reachOf(def, future);
  const actors: Record<string, ActorState> = { ...s.actors };
  for (const id of [actor, ...r.budgets]) {
    const a = own(s.actors, id);
    if (a) actors[id] = { ...a, budget: { ...a.budget } };
  }
  return {
    ...s,
    national: { ...s.national },
    departments: r.departments ? departmentsCopy(s.departments) : s.departments,
    flags: r.flags ? { ...s.flags } : s.flags,
    actors,
    projects: r.projects ? s.projects.slice() : s.projects,
    lasting: r.lasting ? s.lasting.slice() : s.lasting,
    deals: r.deals ? dealsCopy(s.deals) : s.deals,
    decisions: s.decisions.slice(),
  };
}
