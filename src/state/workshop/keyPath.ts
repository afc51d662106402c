/**
 * Where the cursor is in a scenario's YAML, read from indentation (it works on a broken file):
 * the keys above it, `[]` for a list item. And which keys the JSON Schema allows there, each
 * with its description: what key completion offers.
 */
export type KeyPath = string[];

const KEY = /^(\s*)(-\s+)?([A-Za-z_$][\w$-]*)\s*:/;

/** The path of keys that holds a key typed on a line (0-based) before `column`. */
export function keyPathAt(lines: readonly string[], line: number, column: number): KeyPath {
  const here = lines[line] ?? '';
  const before = here.slice(0, column);
  // Inside a flow mapping on this line: `budget: { capital: 1, mo|` or `- { id: x, na|`.
  const open = before.lastIndexOf('{');
  if (open >= 0 && before.indexOf('}', open) < 0) {
    const m = /^(\s*)(-\s+)?(?:([A-Za-z_$][\w$-]*)\s*:\s*)?\{/.exec(before);
    const lead = m?.[1]?.length ?? 0;
    const own = [...(m?.[2] ? ['[]'] : []), ...(m?.[3] ? [m[3]] : [])];
    return [...parentPath(lines, line, lead), ...own];
  }
  const m = /^(\s*)(-\s+)?/.exec(here);
  const lead = m?.[1]?.length ?? 0;
  // A key on a list item's own line (`- na|`) belongs to the item.
  if (m?.[2]) return [...parentPath(lines, line, lead), '[]'];
  return parentPath(lines, line, lead);
}

/** The keys above a line whose content starts at column `at`. */
function parentPath(lines: readonly string[], line: number, column: number): string[] {
  const out: string[] = [];
  let at = column;
  for (let i = line - 1; i >= 0 && at > 0; i--) {
    const l = lines[i] ?? '';
    if (l.trim() === '' || l.trimStart().startsWith('#')) continue;
    const lead = /^\s*/.exec(l)?.[0].length ?? 0;
    if (lead >= at) continue;
    const m = KEY.exec(l);
    const dash = /^\s*-\s+/.exec(l)?.[0].length;
    if (dash !== undefined) {
      // A list item holds us; under its key `m[3]` too when we sit deeper than that key.
      if (m?.[3] && dash < at) out.unshift(m[3]);
      out.unshift('[]');
    } else if (m?.[3]) out.unshift(m[3]);
    else continue;
    at = lead;
  }
  return out;
}

/** A key the schema allows, with its description. */
export type KeyOption = { key: string; description?: string; required: boolean };

type Json = Record<string, unknown>;

const isObj = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The schema or schemas a node stands for: its $ref followed, its unions spread out. */
function alternatives(root: Json, node: unknown, depth = 0): Json[] {
  if (!isObj(node) || depth > 20) return [];
  if (typeof node.$ref === 'string') {
    const target = node.$ref === '#' ? root : pointer(root, node.$ref);
    return alternatives(root, target, depth + 1);
  }
  const branches = [node.anyOf, node.oneOf, node.allOf].filter(Array.isArray).flat() as unknown[];
  if (branches.length > 0) return [node, ...branches.flatMap((b) => alternatives(root, b, depth + 1))];
  return [node];
}

function pointer(root: Json, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  let at: unknown = root;
  for (const part of ref.slice(2).split('/')) at = isObj(at) ? at[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  return at;
}

/** The schemas at a key path (several where unions leave it open). */
export function schemasAt(root: Json, path: KeyPath): Json[] {
  let nodes = alternatives(root, root);
  for (const seg of path) {
    const next: Json[] = [];
    for (const n of nodes) {
      if (seg === '[]') {
        if (n.items !== undefined) next.push(...alternatives(root, n.items));
      } else if (isObj(n.properties) && seg in n.properties) next.push(...alternatives(root, n.properties[seg]));
      else if (isObj(n.additionalProperties)) next.push(...alternatives(root, n.additionalProperties));
    }
    nodes = next;
  }
  return nodes;
}

/** The keys the schema allows at a path, each once, with its description (the first found). */
export function keysAt(root: Json, path: KeyPath): KeyOption[] {
  const out = new Map<string, KeyOption>();
  for (const n of schemasAt(root, path)) {
    if (!isObj(n.properties)) continue;
    const required = Array.isArray(n.required) ? (n.required as string[]) : [];
    for (const [key, prop] of Object.entries(n.properties)) {
      if (key === '$schema') continue;
      const description = alternatives(root, prop)
        .map((p) => p.description)
        .find((d): d is string => typeof d === 'string');
      const had = out.get(key);
      out.set(key, {
        key,
        required: (had?.required ?? false) || required.includes(key),
        ...(had?.description ? { description: had.description } : description ? { description } : {}),
      });
    }
  }
  return [...out.values()];
}
