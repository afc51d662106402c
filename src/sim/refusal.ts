/** Why the sim refused an action: a stable code for interfaces and an English sentence. */
export type Refusal = { code: RefusalCode; message: string };

export type RefusalCode =
  | 'gameOver'
  | 'unknownActor'
  | 'notYourPhase'
  | 'unknownAction'
  | 'notYourAction'
  | 'noCapital'
  | 'noMoney'
  | 'needsTarget'
  | 'badTarget'
  | 'requirementNotMet'
  | 'limitReached'
  | 'coolingDown'
  | 'pendingChoice'
  | 'unknownDeal'
  | 'notYourDeal'
  | 'dealClosed'
  | 'badTerms'
  | 'unknownChoice'
  | 'unknownOption'
  | 'malformed';

export function refuse(code: RefusalCode, message: string): Refusal {
  return { code, message };
}
