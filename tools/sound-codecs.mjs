/**
 * The encoders behind tools/make-sounds.mjs: WAV in and out, Ogg Opus (opusenc) and MP3 (lame),
 * and a check that decodes what was written and compares it with the master it came from.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** The programs the tool runs, with the package that holds each. */
export const ENCODERS = [
  { cmd: 'opusenc', pkg: 'opus-tools', for: 'Ogg Opus' },
  { cmd: 'opusdec', pkg: 'opus-tools', for: 'checking the Ogg Opus files' },
  { cmd: 'lame', pkg: 'lame', for: 'MP3' },
];

/** The encoders that cannot be run here (an empty list when all are installed). */
export function missingEncoders() {
  return ENCODERS.filter((e) => spawnSync(e.cmd, ['--version'], { stdio: 'ignore' }).error);
}

/** What to say when encoders are missing: which, and how to install them. */
export function installHint(missing) {
  const pkgs = [...new Set(missing.map((e) => e.pkg))].join(' ');
  return [
    `make-sounds: cannot encode: ${missing.map((e) => `${e.cmd} (${e.for})`).join(', ')} not found.`,
    `  Debian/Ubuntu:  sudo apt-get install -y ${pkgs}`,
    `  macOS:          brew install ${pkgs}`,
    '  The encoded files are committed: playing or building the game needs none of this.',
    '  Without the encoders, `node tools/make-sounds.mjs --wav DIR` still writes the WAV masters.',
  ].join('\n');
}

/** One line naming each encoder's version (the encoded bytes depend on it). */
export function encoderVersions() {
  const first = (cmd) => (spawnSync(cmd, ['--version'], { encoding: 'utf8' }).stdout ?? '').split('\n')[0].trim();
  return `${first('opusenc')}; ${first('lame')}`;
}

/** PCM 16-bit mono WAV, normalised to a peak of -3 dBFS (`scale` comes from the unpadded sound). */
export function wavBytes(samples, rate, scale) {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((v, i) => {
    data.writeInt16LE(Math.max(-32768, Math.min(32767, Math.round(v * scale * 32767))), i * 2);
  });
  const h = Buffer.alloc(44);
  h.write('RIFF', 0);
  h.writeUInt32LE(36 + data.length, 4);
  h.write('WAVE', 8);
  h.write('fmt ', 12);
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20); // PCM
  h.writeUInt16LE(1, 22); // mono
  h.writeUInt32LE(rate, 24);
  h.writeUInt32LE(rate * 2, 28);
  h.writeUInt16LE(2, 32);
  h.writeUInt16LE(16, 34);
  h.write('data', 36);
  h.writeUInt32LE(data.length, 40);
  return Buffer.concat([h, data]);
}

/** The gain that brings a sound's peak to -3 dBFS. */
export function normalisingScale(samples) {
  let peak = 0;
  for (const v of samples) peak = Math.max(peak, Math.abs(v));
  return peak > 0 ? Math.SQRT1_2 / peak : 1;
}

/** The first channel of a PCM 16-bit WAV file, as floats, with its rate. */
export function readWav(file) {
  const b = readFileSync(file);
  let o = 12;
  let channels = 1;
  let rate = 0;
  while (o + 8 <= b.length) {
    const id = b.toString('ascii', o, o + 4);
    const n = b.readUInt32LE(o + 4);
    if (id === 'fmt ') {
      channels = b.readUInt16LE(o + 10);
      rate = b.readUInt32LE(o + 12);
    }
    if (id === 'data') {
      // Decoders writing to a pipe-like file may leave the size unset: read to the end.
      const end = Math.min(o + 8 + n, b.length);
      const count = Math.floor((end - o - 8) / (2 * channels));
      const s = new Float32Array(count);
      for (let i = 0; i < count; i++) s[i] = b.readInt16LE(o + 8 + i * 2 * channels) / 32768;
      return { rate, samples: s };
    }
    o += 8 + n + (n & 1);
  }
  throw new Error(`${file}: no PCM data`);
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stderr}`);
}

// Fixed settings, so that a rerun writes the same bytes: --padding 0 drops the 512 bytes opusenc
// keeps for tags; a fixed serial replaces the random one. LAME's VBR -V 4 at the masters' 22.05 kHz.
const OPUS_ARGS = ['--quiet', '--padding', '0', '--serial', '1095521360'];
const MP3_ARGS = ['--quiet', '-V', '4', '--noreplaygain'];

/** Encodes `wavFile` to `${base}.opus` at `opusKbps` and `${base}.mp3`. */
export function encode(wavFile, base, opusKbps) {
  run('opusenc', [...OPUS_ARGS, '--bitrate', String(opusKbps), wavFile, `${base}.opus`]);
  run('lame', [...MP3_ARGS, wavFile, `${base}.mp3`]);
}

/** Decodes an encoded file back to a WAV at `rate` (the decoders trim their own delay). */
export function decode(file, wavOut, rate) {
  if (file.endsWith('.opus')) run('opusdec', ['--quiet', '--rate', String(rate), file, wavOut]);
  else run('lame', ['--quiet', '--decode', file, wavOut]);
  return readWav(wavOut);
}

const dB = (x) => (x > 0 ? 20 * Math.log10(x) : -Infinity);

/** Peak and RMS level (dBFS) of a stretch of samples. */
export function levels(s) {
  let peak = 0;
  let energy = 0;
  for (const v of s) {
    peak = Math.max(peak, Math.abs(v));
    energy += v * v;
  }
  return { peak: dB(peak), rms: dB(Math.sqrt(energy / Math.max(1, s.length))) };
}

/** Signal-to-difference ratio (dB) of `b` against `a`, from offsets `ia` and `ib`, over `n` samples. */
export function snr(a, b, n = a.length, ia = 0, ib = 0) {
  let e = 0;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const x = a[ia + i] ?? 0;
    const y = b[ib + i] ?? 0;
    e += x * x;
    d += (x - y) ** 2;
  }
  return d > 0 ? 10 * Math.log10(e / d) : Infinity;
}
