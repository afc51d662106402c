import type { Action } from './actionTypes';
import type { GameEvent } from './eventTypes';
import { own } from './own';
import { owesAnswer } from './policy/baseline';
import { setupPolicy } from './policy/setupPolicy';
import type { Scenario } from './scenarioTypes';
import type { GameState } from './stateTypes';
import { step } from './step';
import { currentActor } from './turnOrder';

/** Chooses an AI actor's next move; by default each actor plays at the level its setup gives. */
export type Policy = (s: GameState, sc: Scenario, actor: string) => Action | null;

export type AutoPlayResult = { state: GameState; events: GameEvent[]; actions: Action[] };

function fallbackAnswer(s: GameState, sc: Scenario, actor: string): Action | null {
  const choice = s.pending.find((p) => p.actor === actor);
  const option = choice ? sc.events?.find((e) => e.id === choice.event)?.options?.[0] : undefined;
  if (choice && option) return { type: 'chooseOption', actor, choice: choice.id, option: option.id };
  const offer = s.deals.find((d) => d.status === 'proposed' && d.to === actor);
  return offer ? { type: 'respondDeal', actor, deal: offer.id, response: 'reject' } : null;
}

/**
 * Lets every AI-controlled actor move until a human must act or the game ends.
 * AI actors first answer what is owed to them (events, offers), then play their
 * phase. Every move goes through `step`, so only legal actions are ever taken.
 * `maxMoves` guards against a policy that never ends its phase.
 */
export function autoPlay(state: GameState, sc: Scenario, policy: Policy = setupPolicy, maxMoves = 10_000): AutoPlayResult {
  let s = state;
  const events: GameEvent[] = [];
  const actions: Action[] = [];
  for (let n = 0; n < maxMoves && !s.over; n++) {
    const owing = sc.actors.find((a) => own(s.actors, a.id)?.controller === 'ai' && owesAnswer(s, a.id));
    const mover = owing?.id ?? currentActor(s, sc);
    if (mover === undefined || own(s.actors, mover)?.controller !== 'ai') break;
    let a = policy(s, sc, mover);
    let r = a ? step(s, sc, a) : null;
    if (!r?.ok) {
      // A policy that proposes nothing legal must not stall the game: an owed answer falls
      // back to the first option or a refusal, a phase to its end.
      a = owing ? fallbackAnswer(s, sc, mover) : currentActor(s, sc) === mover ? { type: 'endPhase', actor: mover } : null;
      r = a ? step(s, sc, a) : null;
      if (!r?.ok) break;
    }
    s = r.state;
    events.push(...r.events);
    actions.push(a as Action);
  }
  return { state: s, events, actions };
}
