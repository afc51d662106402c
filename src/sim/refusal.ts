import type { Said } from './said';
import type { Text } from './scenarioTypes';

/**
 * Why the sim refused an action: a stable `code` for programs, a `key` and `params` an
 * interface words in the reader's language (its message catalogue has an entry per key,
 * `refusal.<key>`); no words, so a refusal reads in any language, the command line's included.
 * Names from the scenario travel as `Text`, so they too can be shown in any language; a word of the
 * interface (a kind of target, a deal's status) travels as a nested `Said` (`{ said: [said(key)] }`).
 */
export type Refusal = { code: RefusalCode; key: RefusalKey; params: RefusalParams };

export type RefusalParams = Record<string, string | number | Text | { said: Said[] }>;

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
  | 'termUnavailable'
  | 'unknownChoice'
  | 'unknownOption'
  | 'unknownEvent'
  | 'malformed';

/**
 * Every refusal the sim can give, one message key each: the catalogue words `refusal.<key>` with
 * the params (src/i18n/en/refusals.ts), and the compiler lists any key a catalogue lacks.
 */
export const REFUSAL_KEYS = [
  'gameOver',
  'unknownActor',
  'notYourPhase',
  'pendingChoice',
  'unknownAction',
  'notYourAction',
  'noCapital',
  'noMoney',
  'needsTarget',
  'badTarget',
  'noTarget',
  'perTurn',
  'perGame',
  'coolingDown',
  'requirement',
  'requirementDefault',
  'malformed',
  'offerWaiting',
  'unknownDeal',
  'notOfferedToYou',
  'dealClosed',
  'onlyProposer',
  'notInDeal',
  'noPromises',
  'unknownChoice',
  'notYourChoice',
  'unknownOption',
  'unknownEvent',
  'sameActor',
  'noTerms',
  'unknownTerm',
  'termTwice',
  'giverNotInDeal',
  'termBetween',
  'termNeedsNumber',
  'termRange',
  'termInForce',
  'termUnavailable',
  'termUnavailableDefault',
  'unknownScenario',
  'notPlayable',
  'unknownPreset',
] as const;

export type RefusalKey = (typeof REFUSAL_KEYS)[number];

export function refuse(code: RefusalCode, key: RefusalKey, params: RefusalParams = {}): Refusal {
  return { code, key, params };
}
