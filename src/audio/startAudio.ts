import { Howl, Howler } from 'howler';
import type { StoreApi } from 'zustand/vanilla';
import clickUrl from '../../assets/audio/click.wav?url';
import confirmUrl from '../../assets/audio/confirm.wav?url';
import dealRefusedUrl from '../../assets/audio/deal-refused.wav?url';
import dealSignedUrl from '../../assets/audio/deal-signed.wav?url';
import alertUrl from '../../assets/audio/event-alert.wav?url';
import musicUrl from '../../assets/audio/music-loop.wav?url';
import turnUrl from '../../assets/audio/turn-change.wav?url';
import type { GameStore } from '../state/createGameStore';
import { type AudioSettings, loadSettings, onSettingsChange } from '../state/persistSettings';
import { type Cue, cueFor } from './cueFor';

const URLS: Record<Cue, string> = {
  click: clickUrl,
  confirm: confirmUrl,
  dealSigned: dealSignedUrl,
  dealRefused: dealRefusedUrl,
  alert: alertUrl,
  turn: turnUrl,
};

/**
 * Sound: interface clicks, cues for what the store's events say happened, and a
 * music loop. Nothing about howler is touched (no AudioContext is even created)
 * before the player's first click or key press, so nothing can play before it.
 * Returns a function that stops everything and lets go of the listeners.
 */
export function startAudio(store: StoreApi<GameStore>): () => void {
  let settings: AudioSettings = loadSettings();
  let effects: Partial<Record<Cue, Howl>> = {};
  let music: Howl | null = null;
  let unlocked = false;

  const apply = (s: AudioSettings): void => {
    settings = s;
    if (!unlocked) return;
    Howler.volume(s.master);
    Howler.mute(s.muted);
    for (const h of Object.values(effects)) h?.volume(s.effects);
    if (!music) return;
    music.volume(s.music);
    const wantMusic = !s.muted && s.music > 0 && s.master > 0;
    if (wantMusic && !music.playing()) music.play();
    else if (!wantMusic && music.playing()) music.pause();
  };

  const unlock = (): void => {
    if (unlocked) return;
    unlocked = true;
    removeGestureListeners();
    effects = Object.fromEntries(
      (Object.keys(URLS) as Cue[]).map((cue) => [cue, new Howl({ src: [URLS[cue]], volume: settings.effects, preload: true })]),
    );
    music = new Howl({ src: [musicUrl], loop: true, volume: settings.music, preload: true });
    apply(settings);
  };

  const play = (cue: Cue): void => {
    if (!unlocked || settings.muted) return;
    effects[cue]?.play();
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
    removeGestureListeners();
    document.removeEventListener('click', onClick);
    unsubscribeStore();
    unsubscribeSettings();
    for (const h of Object.values(effects)) h?.unload();
    music?.unload();
  };
}
