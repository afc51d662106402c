/** Number formats used across the interface and the map (no DOM, no Phaser). */
export function fmt(n: number, digits = 1): string {
  if (!Number.isFinite(n)) return '–';
  const s = n.toFixed(digits);
  // No "-0.0": a value that rounds to zero is shown without a sign.
  return Number(s) === 0 ? (0).toFixed(digits) : s;
}

export function signed(n: number, digits = 1): string {
  const s = fmt(Math.abs(n), digits);
  return n > 0 ? `+${s}` : n < 0 ? `−${s}` : `±${s}`;
}
