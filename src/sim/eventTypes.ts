import type { Said } from './said';
import type { Text } from './scenarioTypes';
import type { Cause, DealTerm, ScoreCard } from './stateTypes';

/** What happened, in the past tense: the sim's answer that interfaces animate and narrate. */
export type GameEvent =
  | { type: 'ActionTaken'; actor: string; action: string; target?: string }
  | { type: 'ProjectStarted'; project: number; action: string; actor: string; target?: string; department?: string }
  | { type: 'ProjectCompleted'; project: number; action: string; actor: string; department?: string }
  | { type: 'ProjectRetired'; project: number; action: string }
  | { type: 'MeterChanged'; meter: string; department?: string; from: number; to: number; cause: Cause }
  | { type: 'FlagSet'; flag: string; value: boolean }
  | { type: 'BudgetChanged'; actor: string; budget: 'capital' | 'money'; delta: number }
  | { type: 'EventFired'; event: string; title: Text; choice?: number; chooser?: string }
  | { type: 'OptionChosen'; event: string; actor: string; option: string }
  | { type: 'DealProposed'; deal: number; from: string; to: string; terms: DealTerm[] }
  | { type: 'DealSigned'; deal: number; from: string; to: string }
  | { type: 'DealRejected'; deal: number; by: string; reason?: Said[] }
  | { type: 'DealCountered'; deal: number; counter: number; by: string }
  | { type: 'DealWithdrawn'; deal: number }
  | { type: 'DealBroken'; deal: number; by: string; against: string; terms: string[] }
  | { type: 'DealUnwound'; deal: number; from: string; to: string; term: string; cause: Cause }
  | { type: 'PromiseKept'; deal: number; by: string; term: string }
  | { type: 'ObligationEnded'; deal: number; term: string }
  | { type: 'PhaseEnded'; actor: string }
  | { type: 'TurnEnded'; turn: number }
  | { type: 'TurnStarted'; turn: number }
  | { type: 'GameEnded'; reason: 'length' | 'collapse' | 'referee'; scores: Record<string, ScoreCard>; text?: Text };
