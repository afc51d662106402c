import type { Ctx } from './context';
import { changeMeter } from './meters';
import { own } from './own';
import type { Effect } from './scenarioTypes';
import type { Cause } from './stateTypes';

/**
 * Applies declarative effects. `scale` multiplies every `add` (a deal term's amount);
 * `department` is where `at: target` lands.
 */
export function applyEffects(
  ctx: Ctx,
  effects: readonly Effect[] | undefined,
  cause: Cause,
  opts: { scale?: number; department?: string } = {},
): void {
  for (const e of effects ?? []) {
    if ('meter' in e) {
      const dep = e.at === 'target' ? opts.department : e.department;
      if (e.at === 'target' && dep === undefined) continue;
      const label = e.label ?? cause.label;
      const add = e.add !== undefined ? e.add * (opts.scale ?? 1) : undefined;
      changeMeter(
        ctx,
        e.meter,
        { ...(add !== undefined ? { add } : {}), ...(e.set !== undefined ? { set: e.set } : {}) },
        label !== undefined ? { ...cause, label } : cause,
        dep,
      );
    } else if ('flag' in e) {
      const value = e.value ?? true;
      if ((Object.hasOwn(ctx.s.flags, e.flag) ? ctx.s.flags[e.flag] : false) !== value) {
        ctx.s.flags[e.flag] = value;
        ctx.events.push({ type: 'FlagSet', flag: e.flag, value });
      }
    } else {
      const a = own(ctx.s.actors, e.actor);
      if (!a || (e.budget !== 'capital' && e.budget !== 'money')) continue;
      const delta = e.add * (opts.scale ?? 1);
      a.budget[e.budget] = Math.max(0, Math.round((a.budget[e.budget] + delta) * 1e6) / 1e6);
      ctx.events.push({ type: 'BudgetChanged', actor: e.actor, budget: e.budget, delta });
    }
  }
}
