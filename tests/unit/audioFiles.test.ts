import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Cue } from '../../src/audio/cueFor';
import { playableFormats } from '../../src/audio/formats';
import { CUE_FILES, MUSIC_FILE, MUSIC_LOOP } from '../../src/audio/soundFiles';

/** The sound files tools/make-sounds.mjs commits, and how the game picks among them. */

const AUDIO = resolve(__dirname, '..', '..', 'assets', 'audio');
const NAMES = ['click', 'confirm', 'deal-signed', 'deal-refused', 'event-alert', 'turn-change', 'music-loop'];
const read = (f: string): Buffer => readFileSync(join(AUDIO, f));

/** An Ogg Opus file's playing length in seconds: its last granule position, less the pre-skip, at 48 kHz. */
function opusSeconds(b: Buffer): number {
  expect(b.toString('ascii', 0, 4)).toBe('OggS');
  expect(b.toString('ascii', 28, 36)).toBe('OpusHead');
  const preSkip = b.readUInt16LE(28 + 10);
  const last = b.lastIndexOf('OggS');
  return (Number(b.readBigUInt64LE(last + 6)) - preSkip) / 48000;
}

/** An MP3 file's length in seconds from its LAME header: frames × 576 (MPEG-2) less the encoder's delay and padding. */
function mp3Seconds(b: Buffer): number {
  expect(b[0]).toBe(0xff);
  expect((b[1] ?? 0) & 0xe0).toBe(0xe0);
  const tag = Math.max(b.indexOf('Xing'), b.indexOf('Info'));
  expect(tag).toBeGreaterThan(0);
  const frames = b.readUInt32BE(tag + 8);
  const lame = b.indexOf('LAME', tag);
  const gap = b.readUIntBE(lame + 21, 3);
  const [delay, padding] = [gap >> 12, gap & 0xfff];
  return (frames * 576 - delay - padding) / 22050;
}

describe('sound files', () => {
  it('every sound is there as Ogg Opus and MP3, and no WAV is', () => {
    const files = readdirSync(AUDIO);
    for (const n of NAMES) expect(files).toEqual(expect.arrayContaining([`${n}.opus`, `${n}.mp3`]));
    expect(files.filter((f) => f.endsWith('.wav'))).toEqual([]);
  });

  it('the music is under 200 KB in each format', () => {
    expect(read('music-loop.opus').length).toBeLessThan(200_000);
    expect(read('music-loop.mp3').length).toBeLessThan(200_000);
  });

  it('the music files hold the loop with room on both sides of its loop points', () => {
    const pad = MUSIC_LOOP.loopStartMs / 1000;
    const length = pad + MUSIC_LOOP.loopMs / 1000 + pad;
    expect(MUSIC_LOOP.loopMs).toBe(20_000);
    // An MP3 decoder that keeps the encoder's delay (about 50 ms here) still finds music there.
    expect(pad).toBeGreaterThanOrEqual(0.1);
    expect(opusSeconds(read('music-loop.opus'))).toBeCloseTo(length, 3);
    expect(mp3Seconds(read('music-loop.mp3'))).toBeCloseTo(length, 3);
  });

  it('the cues keep their lengths in both formats (short, so they sound at once)', () => {
    for (const n of NAMES.filter((x) => x !== 'music-loop')) {
      const s = opusSeconds(read(`${n}.opus`));
      expect(s).toBeLessThan(2);
      expect(mp3Seconds(read(`${n}.mp3`))).toBeCloseTo(s, 3);
    }
  });

  it('the game knows a file in each format for every cue and for the music', () => {
    const cues: Cue[] = ['click', 'confirm', 'dealSigned', 'dealRefused', 'alert', 'turn'];
    expect(Object.keys(CUE_FILES).sort()).toEqual([...cues].sort());
    for (const c of cues) {
      expect(CUE_FILES[c].opus).toMatch(/\.opus(\?|$)/);
      expect(CUE_FILES[c].mp3).toMatch(/\.mp3(\?|$)/);
    }
    expect(MUSIC_FILE.opus).toMatch(/music-loop\.opus(\?|$)/);
    expect(MUSIC_FILE.mp3).toMatch(/music-loop\.mp3(\?|$)/);
  });
});

describe('playableFormats', () => {
  it('tries Ogg Opus first where the browser plays it, then MP3, and nothing where neither plays', () => {
    expect(playableFormats(() => true)).toEqual(['opus', 'mp3']);
    expect(playableFormats((f) => f === 'mp3')).toEqual(['mp3']);
    expect(playableFormats(() => false)).toEqual([]);
  });
});
