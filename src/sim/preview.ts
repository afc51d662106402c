import { targetDepartment } from './legality';
import { isDepartmentMeter, meterIds, readMeter } from './meters';
import { type Refusal, refuse } from './refusal';
import type { ActionDef, Budget, Scenario } from './scenarioTypes';
import type { GameState } from './stateTypes';
import { type StepResult, step } from './step';

export type MeterDelta = { meter: string; department?: string; delta: number };

/**
 * What an action is expected to do, found by running it through `step` on the
 * current state and comparing the meters: the immediate changes nationally and in
 * the target's department, what it costs, and the action's later effects (a
 * project's completion and yearly yield, lasting effects) as the scenario states them.
 */
export type ActionPreview =
  | {
      ok: true;
      def: ActionDef;
      department?: string;
      cost: Budget;
      national: MeterDelta[];
      local: MeterDelta[];
      project?: ActionDef['project'];
      lasting?: ActionDef['lasting'];
    }
  | { ok: false; def?: ActionDef; reason: Refusal };

const EPS = 1e-6;

/**
 * Pure: the state passed in is never changed. `stepped` is the result of stepping that very action
 * on `s`, when the caller has it already (a session reuses it for the move itself).
 */
export function previewAction(
  s: GameState,
  sc: Scenario,
  actor: string,
  actionId: string,
  target?: string,
  stepped?: StepResult,
): ActionPreview {
  const def = sc.actions.find((a) => a.id === actionId);
  const r = stepped ?? step(s, sc, { type: 'takeAction', actor, action: actionId, ...(target !== undefined ? { target } : {}) });
  if (!r.ok) return { ok: false, ...(def ? { def } : {}), reason: r.reason };
  if (!def) return { ok: false, reason: refuse('unknownAction', 'unknownAction', { action: actionId }) };
  const department = targetDepartment(sc, target);
  const national: MeterDelta[] = [];
  for (const id of meterIds(sc)) {
    const d = readMeter(r.state, id) - readMeter(s, id);
    if (Math.abs(d) > EPS) national.push({ meter: id, delta: d });
  }
  const local: MeterDelta[] = [];
  if (department !== undefined) {
    for (const id of meterIds(sc).filter(isDepartmentMeter)) {
      const d = readMeter(r.state, id, department) - readMeter(s, id, department);
      if (Math.abs(d) > EPS) local.push({ meter: id, department, delta: d });
    }
  }
  return {
    ok: true,
    def,
    ...(department !== undefined ? { department } : {}),
    cost: { capital: def.cost.capital ?? 0, money: def.cost.money ?? 0 },
    national,
    local,
    ...(def.project ? { project: def.project } : {}),
    ...(def.lasting ? { lasting: def.lasting } : {}),
  };
}
