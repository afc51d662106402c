/**
 * Colours that carry meaning, chosen to stay apart for colour-blind readers
 * (Okabe–Ito hues for actors; a sequential ramp for stability). Colour is never
 * the only signal: the map adds patterns and labels, the DOM table the numbers.
 */
export const BACKGROUND = 0x0f1b24;
export const SEA = 0x16303f;
export const COUNTRY = 0x2b3a44;
export const COUNTRY_EDGE = 0x4a5a66;
export const DEPARTMENT_EDGE = 0xf2efe6;
export const LAKE = 0x2f6f8f;
export const SALT = 0xe8e4d8;

export const ACTOR_FALLBACK = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'];

export function hexToInt(hex: string): number {
  return Number.parseInt(hex.replace('#', ''), 16);
}

/** Mixes two 0xRRGGBB colours; t = 0 gives a, 1 gives b. */
export function mix(a: number, b: number, t: number): number {
  const k = Math.min(1, Math.max(0, t));
  const ch = (shift: number): number => Math.round(((a >> shift) & 255) * (1 - k) + ((b >> shift) & 255) * k);
  return (ch(16) << 16) | (ch(8) << 8) | ch(0);
}

/** Stability 0–100 on a dark-to-light ramp (cividis-like: blue-grey to yellow). */
const RAMP = [0x00204c, 0x31446b, 0x666970, 0x958f78, 0xcbba69, 0xffe945];
export function stabilityColour(v: number): number {
  const x = (Math.min(100, Math.max(0, v)) / 100) * (RAMP.length - 1);
  const i = Math.min(RAMP.length - 2, Math.floor(x));
  return mix(RAMP[i] ?? 0, RAMP[i + 1] ?? 0, x - i);
}
