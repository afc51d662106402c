import type { Actor, DepartmentState } from '../sim';
import type { Overlay } from '../state/createGameStore';
import { ACTOR_FALLBACK, hexToInt, mix, NEUTRAL, stabilityColour } from './palette';

/**
 * How a department looks under an overlay: fill colour plus a pattern, so colour
 * is never the only signal. Pure (no Phaser): the legend in the DOM uses it too.
 */
export type Pattern = 'none' | 'hatch' | 'dots' | 'dotsDense';

export type DepartmentStyle = { fill: number; pattern: Pattern; patternColour: number };

/** A lead smaller than this is "contested" and hatched with the runner-up's colour. */
export const CONTESTED_MARGIN = 8;
/** A margin of this much or more gives the leader's full colour. */
export const FULL_MARGIN = 30;
/** Stability below these is dotted ("fragile") or densely dotted ("unstable"). */
export const FRAGILE = 45;
export const UNSTABLE = 30;
/** Hatching for a tie. */
export const TIED = 0x9aa6ae;

export type Power = { id: string; colour: number };

/** The foreign powers of a scenario with their colours (Okabe–Ito fallbacks). */
export function powersOf(actors: Actor[]): (Power & { actor: Actor })[] {
  return actors
    .filter((a) => a.kind === 'power')
    .map((a, i) => ({ id: a.id, colour: hexToInt(a.color ?? ACTOR_FALLBACK[i] ?? '#888888'), actor: a }));
}

export type Lead = { leader: string | null; runnerUp: string | null; top: number; margin: number };

/** Who leads influence in a department and by how much (ties: no leader). */
export function leadOf(d: DepartmentState, powers: Power[]): Lead {
  const ranked = powers.map((p) => ({ id: p.id, v: d.influence[p.id] ?? 0 })).sort((a, b) => b.v - a.v);
  const first = ranked[0];
  const second = ranked[1];
  if (!first) return { leader: null, runnerUp: null, top: 0, margin: 0 };
  const margin = first.v - (second?.v ?? 0);
  return { leader: margin > 0 ? first.id : null, runnerUp: second?.id ?? null, top: first.v, margin };
}

/** Fill strength for a lead: a weak lead stays close to the neutral grey. */
export function influenceFill(colour: number, margin: number): number {
  return mix(NEUTRAL, colour, 0.35 + Math.min(1, Math.max(0, margin) / FULL_MARGIN) * 0.65);
}

export function stabilityPattern(v: number): Pattern {
  return v < UNSTABLE ? 'dotsDense' : v < FRAGILE ? 'dots' : 'none';
}

export function departmentStyle(overlay: Overlay, d: DepartmentState | undefined, powers: Power[]): DepartmentStyle {
  if (!d) return { fill: NEUTRAL, pattern: 'none', patternColour: 0 };
  if (overlay === 'stability')
    return { fill: stabilityColour(d.stability), pattern: stabilityPattern(d.stability), patternColour: 0xf2efe6 };
  const lead = leadOf(d, powers);
  const colourOf = (id: string | null): number => powers.find((p) => p.id === id)?.colour ?? NEUTRAL;
  // A tie: grey, hatched in grey (no power's colour, since nobody leads).
  if (!lead.leader) return { fill: NEUTRAL, pattern: powers.length > 1 ? 'hatch' : 'none', patternColour: TIED };
  const fill = influenceFill(colourOf(lead.leader), lead.margin);
  const contested = lead.margin < CONTESTED_MARGIN && powers.length > 1;
  return { fill, pattern: contested ? 'hatch' : 'none', patternColour: mix(colourOf(lead.runnerUp), 0xffffff, 0.25) };
}
