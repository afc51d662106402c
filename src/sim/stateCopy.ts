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
  const deals = new Array<DealState>(s.deals.length);
  for (let i = 0; i < deals.length; i++) {
    const d = s.deals[i] as DealState;
    const c = { ...d };
    if (d.obligations) c.obligations = { ...d.obligations };
    deals[i] = c;
  }
  return {
    ...s,
    national: { ...s.national },
    departments: departmentsCopy(s.departments),
    flags: { ...s.flags },
    actors,
    projects: s.projects.map((p) => ({ ...p })),
    lasting: s.lasting.map((l) => ({ ...l })),
    deals,
    breaches: s.breaches.slice(),
    pending: s.pending.slice(),
    fired: { ...s.fired },
    ledger: shareLedger ? s.ledger : s.ledger.slice(),
    history: s.history.slice(),
    decisions: s.decisions.slice(),
  };
}

export function departmentsCopy(deps: Record<string, DepartmentState>): Record<string, DepartmentState> {
  const out: Record<string, DepartmentState> = {};
  for (const k in deps) {
    const d = deps[k] as DepartmentState;
    out[k] = { ...d, influence: { ...d.influence } };
  }
  return out;
}
