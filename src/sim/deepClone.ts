/**
 * A deep copy of plain JSON data (objects, arrays, primitives): faster than a JSON round trip.
 * The AI copies a look-ahead state for every move it weighs, so this is hot: primitives are
 * copied without a call, and `for…in` walks a plain object's own keys (in the same order as
 * Object.keys) without building an array of them.
 */
export function deepClone<T>(v: T): T {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) {
    const n = v.length;
    const out = new Array(n);
    for (let i = 0; i < n; i++) {
      const x = v[i];
      out[i] = typeof x === 'object' && x !== null ? deepClone(x) : x;
    }
    return out as T;
  }
  const out: Record<string, unknown> = {};
  const o = v as Record<string, unknown>;
  for (const k in o) {
    const x = o[k];
    out[k] = typeof x === 'object' && x !== null ? deepClone(x) : x;
  }
  return out as T;
}
