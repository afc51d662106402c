import type { Said } from './said';
import type { DealTerm } from './stateTypes';

/** A request to the sim, named as a verb. Plain data, so a log of them is a replay. */
export type Action =
  | { type: 'takeAction'; actor: string; action: string; target?: string }
  | { type: 'proposeDeal'; actor: string; to: string; terms: DealTerm[] }
  /**
   * `reason`: why the responder answers so, as message keys an interface words (the AI explains
   * itself; a person may leave it out). Never a sentence, so a save reads in any language.
   */
  | { type: 'respondDeal'; actor: string; deal: number; response: 'accept' | 'reject'; reason?: Said[] }
  | { type: 'counterDeal'; actor: string; deal: number; terms: DealTerm[]; reason?: Said[] }
  | { type: 'withdrawDeal'; actor: string; deal: number }
  /** Stops keeping one's promises in a signed deal: they end now, and trust pays for it. */
  | { type: 'breakDeal'; actor: string; deal: number }
  | { type: 'chooseOption'; actor: string; choice: number; option: string }
  | { type: 'endPhase'; actor: string }
  /**
   * The referee's moves (a class's teacher, through the class server): no actor plays them.
   * `fireEvent` makes a scenario event happen now, as if its chance had come up (its effects, and
   * its choice for the chooser); `endGame` ends the game now, scored as it stands.
   */
  | { type: 'fireEvent'; event: string }
  | { type: 'endGame' };

export type ActionType = Action['type'];
