import { z } from 'zod';
import { LIMITS, type Scenario } from '../sim';
import { conditionSchema, effectSchema, growth, id, meterNumber, range, show, sourced, text, weight } from './schemaParts';
import { actorRoutes, scenarioMap, siteWorld } from './schemaWorld';

/**
 * The scenario file format as a zod schema. It mirrors the sim's `Scenario` type
 * (a compile-time check below keeps them in step), rejects unknown keys so typos
 * are caught, and is the source of the published JSON Schema
 * (`scenarios/scenario.schema.json`, written by `npm run scenario:schema`).
 */

const driver = z.strictObject({ from: z.string(), baseline: meterNumber.optional(), coef: weight, label: text.optional(), ...sourced });

const dynamics = {
  toward: meterNumber.optional(),
  rate: range(0, 1).optional(),
  noise: range(0, LIMITS.weight).optional(),
  drivers: z.array(driver).max(50).optional(),
  label: text.optional(),
  chance: z.strictObject({ up: text, down: text }).optional(),
};

const goodDirection = z.enum(['up', 'down', 'neutral']);

const budget = z.strictObject({ capital: range(0, LIMITS.capital), money: range(0, LIMITS.money) });

const actor = z.strictObject({
  id,
  name: text,
  possessive: text.optional().describe("The name's possessive (\"United States'\"); absent: the language's rule"),
  kind: z.enum(['host', 'power', 'other']),
  playable: z.boolean().optional(),
  budget,
  interests: text.optional(),
  briefing: z.strictObject({ situation: text, wants: text, fears: text }).optional(),
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .optional(),
  ...actorRoutes,
  ...sourced,
});

const meter = z.strictObject({
  id,
  name: text,
  unit: z.string().max(40).optional(),
  min: meterNumber,
  max: meterNumber,
  initial: meterNumber,
  dynamics: z.strictObject(dynamics).optional(),
  description: text.optional(),
  good: goodDirection.optional(),
  goodFor: z.record(z.string(), goodDirection).optional(),
  ...sourced,
});

const department = z.strictObject({
  id,
  name: text,
  population: range(0, LIMITS.population).int().optional(),
  gdpShare: range(0, 1).optional(),
  stability: range(0, 100),
  influence: z.record(z.string(), range(0, 100)),
  stabilityToward: range(0, 100).optional(),
  note: text.optional(),
  ...sourced,
});

const site = z.strictObject({ id, name: text, department: z.string().optional(), note: text.optional(), ...siteWorld, ...sourced });

const action = z.strictObject({
  id,
  actor: z.string(),
  kind: z.enum(['trade', 'invest', 'diplomacy', 'domestic', 'security']),
  name: text,
  description: text.optional(),
  cost: z.strictObject({ capital: range(0, LIMITS.capital).optional(), money: range(0, LIMITS.money).optional() }),
  target: z.strictObject({ type: z.enum(['department', 'site']), allowed: z.array(z.string()).min(1).optional() }).optional(),
  requires: conditionSchema.optional(),
  requiresText: text.optional(),
  effects: z.array(effectSchema).max(50).optional(),
  project: z
    .strictObject({
      turns: z.number().int().min(1).max(100),
      onComplete: z.array(effectSchema).max(50).optional(),
      perTurn: z.array(effectSchema).max(50).optional(),
      lifetime: z.number().int().min(1).max(1000).optional(),
    })
    .optional(),
  lasting: z.strictObject({ turns: z.number().int().min(1).max(100), effects: z.array(effectSchema).min(1).max(50) }).optional(),
  limit: z.strictObject({ perTurn: z.number().int().min(1).optional(), perGame: z.number().int().min(1).optional() }).optional(),
  cooldown: z.number().int().min(1).max(100).optional(),
  aiWeight: range(0, 100).optional(),
  heavyHanded: z.boolean().optional(),
  ...sourced,
});

const term = z.strictObject({
  id,
  name: text,
  description: text.optional(),
  giver: z.string(),
  amount: z
    .strictObject({
      min: meterNumber,
      max: meterNumber,
      step: range(0, LIMITS.meter).positive().optional(),
      default: meterNumber,
      unit: z.string().max(40).optional(),
    })
    .optional(),
  values: z.record(z.string(), weight),
  onSign: z.array(effectSchema).max(50).optional(),
  perTurn: z.array(effectSchema).max(50).optional(),
  duration: z.number().int().min(1).max(100).optional(),
  between: z.tuple([z.string(), z.string()]).optional(),
  minTrust: range(0, 100).optional(),
  requires: conditionSchema.optional().describe('While this fails the term cannot be agreed (nor offered by the AI)'),
  requiresText: text.optional().describe('Why the term cannot be agreed while requires fails'),
  ...sourced,
});

const negotiation = z.strictObject({
  trust: z.record(z.string(), z.string()).optional(),
  actors: z
    .record(z.string(), z.strictObject({ reservation: weight.optional(), style: z.enum(['boulware', 'linear', 'conceder']).optional() }))
    .optional(),
  breachPenalty: range(0, 100).optional(),
  memory: z.number().int().min(0).max(100).optional(),
  ...sourced,
});

const eventOption = z.strictObject({
  id,
  label: text,
  effects: z.array(effectSchema).max(50),
  aiWeight: range(0, 100).optional(),
  ...sourced,
});

const event = z.strictObject({
  id,
  title: text,
  text,
  trigger: conditionSchema.optional(),
  chance: range(0, 1),
  once: z.boolean().optional(),
  cooldown: z.number().int().min(1).max(100).optional(),
  fromTurn: z.number().int().min(1).optional(),
  effects: z.array(effectSchema).max(50).optional(),
  chooser: z.string().optional(),
  options: z.array(eventOption).min(2).max(8).optional(),
  ...sourced,
});

// A preset's starting world: values that differ from the scenario's start, each sourced.
const presetInitial = z.strictObject({
  gdp: range(0, LIMITS.gdp)
    .positive(`must be a number above 0, at most ${show(LIMITS.gdp)}`)
    .optional(),
  growth: growth.optional(),
  meters: z.record(z.string(), meterNumber).optional(),
  departments: z
    .record(z.string(), z.strictObject({ stability: range(0, 100).optional(), influence: z.record(z.string(), range(0, 100)).optional() }))
    .optional(),
  flags: z.record(z.string(), z.boolean()).optional(),
  ...sourced,
});

// The lengths of game an objective counts in: `full` and preset ids (every length when absent).
const games = z.array(z.string()).min(1).max(11).optional();

const objective = z.union([
  z.strictObject({ id, text, points: range(0, 1000), games, when: conditionSchema, ...sourced }),
  z.strictObject({
    id,
    text,
    points: range(0, 1000),
    games,
    meter: z.string(),
    minus: z.string().optional(),
    from: meterNumber,
    to: meterNumber,
    ...sourced,
  }),
]);

export const scenarioSchema = z.strictObject({
  $schema: z.string().optional(),
  id,
  title: text,
  version: z.number().int().min(1),
  summary: text.optional(),
  start: z.strictObject({
    year: z.number().int().min(1800).max(2200),
    quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  }),
  turns: z.number().int().min(1).max(200),
  presets: z
    .array(
      z.strictObject({
        id,
        name: text,
        turns: z.number().int().min(1).max(200),
        startTurn: z.number().int().min(1).max(200).optional().describe('The scenario turn the preset starts on (1 when absent)'),
        initial: presetInitial.optional().describe("The world at the preset's start, where it differs from the scenario's"),
        events: z.array(z.string()).max(300).optional().describe('Only these scenario events can fire in this preset'),
        winAt: z.record(z.string(), range(0, 30_000)).optional(),
      }),
    )
    .max(10)
    .optional(),
  documents: z
    .array(z.strictObject({ file: z.string(), title: text, date: z.string().optional() }))
    .max(50)
    .optional(),
  references: z
    .array(
      z.strictObject({
        id: z.string().min(1).max(40),
        title: text,
        publisher: z.string().max(300).optional(),
        date: z.string().max(60).optional(),
        url: z.string().max(600).optional(),
      }),
    )
    .max(300)
    .optional()
    .describe('Outside references claims were checked against; sources name them in refs'),
  listed: z.boolean().optional().describe('false: a test scenario, not offered on the start screen'),
  actors: z.array(actor).min(2).max(20),
  turnOrder: z.array(z.string()).min(1).max(20),
  initial: z.strictObject({
    gdp: range(0, LIMITS.gdp).positive(`must be a number above 0, at most ${show(LIMITS.gdp)}`),
    growth,
    ...sourced,
  }),
  meters: z.array(meter).max(50).optional(),
  departments: z.array(department).min(1).max(50),
  sites: z.array(site).max(100).optional(),
  map: scenarioMap.optional(),
  economy: z.strictObject({
    growth: z.strictObject({
      trend: growth,
      inertia: range(0, 1),
      drivers: z.array(driver).max(50).optional(),
      ...sourced,
    }),
    stability: z.strictObject({ ...dynamics, ...sourced }),
    influence: z.record(z.string(), z.strictObject({ ...dynamics, ...sourced })),
  }),
  actions: z.array(action).min(1).max(300),
  terms: z.array(term).max(100).optional(),
  events: z.array(event).max(300).optional(),
  negotiation: negotiation.optional(),
  objectives: z.array(z.strictObject({ actor: z.string(), winAt: range(0, 30_000), items: z.array(objective).min(1).max(30) })).min(1),
  endConditions: z
    .array(z.strictObject({ id, when: conditionSchema, text }))
    .max(20)
    .optional(),
  learning: z
    .strictObject({
      objectives: z.array(text).max(30),
      questions: z.array(text).max(50).describe('The core discussion questions (a shipped scenario has exactly three)'),
      extensions: z.array(text).max(50).optional().describe('Further questions for a class that wants more, shown labelled as extensions'),
    })
    .optional(),
  teacherGuide: z
    .strictObject({
      minutes: z.number().int().min(1).max(600).describe('Length of the lesson; the plan steps add up to it'),
      plan: z
        .array(z.strictObject({ minutes: z.number().int().min(1).max(600), text }))
        .min(1)
        .max(30),
      roles: z
        .array(z.strictObject({ role: text, text }))
        .max(20)
        .optional(),
      watchFor: z.array(text).max(30).optional(),
      questionNotes: z.array(text).max(50).describe('One note per core question, same order: what a good answer contains'),
      extensionNotes: z.array(text).max(50).optional().describe('One note per extension question, same order'),
      factCheck: z
        .strictObject({
          intro: text,
          claims: z.array(z.strictObject({ claim: text, where: text, answer: text })).max(30),
        })
        .optional(),
    })
    .optional()
    .describe("A teacher's guide for a lesson on this scenario, shown on its printable guide page"),
  glossary: z
    .array(
      z
        .strictObject({ term: text, aliases: z.array(text).max(20).optional(), meaning: text, ...sourced })
        .describe('A term a player may not know, explained in plain words where the player first meets it'),
    )
    .max(200)
    .optional(),
});

export type ScenarioFile = z.infer<typeof scenarioSchema>;

// Compile-time check: what the schema accepts is what the sim runs on.
type Assignable<T extends Scenario> = T;
export type SchemaMatchesSim = Assignable<Omit<ScenarioFile, '$schema'>>;
