import type { RefusalKey } from '../../sim';
import type { Message } from '../message';

/**
 * Why an action was refused, one message per refusal key of the sim (`src/sim/refusal.ts`): the
 * only wording of refusals, so the compiler lists a key the sim adds and this file lacks.
 */
export const refusals = {
  'refusal.gameOver': 'The game is over.',
  'refusal.unknownActor': 'There is no actor "{actor}".',
  'refusal.notYourPhase': 'It is not {actor:poss} move.',
  'refusal.pendingChoice': 'Answer the event waiting for you first.',
  'refusal.unknownAction': 'There is no action "{action}".',
  'refusal.notYourAction': '{action} is not one of your actions.',
  'refusal.noCapital': '{action} needs {need} political capital; you have {have} left this turn.',
  'refusal.noMoney': '{action} costs ${need}M; you have ${have}M left this turn.',
  'refusal.needsTarget': '{action} needs a {kind} as its target.',
  'refusal.badTarget': '{action} cannot be aimed at "{target}".',
  'refusal.noTarget': '{action} takes no target.',
  'refusal.perTurn': { count: 'limit', one: '{action} can be taken once a turn.', other: '{action} can be taken {limit} times a turn.' },
  'refusal.perGame': { count: 'limit', one: '{action} can be taken once a game.', other: '{action} can be taken {limit} times a game.' },
  'refusal.coolingDown': {
    count: 'wait',
    one: '{action} can be taken again next turn.',
    other: '{action} can be taken again in {wait} turns.',
  },
  'refusal.requirement': '{text}',
  'refusal.requirementDefault': 'The conditions for {action} are not met.',
  'refusal.malformed': 'That is not an action this game understands.',
  'refusal.offerWaiting': 'You already have an offer waiting for an answer from them.',
  'refusal.unknownDeal': 'There is no deal #{deal}.',
  'refusal.notOfferedToYou': 'This offer was not made to you.',
  'refusal.dealClosed': 'This offer is already {status}.',
  'refusal.onlyProposer': 'Only the actor who made an offer can withdraw it.',
  'refusal.notInDeal': 'You are not part of this deal.',
  'refusal.noPromises': 'You have no promises still running in this deal.',
  'refusal.unknownChoice': 'That event is not waiting for an answer.',
  'refusal.notYourChoice': 'That choice belongs to another actor.',
  'refusal.unknownOption': '"{option}" is not one of the options.',
  'refusal.sameActor': 'A deal needs two different actors.',
  'refusal.noTerms': 'A deal needs at least one term.',
  'refusal.unknownTerm': 'There is no term "{term}".',
  'refusal.termTwice': '{term} appears twice.',
  'refusal.giverNotInDeal': '{term} is given by {giver}, who is not part of this deal.',
  'refusal.termBetween': '{term} belongs in deals between {a} & {b}.',
  'refusal.termNeedsNumber': '{term} needs a number.',
  'refusal.termRange': '{term} must be between {min} and {max}.',
  'refusal.termInForce': '{term} is already in force between you (deal #{deal}); it cannot be agreed again yet.',
  'refusal.termUnavailable': '{term} cannot be agreed now: {text}',
  'refusal.termUnavailableDefault': '{term} cannot be agreed now.',
  'refusal.unknownScenario': 'There is no scenario "{scenario}".',
  'refusal.notPlayable': '"{side}" is not a side you can play in this scenario.',
  'refusal.unknownPreset': 'This scenario has no game length "{preset}".',
} as const satisfies Record<`refusal.${RefusalKey}`, Message>;
