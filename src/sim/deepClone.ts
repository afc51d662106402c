/** A deep copy of plain JSON data (objects, arrays, primitives): faster than a JSON round trip. */
export function deepClone<T>(v: T): T {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) {
    const out = new Array(v.length);
    for (let i = 0; i < v.length; i++) out[i] = deepClone(v[i]);
    return out as T;
  }
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) out[k] = deepClone((v as Record<string, unknown>)[k]);
  return out as T;
}
