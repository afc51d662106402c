import type { Action } from '../actionTypes';
import type { Scenario } from '../scenarioTypes';
import type { GameState } from '../stateTypes';
import { currentActor } from '../turnOrder';

/**
 * The passive policy: takes no action, signs nothing, and answers events with the
 * option the scenario marks as most likely (highest aiWeight, else the first).
 * Calibration runs use it to see the world's own path, "left alone".
 */
export function passiveMove(s: GameState, sc: Scenario, actor: string): Action | null {
  if (s.over) return null;
  const choice = s.pending.find((p) => p.actor === actor);
  if (choice) {
    const options = sc.events?.find((e) => e.id === choice.event)?.options ?? [];
    let best = options[0];
    for (const o of options) if ((o.aiWeight ?? 1) > (best?.aiWeight ?? 1)) best = o;
    if (best) return { type: 'chooseOption', actor, choice: choice.id, option: best.id };
  }
  const offer = s.deals.find((d) => d.status === 'proposed' && d.to === actor);
  if (offer) return { type: 'respondDeal', actor, deal: offer.id, response: 'reject' };
  return currentActor(s, sc) === actor ? { type: 'endPhase', actor } : null;
}
