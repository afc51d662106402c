#!/usr/bin/env node
/**
 * The project's sound tool. Synthesises every sound of the game (interface cues and a calm,
 * Andean-flavoured pentatonic music loop; PCM mono at 22050 Hz), encodes each to Ogg Opus and
 * to MP3 in assets/audio/, then decodes what it wrote and prints duration, levels and the
 * difference from the master, so a change can be judged without a listening session.
 * Deterministic (a seeded generator for the breath noise, fixed encoder settings): with the
 * same encoder versions a rerun writes the same bytes. Made for the project; CC0.
 *
 *   node tools/make-sounds.mjs             needs opusenc/opusdec (opus-tools) and lame
 *   node tools/make-sounds.mjs --wav DIR   also writes the WAV masters to DIR (to listen to)
 *
 * The music file holds the 20-second loop with a quarter second of its own end before it and
 * of its start after it; assets/audio/music-loop.json gives the loop's place in the file, and
 * the game loops between those points. MP3 encoders add silence at both ends that not every
 * decoder removes: whatever a decoder keeps, the loop points land on music that continues
 * across the seam, so the loop is seamless in both formats.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decode, encode, encoderVersions, installHint, levels, missingEncoders, normalisingScale, snr, wavBytes } from './sound-codecs.mjs';

const RATE = 22050;
const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'audio');

let seed = 0x2545f491;
function noise() {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed / 2 ** 31 - 1;
}

const TAU = Math.PI * 2;
const sine = (p) => Math.sin(TAU * p);
const triangle = (p) => 1 - 4 * Math.abs(((p + 0.25) % 1) - 0.5);

/** Midi note number to frequency. */
const hz = (midi) => 440 * 2 ** ((midi - 69) / 12);

/** Attack/decay envelope: linear attack, exponential decay with `decay` seconds to about -60 dB. */
function env(t, attack, decay) {
  if (t < 0) return 0;
  if (t < attack) return t / attack;
  return Math.exp((-6.9 * (t - attack)) / decay);
}

/**
 * Adds a note into `buf` at `start` seconds. With `wrap`, samples past the end wrap
 * to the start, so a loop's last notes ring on into its first bar without a click.
 */
function addNote(
  buf,
  { start, freq, dur, gain = 0.3, attack = 0.005, wave = sine, vibrato = 0, breath = 0, partials = [[1, 1]], wrap = false },
) {
  const n = Math.ceil(dur * RATE);
  const s0 = Math.round(start * RATE);
  const phase = partials.map(() => 0);
  for (let i = 0; i < n; i++) {
    const t = i / RATE;
    const vib = vibrato ? 1 + vibrato * Math.sin(TAU * 5.2 * t) * Math.min(1, t / 0.25) : 1;
    let v = 0;
    partials.forEach(([mult, amp], k) => {
      phase[k] += (freq * mult * vib) / RATE;
      v += amp * wave(phase[k]);
    });
    if (breath) v += breath * noise();
    const e = env(t, attack, dur);
    let idx = s0 + i;
    if (wrap) idx %= buf.length;
    else if (idx >= buf.length) break;
    buf[idx] += v * e * gain;
  }
}

function seconds(s) {
  return new Float32Array(Math.ceil(s * RATE));
}

/** A soft fade at the very end so one-shot sounds never click. */
function fadeOut(buf, s = 0.02) {
  const n = Math.min(buf.length, Math.round(s * RATE));
  for (let i = 0; i < n; i++) buf[buf.length - 1 - i] *= i / n;
  return buf;
}

const bell = [
  [1, 1],
  [2, 0.35],
  [3, 0.12],
  [4.2, 0.05],
];

const sounds = {
  click() {
    const b = seconds(0.07);
    addNote(b, { start: 0, freq: 1320, dur: 0.05, wave: triangle, gain: 0.5, attack: 0.002 });
    return fadeOut(b);
  },
  confirm() {
    const b = seconds(0.28);
    addNote(b, { start: 0, freq: hz(76), dur: 0.12, wave: triangle, attack: 0.004 });
    addNote(b, { start: 0.08, freq: hz(83), dur: 0.18, wave: triangle, attack: 0.004 });
    return fadeOut(b);
  },
  'deal-signed'() {
    // A rising major-pentatonic arpeggio with bell partials.
    const b = seconds(1.3);
    [69, 73, 76, 81].forEach((m, i) => {
      addNote(b, { start: i * 0.11, freq: hz(m), dur: 0.9 - i * 0.1, partials: bell, attack: 0.006 });
    });
    addNote(b, { start: 0.33, freq: hz(57), dur: 0.9, wave: triangle, gain: 0.15, attack: 0.02 });
    return fadeOut(b);
  },
  'deal-refused'() {
    // Two falling notes, a minor third apart, low and soft.
    const b = seconds(0.75);
    addNote(b, { start: 0, freq: hz(64), dur: 0.3, wave: triangle, gain: 0.3, attack: 0.01 });
    addNote(b, { start: 0.18, freq: hz(61), dur: 0.5, wave: triangle, gain: 0.3, attack: 0.01 });
    addNote(b, { start: 0.18, freq: hz(49), dur: 0.5, wave: sine, gain: 0.2, attack: 0.02 });
    return fadeOut(b);
  },
  'event-alert'() {
    // Two clear pulses, like a news chime.
    const b = seconds(0.8);
    addNote(b, { start: 0, freq: hz(81), dur: 0.3, partials: bell, attack: 0.003 });
    addNote(b, { start: 0.2, freq: hz(76), dur: 0.55, partials: bell, attack: 0.003 });
    return fadeOut(b);
  },
  'turn-change'() {
    // A soft open fifth, like a low gong: a new quarter begins.
    const b = seconds(1.5);
    addNote(b, {
      start: 0,
      freq: hz(45),
      dur: 1.4,
      partials: [
        [1, 1],
        [2.01, 0.3],
        [2.99, 0.15],
      ],
      attack: 0.015,
      gain: 0.35,
    });
    addNote(b, { start: 0.02, freq: hz(52), dur: 1.2, wave: sine, attack: 0.02, gain: 0.2 });
    return fadeOut(b);
  },
  'music-loop'() {
    // 8 bars of 4/4 at 96 bpm (20 s), A minor pentatonic. A quena-like flute (sine with
    // vibrato and breath) over a charango-like plucked arpeggio and a soft bass drone.
    const beat = 60 / 96;
    const len = 32 * beat;
    const b = seconds(len);
    const chords = [
      [45, 57, 60, 64], // Am
      [43, 55, 59, 62], // G
      [48, 55, 60, 64], // C
      [45, 57, 60, 64], // Am
      [50, 57, 62, 65], // Dm (F as a colour note)
      [48, 55, 60, 67], // C
      [43, 55, 59, 62], // G
      [45, 52, 57, 64], // Am
    ];
    chords.forEach((c, bar) => {
      const t0 = bar * 4 * beat;
      addNote(b, { start: t0, freq: hz(c[0] - 12), dur: 4 * beat * 1.1, wave: sine, gain: 0.16, attack: 0.3, wrap: true });
      // Plucked eighth notes: up and down the chord.
      const pattern = [1, 2, 3, 2, 1, 2, 3, 2];
      pattern.forEach((k, i) => {
        addNote(b, {
          start: t0 + i * (beat / 2),
          freq: hz(c[k]),
          dur: 0.7,
          partials: [
            [1, 1],
            [2, 0.5],
            [3, 0.25],
            [5, 0.08],
          ],
          gain: 0.09,
          attack: 0.003,
          wrap: true,
        });
      });
    });
    // The melody: [midi, start beat, length in beats]; 0 is a rest.
    const tune = [
      [69, 0, 1.5],
      [72, 1.5, 0.5],
      [74, 2, 1],
      [76, 3, 1],
      [74, 4, 1],
      [72, 5, 0.5],
      [69, 5.5, 0.5],
      [67, 6, 2],
      [72, 8, 1],
      [74, 9, 1],
      [76, 10, 1.5],
      [79, 11.5, 0.5],
      [76, 12, 1],
      [74, 13, 1],
      [76, 14, 2],
      [81, 16, 1.5],
      [79, 17.5, 0.5],
      [76, 18, 1],
      [74, 19, 1],
      [72, 20, 1],
      [74, 21, 0.5],
      [72, 21.5, 0.5],
      [69, 22, 2],
      [67, 24, 1],
      [69, 25, 1],
      [72, 26, 1],
      [74, 27, 1],
      [76, 28, 1.5],
      [74, 29.5, 0.5],
      [69, 30, 2],
    ];
    for (const [m, at, l] of tune) {
      addNote(b, {
        start: at * beat,
        freq: hz(m),
        dur: l * beat * 1.6,
        partials: [
          [1, 1],
          [2, 0.12],
          [3, 0.05],
        ],
        vibrato: 0.006,
        breath: 0.04,
        gain: 0.22,
        attack: 0.06,
        wrap: true,
      });
    }
    return b;
  },
};

/**
 * Opus bit rates (kbit/s, mono). Opus codes at 48 kHz, so even at 256 kbit/s the round trip from
 * these 22.05 kHz masters differs from them by about -32 dB; at 48 the music stays within a few dB
 * of that, and the short cues (a low gong among them) get 64, which costs a few KiB in all.
 */
const OPUS_KBPS = { music: 48, cue: 64 };

/** Seconds of the loop's own music kept on each side of it in the music file (a whole number of samples). */
const LOOP_PAD = 0.2;

/** The budget for the music, per format (bytes). */
const MUSIC_BUDGET = 200_000;

/** The music loop with its end before it and its start after it (see the header). */
function padLoop(loop) {
  const p = Math.round(LOOP_PAD * RATE);
  const out = new Float32Array(loop.length + 2 * p);
  out.set(loop.subarray(loop.length - p), 0);
  out.set(loop, p);
  out.set(loop.subarray(0, p), p + loop.length);
  return out;
}

const args = process.argv.slice(2);
const wavAt = args.indexOf('--wav');
const wavDir = wavAt >= 0 ? resolve(args[wavAt + 1] ?? '.') : null;
const missing = missingEncoders();
if (missing.length > 0 && !wavDir) {
  console.error(installHint(missing));
  process.exit(1);
}

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const fmt = (x) => x.toFixed(1).padStart(6);

/** Encodes one sound in `work` and decodes it back: sizes, length, levels, difference, and the music's seam. */
function encodeAndCheck(work, name, master, scale) {
  const isLoop = name === 'music-loop';
  // What the encoders get: for the music, the loop with its padding.
  const source = isLoop ? padLoop(master) : master;
  const wavFile = join(work, `${name}.wav`);
  writeFileSync(wavFile, wavBytes(source, RATE, scale));
  encode(wavFile, join(work, name), isLoop ? OPUS_KBPS.music : OPUS_KBPS.cue);
  // The master as the encoders saw it: 16-bit.
  const ref = source.map((v) => Math.max(-1, Math.min(32767 / 32768, Math.round(v * scale * 32767) / 32768)));
  const checks = ['opus', 'mp3'].map((ext) => {
    const file = join(work, `${name}.${ext}`);
    const back = decode(file, join(work, `${name}.${ext}.wav`), RATE).samples;
    const check = { ext, bytes: statSync(file).size, seconds: back.length / RATE, ...levels(back), snr: snr(ref, back) };
    if (isLoop) {
      // The seam: the 0.2 s around the loop's end against the 0.2 s around its start.
      const p = Math.round(LOOP_PAD * RATE);
      const w = Math.round(0.1 * RATE);
      check.seam = snr(back, back, 2 * w, p - w, p + master.length - w);
    }
    return check;
  });
  return { name, wav: 44 + 2 * master.length, checks };
}

const rows = [];
let loopMs = 0;
const work = mkdtempSync(join(tmpdir(), 'make-sounds-'));
try {
  if (wavDir) mkdirSync(wavDir, { recursive: true });
  for (const [name, make] of Object.entries(sounds)) {
    const master = make();
    const scale = normalisingScale(master);
    if (name === 'music-loop') loopMs = Math.round((master.length / RATE) * 1000);
    if (wavDir) writeFileSync(join(wavDir, `${name}.wav`), wavBytes(master, RATE, scale));
    if (missing.length === 0) rows.push(encodeAndCheck(work, name, master, scale));
  }
  const over = rows.find((r) => r.name === 'music-loop')?.checks.find((c) => c.bytes >= MUSIC_BUDGET);
  if (over) throw new Error(`the music's ${over.ext} file is ${over.bytes} bytes, over the budget of ${MUSIC_BUDGET}: lower its bit rate`);
  if (rows.length > 0) {
    mkdirSync(OUT, { recursive: true });
    for (const { name } of rows) for (const ext of ['opus', 'mp3']) copyFileSync(join(work, `${name}.${ext}`), join(OUT, `${name}.${ext}`));
    writeFileSync(join(OUT, 'music-loop.json'), `${JSON.stringify({ loopStartMs: LOOP_PAD * 1000, loopMs })}\n`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (missing.length > 0) {
  console.log(`WAV masters written to ${wavDir}`);
  console.error(installHint(missing));
  process.exit(0);
}

console.log(`encoders: ${encoderVersions()}`);
console.log('file          format      size       WAV   length s  peak dBFS  RMS dBFS  vs master dB  seam dB');
const totals = { wav: 0, opus: 0, mp3: 0 };
for (const r of rows) {
  totals.wav += r.wav;
  for (const c of r.checks) {
    totals[c.ext] += c.bytes;
    console.log(
      `${r.name.padEnd(13)} ${c.ext.padEnd(5)} ${kib(c.bytes).padStart(10)} ${kib(r.wav).padStart(11)} ${c.seconds.toFixed(3).padStart(8)} ${fmt(c.peak)}    ${fmt(c.rms)}   ${fmt(c.snr)}       ${c.seam === undefined ? '' : fmt(c.seam)}`,
    );
  }
}
console.log(`total: Opus ${kib(totals.opus)}, MP3 ${kib(totals.mp3)} (the WAV masters: ${kib(totals.wav)}), in ${OUT}`);
