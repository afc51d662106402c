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

/**
 * Stability on a sequential dark-to-light ramp (viridis: purple, blue, teal,
 * green, yellow; readable with every common colour-vision deficiency). It spans
 * STABILITY_LOW..STABILITY_HIGH, where departments actually sit, so that a few
 * points of difference show; values beyond take the end colours.
 */
export const STABILITY_LOW = 20;
export const STABILITY_HIGH = 80;
const RAMP = [0x440154, 0x414487, 0x2a788e, 0x22a884, 0x7ad151, 0xfde725];
export function stabilityColour(v: number): number {
  const k = (Math.min(STABILITY_HIGH, Math.max(STABILITY_LOW, v)) - STABILITY_LOW) / (STABILITY_HIGH - STABILITY_LOW);
  const x = k * (RAMP.length - 1);
  const i = Math.min(RAMP.length - 2, Math.floor(x));
  return mix(RAMP[i] ?? 0, RAMP[i + 1] ?? 0, x - i);
}

/**
 * Good and bad for the side looking (HUD, previews, reports, charts): sky blue and orange, the
 * pair that stays apart for every common colour-vision deficiency; always shown with ▲ ▼, the
 * sign and a ✓ ✗ mark. The DOM's copies are in src/ui/signals.css.
 */
export const TONE = { good: '#8fd0f5', bad: '#ffb061', neutral: '#f2efe6' } as const;

/** Grey for "nobody leads" and the weak end of an influence lead. */
export const NEUTRAL = 0x3a4650;
export const INK = 0xf2efe6;
export const SITE_FILL = 0xf2efe6;
export const SITE_EDGE = 0x111820;
