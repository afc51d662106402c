import { z } from 'zod';
import { LIMITS, type Scenario } from '../sim';
import {
  action,
  actor,
  department,
  driver,
  dynamics,
  event,
  meter,
  negotiation,
  objective,
  presetInitial,
  site,
  term,
} from './schemaEntities';
import { conditionSchema, growth, id, originalText, range, show, sourced, text } from './schemaParts';
import { scenarioMap } from './schemaWorld';

/**
 * The scenario file format as a zod schema. It mirrors the sim's `Scenario` type
 * (a compile-time check below keeps them in step), rejects unknown keys so typos
 * are caught, and is the source of the published JSON Schema
 * (`scenarios/scenario.schema.json`, written by `npm run scenario:schema`). Every field says what
 * it means, its unit and its range: an editor shows it on hover (tests/unit/schemaReference.test.ts).
 */

const turnCount = z.number().int().min(1).max(200);

export const scenarioSchema = z.strictObject({
  $schema: z.string().optional().describe('The JSON Schema this file follows (editors use it; the game ignores it)'),
  id: id.describe("The scenario's id: its file is ID.yaml, and ?scenario=ID opens it"),
  title: text.describe('The title on the start screen'),
  version: z
    .number()
    .int()
    .min(1)
    .describe(
      "The file's own revision (a whole number from 1): raise it when you change the scenario. Saves check the content's hash, not this",
    ),
  summary: text.optional().describe('A paragraph on the start screen'),
  languages: z
    .array(z.string().regex(/^[a-z]{2,3}$/, 'a language code: two or three lower-case letters (en, es, qu)'))
    .max(20)
    .optional()
    .describe('The languages every text of the file is written in (en is always one): the validator lists each text that lacks one'),
  readings: z
    .array(z.literal('basic'))
    .max(1)
    .optional()
    .describe('basic: every briefing, event text and action description also has a basic reading (en.basic, es.basic…) in each language'),
  start: z
    .strictObject({
      year: z.number().int().min(1800).max(2200).describe('The year of the first turn'),
      quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).describe('Its quarter (1 to 4): a turn is a quarter'),
    })
    .describe('When turn 1 is'),
  turns: turnCount.describe('Turns in the full game (1 to 200; a turn is a quarter)'),
  presets: z
    .array(
      z.strictObject({
        id: id.describe("The preset's id (objectives name it in games)"),
        name: text.describe('Its name on the start screen'),
        turns: turnCount.describe('Its length in turns'),
        startTurn: turnCount.optional().describe('The scenario turn the preset starts on (1 when absent)'),
        initial: presetInitial.optional().describe("The world at the preset's start, where it differs from the scenario's"),
        events: z.array(z.string()).max(300).optional().describe('Only these scenario events can fire in this preset'),
        winAt: z.record(z.string(), range(0, 30_000)).optional().describe('The winning score per actor id in this length'),
      }),
    )
    .max(10)
    .optional()
    .describe('Shorter games (a class period), at most 10'),
  documents: z
    .array(
      z.strictObject({
        file: z.string().describe("The document's file name, as sources cite it in doc"),
        title: text.describe('Its title, as players see it'),
        date: text.optional().describe('Its date, in words (Nov 2025, late 2025)'),
      }),
    )
    .max(50)
    .optional()
    .describe('The source documents the scenario was built from'),
  references: z
    .array(
      z.strictObject({
        id: z.string().min(1).max(40).describe('Its id (R12), named in refs; never written in text players read'),
        title: originalText.describe('Its title, as the work writes it'),
        publisher: z.string().max(300).optional().describe('Who published it'),
        date: originalText
          .optional()
          .describe(
            'When, as written ("19 Oct 2025" is shown with the reader\'s month names); a text, so an unusual one ("late 2024") may carry its languages',
          ),
        url: z.string().max(600).optional().describe('Its address'),
      }),
    )
    .max(300)
    .optional()
    .describe('Outside references claims were checked against; sources name them in refs'),
  listed: z.boolean().optional().describe('false: a test scenario, not offered on the start screen'),
  actors: z.array(actor).min(2).max(20).describe('Everyone who acts (2 to 20): one host, powers, others'),
  turnOrder: z.array(z.string()).min(1).max(20).describe('The order actors move in within a turn (every actor once)'),
  initial: z
    .strictObject({
      gdp: range(0, LIMITS.gdp)
        .positive(`must be a number above 0, at most ${show(LIMITS.gdp)}`)
        .describe('GDP at the start, in US$ bn (above 0)'),
      growth: growth.describe('Growth at the start, in % a year (−30 to 30)'),
      ...sourced,
    })
    .describe('The host economy at the start (required): GDP and growth'),
  meters: z
    .array(meter)
    .max(50)
    .optional()
    .describe("The scenario's own national meters (the engine has gdp, growth, stability, influence.POWER)"),
  departments: z
    .array(department)
    .min(1)
    .max(50)
    .describe('The regions of the host country; stability and influence are kept per department'),
  sites: z.array(site).max(100).optional().describe('Places actions can target (a salt flat, a port), drawn on the map'),
  map: scenarioMap.optional(),
  economy: z
    .strictObject({
      growth: z
        .strictObject({
          trend: growth.describe('Long-run growth, % a year'),
          inertia: range(0, 1).describe('The share of the gap to trend closed each turn (0 to 1)'),
          drivers: z.array(driver).max(50).optional().describe('Meters that push growth'),
          ...sourced,
        })
        .describe('How growth moves; GDP compounds each quarter by it'),
      stability: z.strictObject({ ...dynamics, ...sourced }).describe('How stability moves, in every department'),
      influence: z
        .record(z.string(), z.strictObject({ ...dynamics, ...sourced }))
        .describe("How each power's influence moves, by power id"),
    })
    .describe("The engine meters' own movement each turn"),
  actions: z.array(action).min(1).max(300).describe('What actors can do on their turn'),
  terms: z.array(term).max(100).optional().describe('What a deal can contain'),
  events: z.array(event).max(300).optional().describe('What may happen at the end of a turn'),
  negotiation: negotiation.optional().describe('How actors bargain'),
  objectives: z
    .array(
      z.strictObject({
        actor: z.string().describe('Whose objectives'),
        winAt: range(0, 30_000).describe('The score that wins the full game (at most the points available)'),
        items: z.array(objective).min(1).max(30).describe('The objectives (1 to 30)'),
      }),
    )
    .min(1)
    .describe('What each actor is scored on; every playable side needs some'),
  endConditions: z
    .array(
      z.strictObject({
        id: id.describe('Its id'),
        when: conditionSchema.describe('The game ends early when this holds'),
        text: text.describe('What happened, on the end screen'),
      }),
    )
    .max(20)
    .optional()
    .describe('What ends the game early (a collapse)'),
  learning: z
    .strictObject({
      objectives: z.array(text).max(30).describe('The learning objectives'),
      questions: z.array(text).max(50).describe('The core discussion questions (a shipped scenario has exactly three)'),
      extensions: z.array(text).max(50).optional().describe('Further questions for a class that wants more, shown labelled as extensions'),
    })
    .optional()
    .describe('What a class takes away'),
  teacherGuide: z
    .strictObject({
      minutes: z.number().int().min(1).max(600).describe('Length of the lesson; the plan steps add up to it'),
      plan: z
        .array(
          z.strictObject({
            minutes: z.number().int().min(1).max(600).describe('Minutes of this step'),
            text: text.describe('What happens in it'),
          }),
        )
        .min(1)
        .max(30)
        .describe("The lesson's timed steps"),
      roles: z
        .array(z.strictObject({ role: text.describe('Who'), text: text.describe('What they play, and notes') }))
        .max(20)
        .optional()
        .describe('Who plays what'),
      watchFor: z.array(text).max(30).optional().describe('What to look out for in play'),
      questionNotes: z.array(text).max(50).describe('One note per core question, same order: what a good answer contains'),
      extensionNotes: z.array(text).max(50).optional().describe('One note per extension question, same order'),
      factCheck: z
        .strictObject({
          intro: text.describe('The task, in a line'),
          claims: z
            .array(
              z.strictObject({
                claim: text.describe('The claim'),
                where: text.describe('Where in the game it appears'),
                answer: text.describe('What the record shows'),
              }),
            )
            .max(30)
            .describe('Claims to check'),
        })
        .optional()
        .describe('A fact-checking exercise'),
    })
    .optional()
    .describe("A teacher's guide for a lesson on this scenario, shown on its printable guide page"),
  glossary: z
    .array(
      z
        .strictObject({
          term: text.describe('The word as the texts write it (capitals match only in capitals)'),
          aliases: z.array(text).max(20).optional().describe('Other ways the texts write it'),
          meaning: text.describe('What it means, in plain words'),
          ...sourced,
        })
        .describe('A term a player may not know, explained in plain words where the player first meets it'),
    )
    .max(200)
    .optional()
    .describe('Plain explanations of terms of art in the texts'),
});

export type ScenarioFile = z.infer<typeof scenarioSchema>;

// Compile-time check: what the schema accepts is what the sim runs on.
type Assignable<T extends Scenario> = T;
export type SchemaMatchesSim = Assignable<Omit<ScenarioFile, '$schema'>>;
