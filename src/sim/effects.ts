import type { Ctx } from './context';
import { changeMeterBy } from './meters';
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
      // A quiet step (look-ahead) records no cause, so it builds none.
      changeMeterBy(ctx, e.meter, add, e.set, ctx.quiet || label === undefined ? cause : { ...cause, label }, dep);
    } else if ('flag' in e) {
      const value = e.value ?? true;
      if ((Object.hasOwn(ctx.s.flags, e.flag) ? ctx.s.flags[e.flag] : false) !== value) {
        ctx.s.flags[e.flag] = value;
        ctx.events.push({ type: 'FlagSet', flag: e.flag, value });
      }
    } else if ('unwind' in e) {
      unwind(ctx, e, e.label !== undefined ? { ...cause, label: e.label } : cause);
    } else {
      const a = own(ctx.s.actors, e.actor);
      if (!a || (e.budget !== 'capital' && e.budget !== 'money')) continue;
      const delta = e.add * (opts.scale ?? 1);
      a.budget[e.budget] = Math.max(0, Math.round((a.budget[e.budget] + delta) * 1e6) / 1e6);
      ctx.events.push({ type: 'BudgetChanged', actor: e.actor, budget: e.budget, delta });
    }
  }
}

/**
 * Unwinds the signed deals in force that hold `e.unwind` (between `e.between`'s pair, when given):
 * status `unwound`, every remaining obligation stopped, the cause recorded. No trust is charged.
 */
function unwind(ctx: Ctx, e: Extract<Effect, { unwind: string }>, cause: Cause): void {
  for (const d of ctx.s.deals) {
    if (d.status !== 'signed' || !d.terms.some((t) => t.term === e.unwind)) continue;
    if (e.between && !(e.between.includes(d.from) && e.between.includes(d.to))) continue;
    d.status = 'unwound';
    if (d.obligations) for (const k of Object.keys(d.obligations)) d.obligations[k] = 0;
    d.unwound = { turn: ctx.s.turn, term: e.unwind, cause };
    ctx.events.push({ type: 'DealUnwound', deal: d.id, from: d.from, to: d.to, term: e.unwind, cause });
  }
}
