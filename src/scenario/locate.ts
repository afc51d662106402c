import { type Document, isMap, isPair, isScalar, isSeq, type LineCounter, type Node } from 'yaml';

export type Position = { line: number; column: number };

/** Path segments as zod and the validator give them. */
export type Path = readonly (string | number | symbol)[];

function child(node: unknown, seg: string | number | symbol): { node: unknown; keyNode?: unknown } | undefined {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (isPair(pair) && isScalar(pair.key) && String(pair.key.value) === String(seg)) return { node: pair.value, keyNode: pair.key };
    }
    return undefined;
  }
  if (isSeq(node) && typeof seg === 'number') {
    const item = node.items[seg];
    return item === undefined ? undefined : { node: item };
  }
  return undefined;
}

function rangeStart(node: unknown): number | undefined {
  const r = (node as Node | null | undefined)?.range;
  return Array.isArray(r) ? r[0] : undefined;
}

/**
 * The line and column (1-based) of the deepest node on `path` that exists in the
 * document. `key` points at a key inside that node (for unknown-key errors).
 */
export function locate(doc: Document, lc: LineCounter, path: Path, key?: string): Position {
  let node: unknown = doc.contents;
  let best = rangeStart(node) ?? 0;
  for (const seg of path) {
    const next = child(node, seg);
    if (!next) break;
    node = next.node;
    const start = rangeStart(next.node) ?? rangeStart(next.keyNode);
    if (start !== undefined) best = start;
  }
  if (key !== undefined) {
    const k = child(node, key);
    const start = rangeStart(k?.keyNode);
    if (start !== undefined) best = start;
  }
  const { line, col } = lc.linePos(best);
  return { line, column: col };
}

/**
 * A path as an author reads it: entries of a list named by their id where the id is unique in
 * the list (`events[tolls].chance`, `objectives[us].items[gdp]`), by index otherwise. `data` is
 * the parsed file; without it every entry is named by index.
 */
export function pathText(path: Path, data?: unknown): string {
  let out = '';
  let node: unknown = data;
  let prev: string | number | symbol | undefined;
  for (const seg of path) {
    if (typeof seg === 'number') {
      const list = Array.isArray(node) ? (node as unknown[]) : [];
      const name = nameOf(list[seg], prev);
      const unique = name !== undefined && list.filter((x) => nameOf(x, prev) === name).length === 1;
      out += unique ? `[${name}]` : `[${seg}]`;
    } else out += out === '' ? String(seg) : `.${String(seg)}`;
    node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[seg as string | number] : undefined;
    prev = seg;
  }
  return out || '(top level)';
}

const NAME = /^[A-Za-z][A-Za-z0-9_.-]*$/;
// An id named like an Object.prototype member is refused; the entry is named by its index instead.
const RESERVED: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** What names an entry of a list: its id, or for an objectives entry the actor it scores. */
function nameOf(item: unknown, list: string | number | symbol | undefined): string | undefined {
  if (item === null || typeof item !== 'object') return undefined;
  const o = item as Record<string, unknown>;
  const v = typeof o.id === 'string' ? o.id : list === 'objectives' && typeof o.actor === 'string' ? o.actor : undefined;
  return v !== undefined && NAME.test(v) && v.length <= 80 && !RESERVED.has(v) ? v : undefined;
}
