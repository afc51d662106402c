import type { Compass, ScenarioMap, SiteMarker } from './worldTypes';
/**
 * The shape of a scenario as the simulation runs it. The sim owns this shape;
 * `src/scenario` turns YAML files into it and checks them. Everything here is
 * plain data: effects and conditions are declarative and interpreted by the sim.
 */

/** Text a player reads: plain English, or a map of language code to text. */
export type Text = string | { en: string; [lang: string]: string };

/**
 * How a claim was judged when it was checked against a reference. The first five judge a checkable
 * fact; `opinion` (a document's view or judgement), `recommendation` (what a document says someone
 * should do) and `prediction` (a forecast) mark claims that are not facts: their `ref` may say what
 * the record shows so far.
 */
export type Verdict = 'confirmed' | 'corrected' | 'disputed' | 'unverifiable' | 'wrong' | 'opinion' | 'recommendation' | 'prediction';

/** Where a fact comes from: a source document, a short quote and how it was checked. */
export type SourceRef = {
  /** Source document file name, e.g. `002_c3ca15c6d8553d8d.txt`, or an outside reference id. */
  doc: string;
  /** The source's own words, as it writes them (never translated). */
  quote?: string;
  /** The quote's meaning in other languages, by language code, shown beside it. */
  gloss?: Readonly<Record<string, string>>;
  verdict?: Verdict;
  /** How the claim was checked, in words a player can read (no reference codes: those go in `refs`). */
  ref?: Text;
  /** Ids of the scenario's `references` the claim was checked against. */
  refs?: string[];
  note?: Text;
};

/** A lesson plan for a teacher: timed steps, roles, what to watch, notes on the questions, a fact-check round. */
export type TeacherGuide = {
  /** Length of the lesson in minutes; the plan's steps add up to it. */
  minutes: number;
  plan: { minutes: number; text: Text }[];
  roles?: { role: Text; text: Text }[];
  watchFor?: Text[];
  /** One note per core question (learning.questions), same order: what a good answer contains. */
  questionNotes: Text[];
  /** One note per extension question (learning.extensions), same order. */
  extensionNotes?: Text[];
  factCheck?: { intro: Text; claims: { claim: Text; where: Text; answer: Text }[] };
};

/** An outside reference a claim was checked against: shown by its title, with its address in the sources. */
export type Reference = { id: string; title: Text; publisher?: string; date?: Text; url?: string };

/** A rule or figure is either backed by sources, or says it is a design assumption. */
export type Sourced = {
  sources?: SourceRef[];
  /** Set when the number is a design choice, not a fact; says why it was chosen. */
  assumption?: Text;
};

/**
 * A meter is named by id: `gdp` (US$ bn), `growth` (% a year), `stability`,
 * `influence.<actorId>`, or a scenario meter id.
 */
export type MeterId = string;

export type Comparison = { lt?: number; lte?: number; gt?: number; gte?: number; eq?: number };

export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | ({ meter: MeterId; department?: string } & Comparison)
  | { turn: Comparison }
  | { flag: string; is?: boolean }
  | { project: string; status: 'building' | 'built' | 'any' }
  | { deal: 'signed'; between?: [string, string]; term?: string }
  | { leads: string; department?: string; by?: number };

/** Where an effect lands: nationally (every department), a department, or the action's target. */
export type Effect =
  | {
      meter: MeterId;
      add?: number;
      set?: number;
      department?: string;
      /** `target`: the department of the action's or project's target. */
      at?: 'target';
      label?: Text;
    }
  | { flag: string; value?: boolean }
  | { budget: 'capital' | 'money'; actor: string; add: number; label?: Text }
  /**
   * Unwinds every signed deal in force that holds the term (between the two actors, when given):
   * its remaining obligations stop and it counts as signed no more. No trust is lost by it.
   */
  | { unwind: string; between?: [string, string]; label?: Text };

export type ActorKind = 'host' | 'power' | 'other';

export type Budget = { capital: number; money: number };

export type Actor = Sourced & {
  id: string;
  name: Text;
  /** The name's possessive ("United States'"); absent: the language's rule applied to the name. */
  possessive?: Text;
  kind: ActorKind;
  playable?: boolean;
  /** Spent by actions; refilled at the start of every turn. Money in US$ million. */
  budget: Budget;
  interests?: Text;
  briefing?: { situation: Text; wants: Text; fears: Text };
  color?: string;
  /** Where this power's deal and trade routes enter the map ('north' when absent). */
  routeFrom?: Compass;
  /** A site its trade routes pass on the way (a port). */
  routeVia?: string;
};

export type Dynamics = {
  /** Where the meter drifts back to, and the fraction of the gap closed each turn. */
  toward?: number;
  rate?: number;
  /** Standard deviation of a random shock each turn. */
  noise?: number;
  /** What the drift means, in the player's words ("prices slowly settle"); the catalogue's words when absent. */
  label?: Text;
  /** What a random shock means, one text for a rise and one for a fall ("a good harvest", "a bad harvest"). */
  chance?: { up: Text; down: Text };
  /**
   * Each driver moves this meter from another one: with `rate` set, it shifts the
   * level the meter drifts toward by coef × (from − baseline); without `rate`, it
   * adds coef × (from − baseline) every turn.
   */
  drivers?: Driver[];
};

export type Driver = Sourced & { from: MeterId; baseline?: number; coef: number; label?: Text };

/** Which way a meter is good: `up` (more is better), `down` (less is better) or `neutral`. */
export type GoodDirection = 'up' | 'down' | 'neutral';

export type MeterDef = Sourced & {
  id: string;
  name: Text;
  unit?: Text;
  min: number;
  max: number;
  initial: number;
  dynamics?: Dynamics;
  description?: Text;
  /** Which way is good for most actors; neutral when absent. */
  good?: GoodDirection;
  /** Per-actor exceptions to `good`, by actor id. */
  goodFor?: Record<string, GoodDirection>;
};

export type Department = Sourced & {
  id: string;
  name: Text;
  population?: number;
  gdpShare?: number;
  stability: number;
  influence: Record<string, number>;
  /** Where this department's stability drifts back to, when it differs from the national level. */
  stabilityToward?: number;
  note?: Text;
};

/**
 * A place on the map. Sites abroad (a Chilean port) have no department. `at` is its position as
 * [longitude, latitude] in degrees (WGS 84, as GeoJSON writes it); absent, the map file's point
 * of the same id (the shipped Bolivia map has points for its sites). `marker` says how it is
 * drawn ('city' when absent).
 */
export type Site = Sourced & { id: string; name: Text; department?: string; note?: Text; at?: [number, number]; marker?: SiteMarker };

export type TargetSpec = {
  type: 'department' | 'site';
  /** Allowed ids; every department or site when absent. */
  allowed?: string[];
};

export type ProjectSpec = {
  /** Turns from the decision until the project is built. */
  turns: number;
  /** Effects applied once, when it is built. */
  onComplete?: Effect[];
  /** Effects applied every turn while it stands. */
  perTurn?: Effect[];
  /** Turns it stands once built; for ever when absent. */
  lifetime?: number;
};

export type ActionKind = 'trade' | 'invest' | 'diplomacy' | 'domestic' | 'security';

export type ActionDef = Sourced & {
  id: string;
  actor: string;
  kind: ActionKind;
  name: Text;
  description?: Text;
  cost: Partial<Budget>;
  target?: TargetSpec;
  requires?: Condition;
  /** Why a player may not take it when `requires` fails. */
  requiresText?: Text;
  effects?: Effect[];
  project?: ProjectSpec;
  /** Effects for a number of turns after the action (a tariff cut, a campaign). */
  lasting?: { turns: number; effects: Effect[] };
  limit?: { perTurn?: number; perGame?: number };
  cooldown?: number;
  /** A hint for the baseline policy: how much it likes this action (default 1). */
  aiWeight?: number;
  /** Marks heavy-handed options that tend to backfire, so interfaces can flag them. */
  heavyHanded?: boolean;
};

export type TermDef = Sourced & {
  id: string;
  name: Text;
  description?: Text;
  /** The actor who gives this term (pays the royalty, provides the financing…). */
  giver: string;
  /** The amount a deal sets; a term without one is yes/no (amount 1). */
  amount?: { min: number; max: number; step?: number; default: number; unit?: Text };
  /** Value of one unit of the term to each actor, for evaluating deals. */
  values: Record<string, number>;
  /** Applied once when the deal is signed; `add` is multiplied by the amount. */
  onSign?: Effect[];
  /** Applied every turn while the obligation runs; `add` is multiplied by the amount. */
  perTurn?: Effect[];
  /** Turns the obligation runs. */
  duration?: number;
  /** The two actors whose deals may contain this term (any pair with the giver when absent). */
  between?: [string, string];
  /** The receiver will not count this promise from a giver it trusts less than this (0–100). */
  minTrust?: number;
  /**
   * While this fails the term cannot be agreed: not offered, countered, accepted nor proposed by
   * the AI (rival terms: `{ not: { deal: signed, term: rival } }`).
   */
  requires?: Condition;
  /** Why the term cannot be agreed while `requires` fails, in the player's words. */
  requiresText?: Text;
};

/** How actors bargain: trust meters, what each needs from a deal, what a broken promise costs. */
export type NegotiationSpec = Sourced & {
  /** The meter holding the host's trust in each power (0–100), by power id; 50 when absent. */
  trust?: Record<string, MeterId>;
  /** Per actor: the least a deal must be worth to it (default 0.5), and its bargaining style. */
  actors?: Record<string, { reservation?: number; style?: 'boulware' | 'linear' | 'conceder' }>;
  /** Trust lost by an actor that breaks a promise, on top of half the trust it had (default 10). */
  breachPenalty?: number;
  /** Turns a broken promise is remembered: promises of that kind from the breaker count for nothing (default 8). */
  memory?: number;
};

export type EventOption = Sourced & {
  id: string;
  label: Text;
  effects: Effect[];
  aiWeight?: number;
};

export type EventDef = Sourced & {
  id: string;
  title: Text;
  text: Text;
  trigger?: Condition;
  /** Chance per turn, 0–1, that it fires while its trigger holds. */
  chance: number;
  once?: boolean;
  cooldown?: number;
  /** Earliest turn (1-based) it can fire. */
  fromTurn?: number;
  effects?: Effect[];
  /** The actor who answers its options. */
  chooser?: string;
  options?: EventOption[];
};

export type ObjectiveDef = Sourced & {
  id: string;
  text: Text;
  points: number;
  /**
   * The lengths of game it counts in: `full` (the scenario's whole length) and preset ids.
   * Absent: every length. A game is scored only on the objectives of its own length.
   */
  games?: string[];
} & (
    | { when: Condition }
    /**
     * Partial credit: 0 points at `from`, full points at `to` (either direction). With `minus`,
     * the measure is the meter's lead over another (influence.us minus influence.china).
     */
    | { meter: MeterId; minus?: MeterId; from: number; to: number }
  );

export type ActorObjectives = { actor: string; winAt: number; items: ObjectiveDef[] };

/**
 * A term a player may not know ("DFC", "offtake"), explained in plain words where it is first met.
 * `aliases` are other ways the texts write it (a plural, the spelled-out name).
 */
export type GlossaryDef = Sourced & { term: Text; aliases?: Text[]; meaning: Text };

export type EndCondition = { id: string; when: Condition; text: Text };

export type EconomySpec = {
  /** GDP growth (% a year) drifts toward trend plus its drivers, closing `inertia` of the gap a turn. */
  growth: Sourced & { trend: number; inertia: number; drivers?: Driver[] };
  stability: Sourced & Dynamics;
  /** Per foreign power: where its influence decays to and how fast. */
  influence: Record<string, Sourced & Dynamics>;
};

/**
 * The world a preset starts in, where it differs from the scenario's start (each value sourced):
 * national GDP and growth, scenario meters, department stability and influence, flags.
 */
export type PresetInitial = Sourced & {
  gdp?: number;
  growth?: number;
  /** Scenario meter ids and their values at the preset's first turn. */
  meters?: Record<string, number>;
  departments?: Record<string, { stability?: number; influence?: Record<string, number> }>;
  flags?: Record<string, boolean>;
};

/**
 * A shorter game: `turns` turns from scenario turn `startTurn` (1 when absent), in the world
 * `initial` describes; `events`, when set, are the only scenario events that can fire in it;
 * `winAt` sets each actor's winning score for it (a class game asks less), over the objectives of that game.
 */
export type PresetDef = {
  id: string;
  name: Text;
  turns: number;
  startTurn?: number;
  initial?: PresetInitial;
  events?: string[];
  winAt?: Record<string, number>;
};

export type Scenario = {
  id: string;
  title: Text;
  version: number;
  summary?: Text;
  /** The first turn's quarter. */
  start: { year: number; quarter: 1 | 2 | 3 | 4 };
  turns: number;
  /** Shorter games (a class period), each maybe starting later in the scenario: see `PresetDef`. */
  presets?: PresetDef[];
  /** The languages every text of the file is written in, besides English (the validator checks). */
  languages?: string[];
  /** `basic`: briefings, event texts and action descriptions have a basic reading in each language. */
  readings?: 'basic'[];
  documents?: { file: string; title: Text; date?: Text }[];
  /** The outside references claims were checked against (`refs` in sources name them by id). */
  references?: Reference[];
  /** `false`: a test or development scenario, not offered on the start screen (reachable by `?scenario=ID`). */
  listed?: boolean;
  actors: Actor[];
  /** Order in which actors move within a turn. */
  turnOrder: string[];
  initial: Sourced & { gdp: number; growth: number };
  meters?: MeterDef[];
  departments: Department[];
  sites?: Site[];
  /** The map the scenario is played on: see `ScenarioMap`. */
  map?: ScenarioMap;
  economy: EconomySpec;
  actions: ActionDef[];
  terms?: TermDef[];
  events?: EventDef[];
  negotiation?: NegotiationSpec;
  objectives: ActorObjectives[];
  endConditions?: EndCondition[];
  /** What a class learns: objectives, the core discussion questions and optional further ones. */
  learning?: { objectives: Text[]; questions: Text[]; extensions?: Text[] };
  /** The teacher's guide for a lesson built on this scenario (shown on its printable page). */
  teacherGuide?: TeacherGuide;
  /** Plain explanations of the abbreviations and terms of art a player meets in this scenario's texts. */
  glossary?: GlossaryDef[];
};
