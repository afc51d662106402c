import { z } from 'zod';
import { LIMITS } from '../sim';
import { conditionSchema, effectSchema, growth, id, meterNumber, range, readingText, show, sourced, text, weight } from './schemaParts';
import { actorRoutes, siteWorld } from './schemaWorld';

// The parts of a scenario file the format is made of, each a zod schema: actors, meters, departments,
// sites, actions, terms and negotiation, events, presets and objectives (schema.ts puts them together).

const effects = (what: string) => z.array(effectSchema).max(50).describe(what);

export const driver = z
  .strictObject({
    from: z.string().describe('The meter that pushes this one (any meter id)'),
    baseline: meterNumber.optional().describe('The value of from at which it pushes nothing (0 when absent)'),
    coef: weight.describe(
      'How hard it pushes: coef × (from − baseline) shifts the level drifted toward (with a rate) or is added each turn (without)',
    ),
    label: text.optional().describe('What the push means, in the words the causes panel shows'),
    ...sourced,
  })
  .describe('Another meter pushing this one each turn');

export const dynamics = {
  toward: meterNumber.optional().describe('The level the meter drifts back to each turn'),
  rate: range(0, 1).optional().describe('The share of the gap to toward closed each turn (0 to 1: 0.1 closes a tenth)'),
  noise: range(0, LIMITS.weight).optional().describe("The standard deviation of a random shock each turn, in the meter's unit (0: none)"),
  drivers: z.array(driver).max(50).optional().describe('Meters that push this one (at most 50)'),
  label: text.optional().describe('What the drift means in the player\'s words ("prices slowly settle")'),
  chance: z
    .strictObject({
      up: text.describe('What an upward shock means ("a good growing season")'),
      down: text.describe('What a downward shock means'),
    })
    .optional()
    .describe('What a random shock means, each way, for the turn report'),
};

const goodDirection = z.enum(['up', 'down', 'neutral']);

const budget = z
  .strictObject({
    capital: range(0, LIMITS.capital).describe('Political capital each turn (0 to 1000): most actions cost 1 to 3'),
    money: range(0, LIMITS.money).describe('Money each turn, in US$ million (0 to 1e7)'),
  })
  .describe('What the actor may spend each turn. It refills at the end of every turn; what is not spent is lost');

export const actor = z.strictObject({
  id: id.describe("The actor's id, used by actions, terms, objectives and turnOrder"),
  name: text.describe('The name players read'),
  possessive: text.optional().describe("The name's possessive (\"United States'\"); absent: the language's rule"),
  kind: z
    .enum(['host', 'power', 'other'])
    .describe(
      'host: the country on the map (exactly one); power: a foreign power whose influence is kept per department (influence.ID); other: any other actor',
    ),
  playable: z.boolean().optional().describe('true: a person may play this side (it needs objectives)'),
  budget,
  interests: text.optional().describe("What the actor wants, in a line (Who's who)"),
  briefing: z
    .strictObject({
      situation: readingText.describe('Where the side stands at the start'),
      wants: readingText.describe('What it wants'),
      fears: readingText.describe('What it fears'),
    })
    .optional()
    .describe('The briefing a player of this side reads before the game'),
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .optional()
    .describe("The side's colour on the map and charts, as #RRGGBB (never the only signal)"),
  ...actorRoutes,
  ...sourced,
});

export const meter = z.strictObject({
  id: id.describe("The meter's id (not gdp, growth, stability or influence.*, which the engine has)"),
  name: text.describe('The name players read'),
  unit: text.optional().describe('The unit shown after its value (%, ha, US$ bn); a text, so it may carry its languages'),
  min: meterNumber.describe('The lowest value (every change is clamped to it)'),
  max: meterNumber.describe('The highest value (above min)'),
  initial: meterNumber.describe('The value at the start, between min and max'),
  dynamics: z.strictObject(dynamics).optional().describe('How the meter moves by itself each turn'),
  description: text.optional().describe('What the meter measures, for its note (the "?" beside it)'),
  good: goodDirection.optional().describe('Which way is good for everyone: up, down or neutral (the default)'),
  goodFor: z.record(z.string(), goodDirection).optional().describe('Exceptions per actor id: { cocaleros: up } on coca cultivation'),
  ...sourced,
});

export const department = z.strictObject({
  id: id.describe(
    "The department's id. The shipped Bolivia map draws BO-L (La Paz), BO-O (Oruro), BO-P (Potosí), BO-C (Cochabamba), BO-H (Chuquisaca), BO-T (Tarija), BO-S (Santa Cruz), BO-B (Beni), BO-N (Pando)",
  ),
  name: text.describe('The name players read'),
  population: range(0, LIMITS.population)
    .int()
    .optional()
    .describe('Inhabitants: national stability and influence are population-weighted means of the departments (each counts 1 when absent)'),
  gdpShare: range(0, 1).optional().describe('Its share of the national GDP (0 to 1); shown, not used by the rules'),
  stability: range(0, 100).describe('Stability at the start (0 to 100)'),
  influence: z.record(z.string(), range(0, 100)).describe("Each power's influence here at the start (power id: 0 to 100; 0 when absent)"),
  stabilityToward: range(0, 100).optional().describe('The stability this department drifts to (overrides economy.stability.toward)'),
  note: text.optional().describe('A line about the department, shown when it is selected'),
  ...sourced,
});

export const site = z.strictObject({
  id: id.describe("The site's id (not a department id), for action targets"),
  name: text.describe('The name players read'),
  department: z.string().optional().describe('The department it lies in'),
  note: text.optional().describe('A line about the site'),
  ...siteWorld,
  ...sourced,
});

export const action = z.strictObject({
  id: id.describe("The action's id; a project it builds has this id too ({ project: ID } conditions)"),
  actor: z.string().describe('The actor who may take it'),
  kind: z
    .enum(['trade', 'invest', 'diplomacy', 'domestic', 'security'])
    .describe('The group its card is listed under; the rules treat every kind alike'),
  name: text.describe('The name on its card'),
  description: readingText.optional().describe('What it does, on its card'),
  cost: z
    .strictObject({
      capital: range(0, LIMITS.capital).optional().describe('Political capital it costs (0 to 1000)'),
      money: range(0, LIMITS.money).optional().describe('Money it costs, in US$ million'),
    })
    .describe("What it costs, from this turn's budget"),
  target: z
    .strictObject({
      type: z.enum(['department', 'site']).describe('What the player picks: a department or a site'),
      allowed: z.array(z.string()).min(1).optional().describe('The ids that may be picked (all of the type when absent)'),
    })
    .optional()
    .describe('A place the action is aimed at; effects with at: target land there'),
  requires: conditionSchema.optional().describe('While this fails the action cannot be taken'),
  requiresText: text.optional().describe('Why the action cannot be taken while requires fails'),
  effects: effects('What happens at once').optional(),
  project: z
    .strictObject({
      turns: z.number().int().min(1).max(100).describe('Turns to build (1 to 100)'),
      onComplete: effects('What happens once, when it is built').optional(),
      perTurn: effects('What happens every turn once built (until its lifetime ends)').optional(),
      lifetime: z.number().int().min(1).max(1000).optional().describe('Turns it works once built, then retires (forever when absent)'),
    })
    .optional()
    .describe("Something built over turns; its id is the action's id"),
  lasting: z
    .strictObject({
      turns: z.number().int().min(1).max(100).describe('For how many turns (1 to 100)'),
      effects: z.array(effectSchema).min(1).max(50).describe('What happens at the end of each of those turns'),
    })
    .optional()
    .describe('Effects repeated for some turns after it is taken'),
  limit: z
    .strictObject({
      perTurn: z.number().int().min(1).optional().describe('Times it may be taken in one turn'),
      perGame: z.number().int().min(1).optional().describe('Times it may be taken in one game'),
    })
    .optional()
    .describe('How often it may be taken'),
  cooldown: z.number().int().min(1).max(100).optional().describe('Turns to wait before it may be taken again'),
  aiWeight: range(0, 100)
    .optional()
    .describe('A hint to the computer players: how much they favour it (0 to 100, 1 when absent; 0: never)'),
  heavyHanded: z
    .boolean()
    .optional()
    .describe(
      'Marks an option that tends to backfire: its card warns and asks to confirm. The rules are the same: put the backlash in its effects',
    ),
  ...sourced,
});

export const term = z.strictObject({
  id: id.describe("The term's id"),
  name: text.describe('The name in the deal builder and offers'),
  description: text.optional().describe('What it promises, in the deal builder'),
  giver: z.string().describe('The actor who gives it (pays, sells, allows)'),
  amount: z
    .strictObject({
      min: meterNumber.describe('The smallest amount'),
      max: meterNumber.describe('The largest amount'),
      step: range(0, LIMITS.meter)
        .positive()
        .optional()
        .describe("What the slider and the AI's bargaining move by (a round step when absent)"),
      default: meterNumber.describe('The amount first offered (on the step)'),
      unit: text.optional().describe('Its unit (US$ m, t, %); a text, so it may carry its languages'),
    })
    .optional()
    .describe(
      'How much: a deal names an amount. values, and the add of onSign/perTurn effects, are multiplied by it. Without it the amount is 1',
    ),
  values: z
    .record(z.string(), weight)
    .describe(
      'What one unit of the amount is worth to each actor (actor id: −1e6 to 1e6; negative: a cost). A deal is worth the sum of value × amount over its terms, and an actor signs when that reaches its reservation (0.5 by default). Worth, not score points: points come only from objectives',
    ),
  onSign: effects(
    'What happens when a deal holding it is signed. Each add is multiplied by the amount: +4 at amount 100 is +400, clamped',
  ).optional(),
  perTurn: effects('What happens each turn for duration turns. Each add is multiplied by the amount').optional(),
  duration: z.number().int().min(1).max(100).optional().describe('Turns its perTurn obligations run (needed with perTurn)'),
  between: z.tuple([z.string(), z.string()]).optional().describe('Only in deals between these two actors (one of them the giver)'),
  minTrust: range(0, 100).optional().describe('The trust (0 to 100) the receiver needs before it counts the promise'),
  requires: conditionSchema.optional().describe('While this fails the term cannot be agreed (nor offered by the AI)'),
  requiresText: text.optional().describe('Why the term cannot be agreed while requires fails'),
  ...sourced,
});

export const negotiation = z.strictObject({
  trust: z
    .record(z.string(), z.string())
    .optional()
    .describe("For each power id, the meter holding the host's trust in it (0 to 100; 50 when absent)"),
  actors: z
    .record(
      z.string(),
      z.strictObject({
        reservation: weight
          .optional()
          .describe(
            'The least a deal must be worth to this actor (sum of value × amount over its terms, in the units of values) before it signs; 0.5 when absent',
          ),
        style: z
          .enum(['boulware', 'linear', 'conceder'])
          .optional()
          .describe(
            'How the actor concedes over time: boulware (late), linear, conceder (early). Accepted and kept for the file; the current AI does not read it',
          ),
      }),
    )
    .optional()
    .describe('How each actor bargains, by actor id'),
  breachPenalty: range(0, 100).optional().describe('Trust lost beyond halving when a promise is broken (0 to 100; 10 when absent)'),
  memory: z
    .number()
    .int()
    .min(0)
    .max(100)
    .optional()
    .describe('Turns a wronged side discounts that kind of promise from the breaker to nothing (8 when absent)'),
  ...sourced,
});

const eventOption = z.strictObject({
  id: id.describe("The option's id (unique in its event)"),
  label: text.describe('The choice as the chooser reads it'),
  effects: z.array(effectSchema).max(50).describe('What happens if chosen'),
  aiWeight: range(0, 100).optional().describe('How much a computer chooser favours it (0 to 100)'),
  ...sourced,
});

export const event = z.strictObject({
  id: id.describe("The event's id"),
  title: text.describe('Its headline in the news'),
  text: readingText.describe('What happened, in the events panel'),
  trigger: conditionSchema.optional().describe('It can fire only while this holds'),
  chance: range(0, 1).describe('The chance it fires in a turn when it can (0 to 1: 0.25 is one turn in four)'),
  once: z.boolean().optional().describe('true: it fires at most once a game'),
  cooldown: z.number().int().min(1).max(100).optional().describe('Turns after firing before it can fire again'),
  fromTurn: z.number().int().min(1).optional().describe('The first scenario turn it can fire on'),
  effects: effects('What happens when it fires').optional(),
  chooser: z.string().optional().describe('The actor who answers its options'),
  options: z.array(eventOption).min(2).max(8).optional().describe('The answers the chooser picks from (2 to 8)'),
  ...sourced,
});

// A preset's starting world: values that differ from the scenario's start, each sourced.
export const presetInitial = z.strictObject({
  gdp: range(0, LIMITS.gdp)
    .positive(`must be a number above 0, at most ${show(LIMITS.gdp)}`)
    .optional()
    .describe("GDP at the preset's start, in US$ bn"),
  growth: growth.optional().describe('Growth at the start, in % a year'),
  meters: z.record(z.string(), meterNumber).optional().describe('Scenario meters at the start, by id'),
  departments: z
    .record(
      z.string(),
      z.strictObject({
        stability: range(0, 100).optional().describe('Its stability (0 to 100)'),
        influence: z.record(z.string(), range(0, 100)).optional().describe('Influence per power (0 to 100)'),
      }),
    )
    .optional()
    .describe('Departments at the start, by id'),
  flags: z.record(z.string(), z.boolean()).optional().describe('Flags already set at the start'),
  ...sourced,
});

// The lengths of game an objective counts in: `full` and preset ids (every length when absent).
export const games = z
  .array(z.string())
  .min(1)
  .max(11)
  .optional()
  .describe('The lengths of game it counts in: full and preset ids (every length when absent)');

const itemId = id.describe("The objective's id (unique for its actor)");
export const points = range(0, 1000).describe('Points it is worth (0 to 1000)');
export const objective = z.union([
  z
    .strictObject({
      id: itemId,
      text: text.describe('The objective as the player reads it (name the target, not the start)'),
      points,
      games,
      when: conditionSchema.describe('Full points when this holds at the end, none otherwise'),
      ...sourced,
    })
    .describe('An objective met or not at the end'),
  z
    .strictObject({
      id: itemId,
      text: text.describe('The objective as the player reads it'),
      points,
      games,
      meter: z.string().describe('The national meter scored (a range cannot name a department)'),
      minus: z.string().optional().describe('Score meter − minus instead (a lead: influence.us minus influence.china)'),
      from: meterNumber.describe('Where 0 points are earned (start it below the opening value)'),
      to: meterNumber.describe('Where full points are earned; in between, points in proportion'),
      ...sourced,
    })
    .describe('Partial credit along a meter, from from to to'),
]);
