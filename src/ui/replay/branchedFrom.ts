import type { Words } from '../../present/words';
import type { GameChoice } from '../../state/createGameStore';

/** "Branched from class-game.json at turn 3.", or nothing for a game that is not a branch. */
export function branchedFromLine(w: Words, from: GameChoice['branchedFrom']): string {
  return from ? w.t('replay.branchedFrom', { label: from.label, turn: from.turn }) : '';
}
