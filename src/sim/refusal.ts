import type { Text } from './scenarioTypes';
import { textOf } from './text';

/**
 * Why the sim refused an action: a stable `code` for programs, a `key` and `params` an
 * interface words in the reader's language (its message catalogue has an entry per key,
 * `refusal.<key>`), and `message`, the English wording, for the command line and logs.
 * Names from the scenario travel as `Text`, so they too can be shown in any language.
 */
export type Refusal = { code: RefusalCode; key: RefusalKey; params: RefusalParams; message: string };

export type RefusalParams = Record<string, string | number | Text>;

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

/** The English wording of every refusal; `{name}` is filled from the params. */
export const REFUSAL_TEXT = {
  gameOver: 'The game is over.',
  unknownActor: 'There is no actor "{actor}".',
  notYourPhase: "It is not {actor}'s move.",
  pendingChoice: 'Answer the event waiting for you first.',
  unknownAction: 'There is no action "{action}".',
  notYourAction: '{action} is not one of your actions.',
  noCapital: '{action} needs {need} political capital; you have {have} left this turn.',
  noMoney: '{action} costs ${need}M; you have ${have}M left this turn.',
  needsTarget: '{action} needs a {kind} as its target.',
  badTarget: '{action} cannot be aimed at "{target}".',
  noTarget: '{action} takes no target.',
  perTurn: '{action} can be taken {limit} time(s) a turn.',
  perGame: '{action} can be taken {limit} time(s) a game.',
  coolingDown: '{action} can be taken again in {wait} turn(s).',
  requirement: '{text}',
  requirementDefault: 'The conditions for {action} are not met.',
  malformed: 'That is not an action this game understands.',
  offerWaiting: 'You already have an offer waiting for an answer from them.',
  unknownDeal: 'There is no deal #{deal}.',
  notOfferedToYou: 'This offer was not made to you.',
  dealClosed: 'This offer is already {status}.',
  onlyProposer: 'Only the actor who made an offer can withdraw it.',
  notInDeal: 'You are not part of this deal.',
  noPromises: 'You have no promises still running in this deal.',
  unknownChoice: 'That event is not waiting for an answer.',
  notYourChoice: 'That choice belongs to another actor.',
  unknownOption: '"{option}" is not one of the options.',
  sameActor: 'A deal needs two different actors.',
  noTerms: 'A deal needs at least one term.',
  unknownTerm: 'There is no term "{term}".',
  termTwice: '{term} appears twice.',
  giverNotInDeal: '{term} is given by {giver}, who is not part of this deal.',
  termBetween: '{term} belongs in deals between {between}.',
  termNeedsNumber: '{term} needs a number.',
  termRange: '{term} must be between {min} and {max}.',
  termInForce: '{term} is already in force between you (deal #{deal}); it cannot be agreed again yet.',
  unknownScenario: 'There is no scenario "{scenario}".',
  notPlayable: '"{side}" is not a side you can play in this scenario.',
} as const;

export type RefusalKey = keyof typeof REFUSAL_TEXT;

/** Fills a `{name}` template from refusal params, scenario names in `lang`. */
export function fillRefusal(template: string, params: RefusalParams, lang = 'en'): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = params[k];
    return v === undefined ? `{${k}}` : typeof v === 'number' ? String(v) : textOf(v, lang);
  });
}

export function refuse(code: RefusalCode, key: RefusalKey, params: RefusalParams = {}): Refusal {
  return { code, key, params, message: fillRefusal(REFUSAL_TEXT[key], params) };
}
