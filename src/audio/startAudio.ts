import type { StoreApi } from 'zustand/vanilla';
import type { GameStore } from '../state/createGameStore';
import { type AudioSettings, loadSettings, onSettingsChange } from '../state/persistSettings';
import { type Cue, cueFor } from './cueFor';
import type { Player } from './player';

/**
 * Sound: interface clicks, cues for what the store's events say happened, and a music loop.
 * Nothing of it is on the first load: howler and the cues are fetched once the map has drawn
 * its first frame, and the music only after the player's first click or key press, when it is
 * wanted. No AudioContext is created before that gesture, so nothing can play before it.
 * Returns a function that stops everything and lets go of the listeners.
 */
export function startAudio(store: StoreApi<GameStore>): () => void {
  let settings: AudioSettings = loadSettings();
  let player: Player | null = null;
  let loadStarted = false;
  let unlocked = false;
  let stopped = false;

  const load = (): void => {
    if (loadStarted) return;
    loadStarted = true;
    import('./player').then(
      (m) => {
        if (stopped) return;
        player = m.preparePlayer();
        if (unlocked) player?.unlock(settings);
      },
      () => undefined,
    );
  };

  // After the first map frame (the map's scene says it is drawn, then one more frame goes by),
  // when the page is next idle: the sound never competes with the first screen.
  const afterFirstFrame = (): void => {
    requestAnimationFrame(() => {
      if ('requestIdleCallback' in window) requestIdleCallback(load, { timeout: 2000 });
      else setTimeout(load, 0);
    });
  };
  let unsubscribeReady = (): void => undefined;
  if (store.getState().ui.mapReady) afterFirstFrame();
  else {
    unsubscribeReady = store.subscribe((s) => {
      if (!s.ui.mapReady) return;
      unsubscribeReady();
      afterFirstFrame();
    });
  }

  const apply = (s: AudioSettings): void => {
    settings = s;
    player?.apply(s);
  };

  const unlock = (): void => {
    if (unlocked) return;
    unlocked = true;
    removeGestureListeners();
    // A gesture before the first frame starts the loading itself; the player unlocks when it is in.
    if (player) player.unlock(settings);
    else load();
  };

  const play = (cue: Cue): void => {
    if (unlocked && !settings.muted) player?.play(cue);
  };

  const gestures = ['pointerdown', 'keydown'] as const;
  const onGesture = (e: Event): void => {
    if (e.isTrusted) unlock();
  };
  const removeGestureListeners = (): void => {
    for (const g of gestures) window.removeEventListener(g, onGesture, true);
  };
  for (const g of gestures) window.addEventListener(g, onGesture, true);

  // A click on any button of the interface.
  const onClick = (e: MouseEvent): void => {
    const el = e.target instanceof Element ? e.target.closest('button, [role="button"], summary') : null;
    if (el && !(el as HTMLButtonElement).disabled) play('click');
  };
  document.addEventListener('click', onClick);

  const human = (actor: string): boolean => store.getState().game?.actors[actor]?.controller === 'human';
  const unsubscribeStore = store.subscribe((s, prev) => {
    if (s.revision === prev.revision || s.lastEvents.length === 0) return;
    const cue = cueFor(s.lastEvents, human);
    if (cue) play(cue);
  });
  const unsubscribeSettings = onSettingsChange(apply);

  return () => {
    stopped = true;
    removeGestureListeners();
    unsubscribeReady();
    document.removeEventListener('click', onClick);
    unsubscribeStore();
    unsubscribeSettings();
    player?.stop();
  };
}
