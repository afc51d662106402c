/** A seed that looks random but is short enough to read out to a class. */
export function freshSeed(): number {
  const a = new Uint32Array(1);
  crypto.getRandomValues(a);
  return 1000 + ((a[0] ?? 0) % 900000);
}
