import { z } from 'zod';
import { type Condition, type Effect, LIMITS } from '../sim';
import { mark } from './textMark';

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
/** Keys of a text map: a language code (en, es, qu…), or one with `.basic`, its basic reading. */
const textShape = z.union([
  z.string().max(4000),
  z
    .object({ en: z.string().max(4000).describe('The English text (required)') })
    .catchall(
      z
        .string()
        .max(4000)
        .describe('The text in the language this code names (es, qu, ay…); `en.basic`, `es.basic`: its basic reading in that language'),
    ),
]);
const TEXT_HELP =
  'a string, or a map of language code to string (en required; `es`, `en.basic`, `es.basic`…: other languages and basic readings). Shown as plain text, never HTML.';

export const text = textShape.transform((v) => mark(v, 'text')).describe(`Text a player reads: ${TEXT_HELP}`);
/** A text that has a basic reading too, where the file claims one (`readings: [basic]`). */
export const readingText = textShape
  .transform((v) => mark(v, 'reading'))
  .describe(`Text a player reads, with a basic reading where the file claims one: ${TEXT_HELP}`);
/** A work's own title (a reference's): kept as written; a translation is optional. */
export const originalText = textShape.transform((v) => mark(v, 'original')).describe(`A title as the work writes it: ${TEXT_HELP}`);

/** The languages a text map names for its own gloss: a quote's meaning in other languages. */
const gloss = z
  .record(z.string().regex(/^[a-z]{2,3}$/, 'a language code: two or three lower-case letters (es, qu)'), z.string().max(600))
  .describe("The quote's meaning in other languages (es: …), shown beside the quote, which stays as written");

const sourceRef = z.strictObject({
  doc: z
    .string()
    .min(1)
    .max(200)
    .describe('The source: a file listed under documents, or the id of an outside reference (references). Anything else draws a warning'),
  quote: z
    .string()
    .max(400)
    .transform((v) => mark(v, 'quote'))
    .optional()
    .describe('The words of the source the claim rests on, short (at most 400 characters), as the source writes them'),
  gloss: gloss.optional(),
  verdict: z
    .enum(['confirmed', 'corrected', 'disputed', 'unverifiable', 'wrong', 'opinion', 'recommendation', 'prediction'])
    .optional()
    .describe(
      'confirmed/corrected/disputed/unverifiable/wrong judge a fact; opinion, recommendation, prediction mark a view, advice or forecast',
    ),
  ref: text.optional().describe('How the claim was checked, in words (reference codes go in refs)'),
  refs: z
    .array(z.string().min(1).max(40))
    .max(12)
    .optional()
    .describe('Ids of the references (scenario references list) it was checked against'),
  note: text.optional().describe('More about the check, in words a player reads (no reference codes)'),
});

export const sourced = {
  sources: z
    .array(sourceRef)
    .max(20)
    .optional()
    .describe('Where the facts of this entry come from (at most 20); shown where the entry is shown, and on the Sources & checks page'),
  assumption: text.optional().describe('Says this number is a design choice, and why'),
};

const comparison = {
  lt: meterNumber.optional().describe('Holds when the value is below this (−1e9 to 1e9)'),
  lte: meterNumber.optional().describe('Holds when the value is at most this'),
  gt: meterNumber.optional().describe('Holds when the value is above this'),
  gte: meterNumber.optional().describe('Holds when the value is at least this'),
  eq: meterNumber.optional().describe('Holds when the value is exactly this'),
};
const conditionText = 'A condition (all, any, not, meter, turn, flag, project, deal or leads)';

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z
    .union([
      z.strictObject({ all: z.array(conditionSchema).min(1).max(50).describe('Holds when every condition in the list holds') }),
      z.strictObject({ any: z.array(conditionSchema).min(1).max(50).describe('Holds when at least one condition in the list holds') }),
      // (`not` names the condition itself: a described copy of the lazy schema would resolve itself forever.)
      z.strictObject({ not: conditionSchema }).describe('Holds when the condition under not does not'),
      z.strictObject({
        meter: z.string().describe('The meter compared: gdp, growth, stability, influence.POWER or a scenario meter id'),
        department: z
          .string()
          .optional()
          .describe("Compare this department's value (stability, influence.POWER only); absent: the national value"),
        ...comparison,
      }),
      z.strictObject({
        turn: z
          .strictObject(comparison)
          .describe("Compares the scenario turn (1 is the scenario's first quarter, whatever preset is played)"),
      }),
      z.strictObject({
        flag: id.describe('The flag read; a flag never set is false'),
        is: z.boolean().optional().describe('The value that makes the condition hold (true when absent)'),
      }),
      z.strictObject({
        project: z.string().describe("The id of the action that builds the project (a project's id is its action's id)"),
        status: z
          .enum(['building', 'built', 'any'])
          .describe('building: started, not finished; built: finished and not retired; any: either'),
      }),
      z.strictObject({
        deal: z.literal('signed').describe('Holds while a signed deal stands (signed or completed; not broken or unwound)'),
        between: z.tuple([z.string(), z.string()]).optional().describe('Only deals between these two actors'),
        term: z.string().optional().describe('Only deals holding this term'),
      }),
      z.strictObject({
        leads: z.string().describe("Holds when this power's influence is the highest of all powers"),
        department: z.string().optional().describe('In this department; absent: nationally'),
        by: range(0, 100).optional().describe('By at least this many points of influence (0 to 100)'),
      }),
    ])
    .describe(conditionText),
);

export const effectSchema: z.ZodType<Effect> = z
  .union([
    z.strictObject({
      meter: z
        .string()
        .describe('The meter changed: gdp (US$ bn), growth (% a year), stability, influence.POWER (0 to 100) or a scenario meter'),
      add: meterNumber
        .optional()
        .describe(
          "Added to the meter (clamped to its bounds). In a deal term's onSign/perTurn it is multiplied by the term's amount: give it per unit",
        ),
      set: meterNumber.optional().describe('The meter is set to this (give add or set, not both)'),
      department: z
        .string()
        .optional()
        .describe('Only this department (stability, influence.POWER); absent: every department moves by add'),
      at: z.literal('target').optional().describe('The department the action targets (actions with a target only)'),
      label: text.optional().describe('Why it changes, in the words the turn report and the causes panel show'),
    }),
    z.strictObject({
      flag: id.describe('A flag: a true/false marker conditions read (false until set)'),
      value: z.boolean().optional().describe('The value set (true when absent)'),
    }),
    z.strictObject({
      budget: z.enum(['capital', 'money']).describe('capital (political capital) or money (US$ million)'),
      actor: z.string().describe('Whose budget'),
      add: range(-LIMITS.money, LIMITS.money).describe(
        "Added to the budget (−1e7 to 1e7; never below 0). During play it is spendable this turn; from an event, a project or a deal obligation (the turn's resolution) it is spent next turn. Multiplied by the amount in a deal term",
      ),
      label: text.optional().describe('Why the budget changes, as the turn report shows it'),
    }),
    z
      .strictObject({
        unwind: z.string().describe('The term whose signed deals are unwound'),
        between: z.tuple([z.string(), z.string()]).optional().describe('Only deals between these two actors'),
        label: text.optional().describe("Why the deal ends, as the news shows it (absent: the event's title)"),
      })
      .describe('Unwinds every signed deal in force holding this term (its obligations stop; no trust is lost)'),
  ])
  .describe('An effect: a meter change (meter), a flag (flag), a budget change (budget) or an unwinding of deals (unwind)');
