import type { Said } from './said';
import type { Budget, SourceRef, Text } from './scenarioTypes';

/**
 * The whole game as plain JSON: no classes, Map, Set or functions, so it can be
 * saved, hashed, sent over a network and compared bit for bit.
 */

export type Controller = 'human' | 'ai';

/**
 * The engine's own causes, named so an interface can word them (and the design assumption behind
 * each) in any language from its catalogue (`cause.<rule>`); `params` fill the wording.
 */
export type EngineRule = 'drift' | 'driver' | 'noise' | 'gdp' | 'kept' | 'broken' | 'brokenInfluence';

/**
 * What caused a change: an action, a scenario event, a project, a deal or an engine rule. A cause
 * the scenario names (an action, an event, a term, a labelled driver) carries that name as `label`;
 * an engine rule carries `rule` and `params` instead, and no words. `assumption` is the scenario's
 * own design note, where it wrote one.
 */
export type Cause = {
  kind: 'action' | 'event' | 'project' | 'deal' | 'rule' | 'setup';
  id: string;
  actor?: string;
  label?: Text;
  rule?: EngineRule;
  params?: Record<string, string | number>;
  sources?: SourceRef[];
  assumption?: Text;
};

/** One recorded change of one meter: the explanation behind every number. */
export type LedgerEntry = {
  turn: number;
  meter: string;
  /** Absent: the national value (for department meters, every department moved alike). */
  department?: string;
  delta: number;
  cause: Cause;
};

export type MeterValues = Record<string, number>;

export type DepartmentState = { stability: number; influence: Record<string, number> };

export type ProjectState = {
  id: number;
  action: string;
  actor: string;
  target?: string;
  department?: string;
  startedTurn: number;
  turnsLeft: number;
  status: 'building' | 'built' | 'retired';
  /** Turns left standing once built, when the project has a lifetime. */
  lifeLeft?: number;
};

export type LastingState = { action: string; actor: string; target?: string; department?: string; turnsLeft: number };

export type DealTerm = { term: string; amount: number };

export type DealState = {
  id: number;
  from: string;
  to: string;
  terms: DealTerm[];
  status: 'proposed' | 'signed' | 'rejected' | 'countered' | 'withdrawn' | 'expired' | 'completed' | 'broken' | 'unwound';
  proposedTurn: number;
  signedTurn?: number;
  /** Turns left on each obligation, by term id. */
  obligations?: Record<string, number>;
  /** The deal this one counters. */
  counterOf?: number;
  /** Why the other side rejected or countered it, as message keys. */
  reason?: Said[];
  /** When and why it was unwound (an `unwind` effect of a scenario event): the term named and the cause, with the effect's label. */
  unwound?: { turn: number; term: string; cause: Cause };
};

/** A promise broken: remembered by the wronged actor in later negotiations. */
export type Breach = { by: string; against: string; deal: number; terms: string[]; turn: number };

export type PendingChoice = { id: number; event: string; actor: string; turn: number };

export type ActorState = {
  controller: Controller;
  budget: Budget;
  /** Times each action was taken this turn and in the whole game. */
  usedThisTurn: Record<string, number>;
  usedInGame: Record<string, number>;
  /** Turn each action was last taken, for cooldowns. */
  lastTaken: Record<string, number>;
};

export type TurnSnapshot = { turn: number; national: MeterValues; departments: Record<string, DepartmentState> };

/** `detail`: an id, never words (the target, the option chosen, the other party, the terms broken). */
export type DecisionRecord = { turn: number; actor: string; kind: string; id: string; detail?: string };

export type AiLevel = 'easy' | 'normal' | 'hard';

export type GameSetup = {
  scenarioId: string;
  seed: number;
  /** How many turns the game plays (a preset's length, or the scenario's). */
  turns: number;
  /** The preset played, by id; absent for a game of the scenario's own length from its start. */
  preset?: string;
  /** The scenario turn the game starts on, when later than 1 (a preset's `startTurn`). */
  startTurn?: number;
  controllers: Record<string, Controller>;
  /** The AI level of each AI-controlled actor; the baseline policy where absent. */
  levels?: Record<string, AiLevel>;
};

export type GameState = {
  version: 1;
  setup: GameSetup;
  /** 1-based; the game is over when `over` is set. */
  turn: number;
  /** Index into the scenario's turn order of the actor to move. */
  phase: number;
  rng: number;
  national: MeterValues;
  departments: Record<string, DepartmentState>;
  flags: Record<string, boolean>;
  actors: Record<string, ActorState>;
  projects: ProjectState[];
  lasting: LastingState[];
  deals: DealState[];
  breaches: Breach[];
  pending: PendingChoice[];
  /** Turn an event last fired, by event id. */
  fired: Record<string, number>;
  ledger: LedgerEntry[];
  history: TurnSnapshot[];
  decisions: DecisionRecord[];
  nextId: number;
  over?: { reason: 'length' | 'collapse' | 'referee'; endCondition?: string; scores: Record<string, ScoreCard> };
};

export type ScoreLine = { objective: string; points: number; max: number; met: boolean };

export type ScoreCard = { actor: string; score: number; max: number; winAt: number; won: boolean; lines: ScoreLine[] };
