import type { DealTerm } from './stateTypes';

/** A request to the sim, named as a verb. Plain data, so a log of them is a replay. */
export type Action =
  | { type: 'takeAction'; actor: string; action: string; target?: string }
  | { type: 'proposeDeal'; actor: string; to: string; terms: DealTerm[] }
  /** `reason`: the words the responder gives (the AI explains itself; a person may leave it out). */
  | { type: 'respondDeal'; actor: string; deal: number; response: 'accept' | 'reject'; reason?: string }
  | { type: 'counterDeal'; actor: string; deal: number; terms: DealTerm[]; reason?: string }
  | { type: 'withdrawDeal'; actor: string; deal: number }
  /** Stops keeping one's promises in a signed deal: they end now, and trust pays for it. */
  | { type: 'breakDeal'; actor: string; deal: number }
  | { type: 'chooseOption'; actor: string; choice: number; option: string }
  | { type: 'endPhase'; actor: string };

export type ActionType = Action['type'];
