import {
  type Action,
  type ActionPreview,
  canonicalJson,
  type GameState,
  previewAction,
  type Scenario,
  type StepResult,
  step,
} from '../sim';

/**
 * The sim's answers to actions already tried in one game state (previews, and moves checked
 * before they are sent): a click on an action just previewed steps nothing again. Answers are
 * kept only for the state they were made in; a new state starts afresh.
 */
export type Previews = {
  /** The kept answer for this action in this state, if any. */
  get(game: GameState, action: Action): StepResult | undefined;
  put(game: GameState, action: Action, r: StepResult): void;
  /** What taking `actionId` would do now (the sim's answer kept for a submit of the same action). */
  preview(game: GameState, sc: Scenario, actor: string, actionId: string, target?: string): ActionPreview;
};

export function previewsOf(start: GameState): Previews {
  let kept: { game: GameState; results: Map<string, StepResult> } = { game: start, results: new Map() };
  const forGame = (game: GameState): Map<string, StepResult> => {
    if (kept.game !== game) kept = { game, results: new Map() };
    return kept.results;
  };
  const p: Previews = {
    get: (game, action) => (kept.game === game ? kept.results.get(canonicalJson(action)) : undefined),
    put: (game, action, r) => {
      forGame(game).set(canonicalJson(action), r);
    },
    preview: (game, sc, actor, actionId, target) => {
      const action: Action = { type: 'takeAction', actor, action: actionId, ...(target !== undefined ? { target } : {}) };
      let r = p.get(game, action);
      if (!r) {
        r = step(game, sc, action);
        p.put(game, action, r);
      }
      return previewAction(game, sc, actor, actionId, target, r);
    },
  };
  return p;
}
