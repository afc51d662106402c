import { z } from 'zod';
import { type Condition, type Effect, LIMITS } from '../sim';

/**
 * The building blocks of the scenario format's schema (`schema.ts`): ids, numbers inside the
 * engine's ranges, texts, sources, conditions and effects.
 */
// Names every JavaScript object answers to (toString, constructor, valueOf…): as ids they would be
// found on any record's prototype, so they are refused here as well as looked up safely in the sim.
const RESERVED: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

export const id = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_.-]*$/, { error: 'an id is letters, digits, "_", "-" or ".", starting with a letter', abort: true })
  .max(80)
  .refine((v) => !RESERVED.has(v), {
    error: (i) => `"${String(i.input)}" is a reserved name (every JavaScript object has a member called so); choose another id`,
  });

/** A number from `lo` to `hi`, never infinite; the message gives the range (see LIMITS in the sim). */
export function range(lo: number, hi: number): z.ZodNumber {
  const message = `must be a number from ${show(lo)} to ${show(hi)}`;
  // Infinity and NaN reach zod as numbers of the wrong kind: say the range, not "expected number".
  return z
    .number({ error: (i) => (typeof i.input === 'number' ? message : undefined) })
    .min(lo, { error: message, abort: true })
    .max(hi, { error: message, abort: true });
}

export function show(v: number): string {
  return Math.abs(v) >= 1e6 && Number.isInteger(v) ? v.toExponential().replace('e+', 'e') : String(v);
}

/** Any meter value, bound, threshold or change. */
export const meterNumber = range(-LIMITS.meter, LIMITS.meter);
/** A weight that multiplies a meter or an amount. */
export const weight = range(-LIMITS.weight, LIMITS.weight);
export const growth = range(-LIMITS.growth, LIMITS.growth);
export const text = z
  .union([z.string().max(4000), z.object({ en: z.string().max(4000) }).catchall(z.string().max(4000))])
  .describe('Text: a string, or a map of language code to string (en required).');

const sourceRef = z.strictObject({
  doc: z.string().min(1).max(200).describe('Source document file name, or an outside reference id'),
  quote: z.string().max(400).optional(),
  verdict: z
    .enum(['confirmed', 'corrected', 'disputed', 'unverifiable', 'wrong', 'opinion', 'recommendation', 'prediction'])
    .optional()
    .describe(
      'confirmed/corrected/disputed/unverifiable/wrong judge a fact; opinion, recommendation, prediction mark a view, advice or forecast',
    ),
  ref: z.string().max(600).optional().describe('How the claim was checked, in words (reference codes go in refs)'),
  refs: z
    .array(z.string().min(1).max(40))
    .max(12)
    .optional()
    .describe('Ids of the references (scenario references list) it was checked against'),
  note: z.string().max(1200).optional(),
});

export const sourced = {
  sources: z.array(sourceRef).max(20).optional(),
  assumption: z.string().max(1200).optional().describe('Says this number is a design choice, and why'),
};

const comparison = {
  lt: meterNumber.optional(),
  lte: meterNumber.optional(),
  gt: meterNumber.optional(),
  gte: meterNumber.optional(),
  eq: meterNumber.optional(),
};

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(conditionSchema).min(1).max(50) }),
    z.strictObject({ any: z.array(conditionSchema).min(1).max(50) }),
    z.strictObject({ not: conditionSchema }),
    z.strictObject({ meter: z.string(), department: z.string().optional(), ...comparison }),
    z.strictObject({ turn: z.strictObject(comparison) }),
    z.strictObject({ flag: id, is: z.boolean().optional() }),
    z.strictObject({ project: z.string(), status: z.enum(['building', 'built', 'any']) }),
    z.strictObject({ deal: z.literal('signed'), between: z.tuple([z.string(), z.string()]).optional(), term: z.string().optional() }),
    z.strictObject({ leads: z.string(), department: z.string().optional(), by: range(0, 100).optional() }),
  ]),
);

export const effectSchema: z.ZodType<Effect> = z.union([
  z.strictObject({
    meter: z.string(),
    add: meterNumber.optional(),
    set: meterNumber.optional(),
    department: z.string().optional(),
    at: z.literal('target').optional(),
    label: text.optional(),
  }),
  z.strictObject({ flag: id, value: z.boolean().optional() }),
  z.strictObject({
    budget: z.enum(['capital', 'money']),
    actor: z.string(),
    add: range(-LIMITS.money, LIMITS.money),
    label: text.optional(),
  }),
  z
    .strictObject({ unwind: z.string(), between: z.tuple([z.string(), z.string()]).optional(), label: text.optional() })
    .describe('Unwinds every signed deal in force holding this term (its obligations stop; no trust is lost)'),
]);
