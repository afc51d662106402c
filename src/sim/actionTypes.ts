import type { DealTerm } from './stateTypes';

/** A request to the sim, named as a verb. Plain data, so a log of them is a replay. */
export type Action =
  | { type: 'takeAction'; actor: string; action: string; target?: string }
  | { type: 'proposeDeal'; actor: string; to: string; terms: DealTerm[] }
  | { type: 'respondDeal'; actor: string; deal: number; response: 'accept' | 'reject' }
  | { type: 'counterDeal'; actor: string; deal: number; terms: DealTerm[] }
  | { type: 'withdrawDeal'; actor: string; deal: number }
  | { type: 'chooseOption'; actor: string; choice: number; option: string }
  | { type: 'endPhase'; actor: string };

export type ActionType = Action['type'];
