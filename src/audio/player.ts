import { Howl, Howler } from 'howler';
import type { AudioSettings } from '../state/persistSettings';
import type { Cue } from './cueFor';
import { type Format, MIME, playableFormats } from './formats';
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
const CUES = Object.keys(CUE_FILES) as Cue[];

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
 * element. The music is fetched only when it is first wanted, after the gesture. A browser
 * that says it plays Opus but fails to decode a file gets every sound again as MP3.
 */
export function preparePlayer(): Player | null {
  const formats = Howler.noAudio ? [] : playableFormats((f) => Howler.codecs(f));
  let format = formats[0];
  if (!format) return null;
  const first = format;
  const preloaded: Partial<Record<Cue, string>> = {};
  for (const cue of CUES) {
    // A cue that cannot be fetched now is left to howler, which loads it by URL.
    dataUri(CUE_FILES[cue][first], first).then(
      (uri) => {
        preloaded[cue] = uri;
      },
      () => undefined,
    );
  }

  let effects: Partial<Record<Cue, Howl>> = {};
  let music: Howl | null = null;
  let musicId: number | undefined;
  let settings: AudioSettings | null = null;

  /** The next format, once one file of the current one failed to load or decode. */
  const fail = (failed: Format): void => {
    const next = formats[formats.indexOf(failed) + 1];
    if (failed !== format || !next) return;
    format = next;
    unloadAll();
    if (settings) build(settings);
  };

  const howl = (src: string, f: Format, extra: Partial<ConstructorParameters<typeof Howl>[0]>): Howl =>
    new Howl({ src: [src], format: [f], preload: true, onloaderror: () => fail(f), ...extra });

  const build = (s: AudioSettings): void => {
    const f = format;
    if (!f) return;
    effects = Object.fromEntries(
      CUES.map((cue) => [cue, howl((f === first && preloaded[cue]) || CUE_FILES[cue][f], f, { volume: s.effects })]),
    );
    apply(s);
  };

  const unloadAll = (): void => {
    for (const h of Object.values(effects)) h?.unload();
    music?.unload();
    effects = {};
    music = null;
    musicId = undefined;
  };

  const apply = (s: AudioSettings): void => {
    if (!settings || !format) return;
    settings = s;
    Howler.volume(s.master);
    Howler.mute(s.muted);
    for (const h of Object.values(effects)) h?.volume(s.effects);
    if (wantsMusic(s) && !music) {
      music = howl(MUSIC_FILE[format], format, {
        sprite: { loop: [MUSIC_LOOP.loopStartMs, MUSIC_LOOP.loopMs, true] },
        volume: s.music,
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
      if (settings) return;
      settings = s;
      build(s);
    },
    apply,
    play(cue) {
      effects[cue]?.play();
    },
    stop() {
      unloadAll();
      settings = null;
    },
  };
}
