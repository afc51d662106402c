import type { GameEvent } from '../sim';

export type Cue = 'click' | 'confirm' | 'dealSigned' | 'dealRefused' | 'alert' | 'turn';

/**
 * The one sound for a batch of events (a move and the AI moves it set off): the most
 * important thing that happened, so a turn's end is one clear cue, not a cacophony.
 */
export function cueFor(events: readonly GameEvent[], isHuman: (actor: string) => boolean): Cue | null {
  const has = (type: GameEvent['type']): boolean => events.some((e) => e.type === type);
  if (has('DealSigned')) return 'dealSigned';
  if (has('DealRejected')) return 'dealRefused';
  if (events.some((e) => e.type === 'EventFired')) return 'alert';
  if (has('TurnStarted') || has('GameEnded')) return 'turn';
  if (
    events.some(
      (e) =>
        (e.type === 'ActionTaken' || e.type === 'DealProposed' || e.type === 'OptionChosen') && isHuman('actor' in e ? e.actor : e.from),
    )
  )
    return 'confirm';
  return null;
}
