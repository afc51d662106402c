import type { z } from 'zod';
import type { Path } from './locate';

/**
 * The keys the schema allows in the object at `path` (for "did you mean" on an unknown key).
 * Walks zod's definitions: objects, arrays, records, optionals, unions (the keys of every object
 * form), lazies and tuples. Returns an empty list where the path leaves the schema.
 */
type Def = { type: string; [k: string]: unknown };
const defOf = (s: unknown): Def | undefined => (s as { _zod?: { def?: Def } } | undefined)?._zod?.def;

function forms(s: unknown, depth = 0): unknown[] {
  const d = defOf(s);
  if (!d || depth > 20) return [];
  if (d.type === 'optional' || d.type === 'nullable' || d.type === 'default' || d.type === 'readonly') return forms(d.innerType, depth + 1);
  if (d.type === 'lazy') return forms((d.getter as () => unknown)(), depth + 1);
  if (d.type === 'pipe') return forms(d.in, depth + 1);
  if (d.type === 'union') return (d.options as unknown[]).flatMap((o) => forms(o, depth + 1));
  return [s];
}

function step(s: unknown, seg: string | number | symbol): unknown[] {
  const out: unknown[] = [];
  for (const f of forms(s)) {
    const d = defOf(f) as Def;
    if (d.type === 'object' && typeof seg === 'string') {
      const shape = d.shape as Record<string, unknown>;
      if (Object.hasOwn(shape, seg)) out.push(shape[seg]);
      else if (d.catchall) out.push(d.catchall);
    } else if (d.type === 'array' && typeof seg === 'number') out.push(d.element);
    else if (d.type === 'tuple' && typeof seg === 'number') out.push((d.items as unknown[])[seg]);
    else if (d.type === 'record') out.push(d.valueType);
  }
  return out;
}

export function keysAt(schema: z.ZodType, path: Path): string[] {
  let here: unknown[] = [schema];
  for (const seg of path) here = here.flatMap((s) => step(s, seg));
  const keys = new Set<string>();
  for (const s of here)
    for (const f of forms(s)) {
      const d = defOf(f) as Def;
      if (d.type === 'object') for (const k of Object.keys(d.shape as object)) keys.add(k);
    }
  return [...keys];
}
