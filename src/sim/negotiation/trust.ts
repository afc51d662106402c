import type { Ctx } from '../context';
import { changeMeter, readMeter } from '../meters';
import { own } from '../own';
import type { Scenario } from '../scenarioTypes';
import type { Cause, GameState } from '../stateTypes';

/**
 * Trust between two actors, 0–100. The scenario names, for each foreign power, the
 * meter that holds the host's trust in it; trust is shared by the pair. Pairs the
 * scenario does not track are neutral (50).
 */
export function trustMeter(sc: Scenario, a: string, b: string): string | undefined {
  const host = sc.actors.find((x) => x.kind === 'host')?.id;
  const table = sc.negotiation?.trust ?? {};
  if (a === host) return own(table, b);
  if (b === host) return own(table, a);
  return undefined;
}

export function trustBetween(s: GameState, sc: Scenario, a: string, b: string): number {
  const m = trustMeter(sc, a, b);
  return m === undefined ? 50 : readMeter(s, m);
}

/** Moves the trust between a pair, recording why; nothing when the pair has no trust meter. */
export function changeTrust(ctx: Ctx, a: string, b: string, add: number, cause: Cause): void {
  const m = trustMeter(ctx.sc, a, b);
  if (m !== undefined && add !== 0) changeMeter(ctx, m, { add }, cause);
}

/** The most recent breach by `by` against `against` still remembered, if any. */
export function rememberedBreach(s: GameState, sc: Scenario, by: string, against: string, term?: string): { turn: number } | undefined {
  const memory = sc.negotiation?.memory ?? 8;
  for (let i = s.breaches.length - 1; i >= 0; i--) {
    const b = s.breaches[i];
    if (!b || b.by !== by || b.against !== against) continue;
    if (s.turn - b.turn >= memory) return undefined;
    if (term === undefined || b.terms.includes(term)) return { turn: b.turn };
  }
  return undefined;
}
