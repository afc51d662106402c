import * as z from 'zod/mini';
import type { Action } from './actionTypes';
import type { Said, SaidAmount, SaidParam, SaidRef } from './said';
import type { DealTerm } from './stateTypes';

/**
 * The strict schema of an `Action`, for actions that arrive from outside the program: save files,
 * and later a class server's clients. Unknown fields are refused, strings and lists are bounded,
 * numbers are finite. `step` keeps its own cheap shape check (the AI calls it thousands of times
 * a turn); this is the full check for untrusted input, run once per action received.
 */

// Built with `zod/mini` (the same library's tree-shakable API: checks are functions passed to
// `.check()`), so the browser bundle carries only the pieces used here, not all of zod. The
// scenario schema, run at build time and in Node, stays on full zod.
//
// The page's Content-Security-Policy forbids eval, and zod would probe for it with `new Function`
// as each object schema is built (to compile a faster parser). Set before any schema is made;
// the interpreted parser is quick enough for what comes from outside.
z.config({ jitless: true });

/** Deeper values are refused before the schema walks them, so no input can exhaust the stack. */
export const MAX_ACTION_DEPTH = 24;

const name = z.string().check(z.maxLength(200));
const term: z.ZodMiniType<DealTerm> = z.strictObject({ term: name, amount: z.number() });
const terms = z.array(term).check(z.maxLength(50));
const textString = z.string().check(z.maxLength(4000));
const text = z.union([textString, z.catchall(z.object({ en: textString }), textString)]);
const saidRef: z.ZodMiniType<SaidRef> = z.strictObject({
  ref: z.enum(['actor', 'term', 'action', 'department', 'target', 'event', 'objective', 'meter']),
  id: name,
});
const saidAmount: z.ZodMiniType<SaidAmount> = z.strictObject({ amount: z.number(), term: name });
const flatParam = z.union([z.number(), text, saidRef, saidAmount]);
const saidParam: z.ZodMiniType<SaidParam> = z.lazy(() =>
  z.union([flatParam, z.strictObject({ said: z.array(saidSchema).check(z.maxLength(50)) })]),
);
/** A message key with parameters (see `Said`). */
export const saidSchema: z.ZodMiniType<Said> = z.lazy(() => z.strictObject({ key: name, params: z.optional(z.record(name, saidParam)) }));
const reason = z.optional(z.array(saidSchema).check(z.maxLength(50)));

const deal = z.int().check(z.minimum(0));

export const actionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('takeAction'), actor: name, action: name, target: z.optional(name) }),
  z.strictObject({ type: z.literal('proposeDeal'), actor: name, to: name, terms }),
  z.strictObject({ type: z.literal('respondDeal'), actor: name, deal, response: z.enum(['accept', 'reject']), reason }),
  z.strictObject({ type: z.literal('counterDeal'), actor: name, deal, terms, reason }),
  z.strictObject({ type: z.literal('withdrawDeal'), actor: name, deal }),
  z.strictObject({ type: z.literal('breakDeal'), actor: name, deal }),
  z.strictObject({ type: z.literal('chooseOption'), actor: name, choice: z.int().check(z.minimum(0)), option: name }),
  z.strictObject({ type: z.literal('endPhase'), actor: name }),
  z.strictObject({ type: z.literal('fireEvent'), event: name }),
  z.strictObject({ type: z.literal('endGame') }),
]);

// Compile-time checks: what the schema accepts is exactly an Action, both ways, so the two cannot drift.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type SameKeys<A, B> = Same<A extends unknown ? keyof A : never, B extends unknown ? keyof B : never>;
export type ActionSchemaMatchesAction = [
  Same<z.infer<typeof actionSchema>, Action>,
  SameKeys<z.infer<typeof actionSchema>, Action>,
] extends [true, true]
  ? true
  : never;
const _matches: ActionSchemaMatchesAction = true;
const _paramsMatch: Same<z.infer<typeof flatParam> | { said: Said[] }, SaidParam> = true;

/** Is `x` nested no deeper than `max` levels of objects and arrays? Iterative, so never overflows. */
export function withinDepth(x: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[x, 1]];
  while (stack.length > 0) {
    const top = stack.pop();
    if (!top) break;
    const [v, d] = top;
    if (v === null || typeof v !== 'object') continue;
    if (d > max) return false;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, d + 1]);
  }
  return true;
}

/**
 * Parses an untrusted action: the action, or the path (`terms[0].amount`) of the first thing
 * wrong with it. Never throws.
 */
export function parseAction(x: unknown): { ok: true; action: Action } | { ok: false; path: string } {
  if (!withinDepth(x, MAX_ACTION_DEPTH)) return { ok: false, path: '' };
  const r = actionSchema.safeParse(x);
  return r.success ? { ok: true, action: r.data } : { ok: false, path: issuePath(r.error.issues) };
}

/** Where the first issue lies, as `a.b[2].c` (an unknown key is named too). */
export function issuePath(issues: readonly z.core.$ZodIssue[]): string {
  const first = issues[0];
  if (!first) return '';
  const path: PropertyKey[] = [...first.path];
  if (first.code === 'unrecognized_keys' && first.keys[0] !== undefined) path.push(first.keys[0]);
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out === '' ? String(seg) : `.${String(seg)}`;
  return out;
}
