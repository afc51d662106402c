import { Howl, Howler } from 'howler';
import type { AudioSettings } from '../state/persistSettings';
import type { Cue } from './cueFor';
import { type Format, MIME, pickFormat } from './formats';
import { CUE_FILES, MUSIC_FILE, MUSIC_LOOP } from './soundFiles';

/** The howler side of the sound, loaded after the map's first frame (see startAudio). */
export type Player = {
  /** After the first gesture: makes the cues' Howls, and the music's if it is wanted. */
  unlock(settings: AudioSettings): void;
  apply(settings: AudioSettings): void;
  play(cue: Cue): void;
  stop(): void;
};

const wantsMusic = (s: AudioSettings): boolean => !s.muted && s.music > 0 && s.master > 0;

/** The file's bytes as a data: URI, which howler decodes without asking the network again. */
async function dataUri(url: string, format: Format): Promise<string> {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:${MIME[format]};base64,${btoa(text)}`;
}

/**
 * Picks the format, and fetches the cues (a few KiB each) so that the first click after the
 * gesture sounds at once. No AudioContext is made here: howler's codec test uses an Audio
 * element. The music is fetched only when it is first wanted, after the gesture.
 */
export function preparePlayer(): Player | null {
  const format = Howler.noAudio ? null : pickFormat((f) => Howler.codecs(f));
  if (!format) return null;
  const sources = Object.fromEntries(Object.entries(CUE_FILES).map(([cue, files]) => [cue, files[format]])) as Record<Cue, string>;
  for (const cue of Object.keys(sources) as Cue[]) {
    // A cue that cannot be fetched now is left to howler, which loads it by URL.
    dataUri(sources[cue], format).then(
      (uri) => {
        sources[cue] = uri;
      },
      () => undefined,
    );
  }

  let effects: Partial<Record<Cue, Howl>> = {};
  let music: Howl | null = null;
  let musicId: number | undefined;
  let unlocked = false;

  const apply = (s: AudioSettings): void => {
    if (!unlocked) return;
    Howler.volume(s.master);
    Howler.mute(s.muted);
    for (const h of Object.values(effects)) h?.volume(s.effects);
    if (wantsMusic(s) && !music) {
      music = new Howl({
        src: [MUSIC_FILE[format]],
        format: [format],
        sprite: { loop: [MUSIC_LOOP.loopStartMs, MUSIC_LOOP.loopMs, true] },
        volume: s.music,
        preload: true,
      });
    }
    if (!music) return;
    music.volume(s.music);
    const playing = musicId !== undefined && music.playing(musicId);
    if (wantsMusic(s) && !playing) musicId = music.play(musicId ?? 'loop');
    else if (!wantsMusic(s) && musicId !== undefined) music.pause(musicId);
  };

  return {
    unlock(s) {
      if (unlocked) return;
      unlocked = true;
      effects = Object.fromEntries(
        (Object.keys(sources) as Cue[]).map((cue) => [
          cue,
          new Howl({ src: [sources[cue]], format: [format], volume: s.effects, preload: true }),
        ]),
      );
      apply(s);
    },
    apply,
    play(cue) {
      if (unlocked) effects[cue]?.play();
    },
    stop() {
      for (const h of Object.values(effects)) h?.unload();
      music?.unload();
      effects = {};
      music = null;
      unlocked = false;
    },
  };
}
