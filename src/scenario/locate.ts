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

export function pathText(path: Path): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out === '' ? String(seg) : `.${String(seg)}`;
  return out || '(top level)';
}
