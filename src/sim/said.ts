import type { Text } from './scenarioTypes';

/**
 * Something the game says to a player, as data: a message `key` of the interface's catalogue and
 * the `params` that fill it. The sim and the state never hold an English sentence; an interface
 * words a `Said` in the reader's language when it shows it (i18n `Words.say`).
 *
 * A parameter is a number (formatted for the reader's language), a plain string (an id or a code,
 * shown as it is), a scenario `Text` (shown in the reader's language), a reference to a named
 * thing of the scenario (its name is looked up when shown), or a list of further `Said` (joined
 * as sentences), or a term's amount (shown with the term's unit).
 */
export type Said = { key: string; params?: Record<string, SaidParam> };

export type SaidRef = { ref: 'actor' | 'term' | 'action' | 'department' | 'target' | 'event' | 'objective' | 'meter'; id: string };

/** An amount of a scenario term, worded with the term's unit ("25 kt", "4%") in the reader's language. */
export type SaidAmount = { amount: number; term: string };

export type SaidParam = number | string | Text | SaidRef | SaidAmount | { said: Said[] };

/** Builds a `Said`. */
export function said(key: string, params?: Record<string, SaidParam>): Said {
  return params === undefined ? { key } : { key, params };
}

/** A reference to a named scenario thing, worded when shown. */
export function ref(kind: SaidRef['ref'], id: string): SaidRef {
  return { ref: kind, id };
}

/** `amount` of the term `term`, worded with its unit when shown. */
export function amountOf(term: string, amount: number): SaidAmount {
  return { amount, term };
}

/** True when `p` is a term's amount. */
export function isAmount(p: SaidParam): p is SaidAmount {
  return typeof p === 'object' && p !== null && typeof (p as SaidAmount).amount === 'number' && typeof (p as SaidAmount).term === 'string';
}

/** True when `p` is a reference to a scenario thing. */
export function isRef(p: SaidParam): p is SaidRef {
  return typeof p === 'object' && p !== null && 'ref' in p && typeof (p as SaidRef).ref === 'string';
}
