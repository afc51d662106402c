import type { StoreApi } from 'zustand/vanilla';
import { currentActor, type GameState, type Scenario } from '../sim';
import type { GameStore, PlayMode } from '../state/createGameStore';

/** The play mode of the game in progress (solo when the choice does not say). */
export function modeOf(s: Pick<GameStore, 'choice'>): PlayMode {
  return s.choice?.mode ?? 'solo';
}

/**
 * The side the interface shows and acts for: the person's side in a solo game; in
 * hot-seat, the human who last took the device (the hand-over screen changes it, so
 * one side never sees the other's budget, actions or offers); nobody when watching.
 */
export function viewerOf(s: Pick<GameStore, 'choice'>): string | null {
  if (!s.choice || modeOf(s) === 'watch') return null;
  return s.choice.side;
}

/** The human whose move it is now, if any (hot-seat: the side the device must go to). */
export function humanToMove(game: GameState, sc: Scenario): string | undefined {
  if (game.over) return undefined;
  const mover = currentActor(game, sc);
  return mover !== undefined && game.actors[mover]?.controller === 'human' ? mover : undefined;
}

/** Hands the interface to another human side (hot-seat). Interface state only: the game is untouched. */
export function setViewer(store: StoreApi<GameStore>, actor: string): void {
  const { choice } = store.getState();
  if (!choice || choice.side === actor) return;
  store.setState({ choice: { ...choice, side: actor } });
}
