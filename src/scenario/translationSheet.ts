import { type Document, isMap, isPair, isScalar, isSeq, type Node, parseDocument, type Scalar, stringify, type YAMLMap } from 'yaml';
import type { Text } from '../sim';
import { type AuditedText, auditTexts, TEXT_KEY, type TextClaims } from './textAudit';

/**
 * Translation sheets: the texts of a scenario file as a flat YAML map an author (or a translator) fills
 * in, and the way back into the file. `extract` lists each text by its path (list items by id:
 * `events/tolls/options/pay/label`) with its English and a slot for each language and basic reading
 * the sheet asks for; `apply` writes the filled slots into the file as text maps (`{ en, es,
 * en.basic }`), and a quote's into its `gloss`, editing only those texts' own lines so the rest of the
 * file (comments, layout) stays as the author wrote it.
 */
export type SheetEntry = Readonly<Record<string, string>>;
export type Sheet = Readonly<Record<string, SheetEntry>>;

/** What a sheet asks for: languages besides English, and basic readings (of briefings, event texts, action descriptions). */
export type SheetAsk = TextClaims & { only?: readonly string[]; missingOnly?: boolean };

/** The sheet of a file's texts, as YAML (with a header saying how to fill and apply it). */
export function extractSheet(data: unknown, ask: SheetAsk, header: string): string {
  const texts = auditTexts(data).filter((t) => t.kind !== 'original' && (!ask.only || ask.only.includes(String(t.path[0]))));
  const sheet: Record<string, Record<string, string>> = {};
  for (const t of texts) {
    const slots = slotsOf(t, ask);
    const entry: Record<string, string> = { en: englishOf(t.value) };
    let empty = false;
    for (const k of slots) {
      const have = t.kind === 'quote' ? t.gloss?.[k] : typeof t.value === 'object' ? t.value[k] : undefined;
      entry[k] = have ?? '';
      if (!have) empty = true;
    }
    if (slots.length > 0 && (empty || !ask.missingOnly)) sheet[t.key] = entry;
  }
  return `${header}${stringify(sheet, { lineWidth: 0 })}`;
}

function englishOf(v: Text): string {
  return typeof v === 'string' ? v : v.en;
}

function slotsOf(t: AuditedText, ask: SheetAsk): string[] {
  const langs = ask.languages.filter((l) => l !== 'en');
  if (t.kind === 'quote') return langs;
  return [...langs, ...(t.kind === 'reading' && ask.basic ? ['en', ...langs].map((l) => `${l}.basic`) : [])];
}

type Edit = { start: number; end: number; text: string };

/** A path segment's node: a map's value by key; a list's item by its `id`, else by index. */
function step(node: unknown, seg: string): { node: Node; flow: boolean } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === seg);
    return pair?.value ? { node: pair.value as Node, flow: node.flow === true } : undefined;
  }
  if (isSeq(node)) {
    const byId = node.items.find((it) => isMap(it) && String(it.get('id')) === seg);
    const item = byId ?? (/^\d+$/.test(seg) ? node.items[Number(seg)] : undefined);
    return item ? { node: item as Node, flow: node.flow === true } : undefined;
  }
  return undefined;
}

function column(src: string, pos: number): number {
  return pos - (src.lastIndexOf('\n', pos - 1) + 1);
}

/** Where a node's value ends, without the line breaks a block scalar keeps. */
function valueEnd(src: string, node: Node): number {
  let end = (node.range as [number, number, number])[1];
  while (end > 0 && src[end - 1] === '\n') end--;
  return end;
}

/** A string as YAML at an indentation: quoted when short or odd, else folded (`>-`) at about 100 columns. */
function scalarText(v: string, indent: number, flow: boolean): string {
  const plainFolding = !/[\n\t\r]|^\s|\s$|\s\s/.test(v);
  if (flow || !plainFolding || v.length + indent <= 96) return JSON.stringify(v);
  const width = Math.max(40, 100 - indent);
  const lines: string[] = [];
  let line = '';
  for (const word of v.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  const pad = ' '.repeat(indent);
  return `>-\n${lines.map((l) => pad + l).join('\n')}`;
}

/** The key of a pair as YAML (`en.basic` is a plain key). */
function keyText(k: string): string {
  return TEXT_KEY.test(k) || /^[a-z]+$/.test(k) ? k : JSON.stringify(k);
}

/** Pairs `k: v` written into a map, block (one per line at `col`) or flow (`, k: v`). */
function pairsText(pairs: readonly [string, string][], col: number, flow: boolean): string {
  if (flow) return pairs.map(([k, v]) => `, ${keyText(k)}: ${scalarText(v, 0, true)}`).join('');
  return pairs.map(([k, v]) => `\n${' '.repeat(col)}${keyText(k)}: ${scalarText(v, col + 2, false)}`).join('');
}

/** The edits that give the map (or plain string) `node` these keys. */
function mapEdits(src: string, node: Node, parentFlow: boolean, pairStart: number | undefined, slots: [string, string][]): Edit[] {
  if (isScalar(node)) {
    const original = String((node as Scalar).value);
    const start = (node.range as [number, number, number])[0];
    const end = valueEnd(src, node);
    const all: [string, string][] = [['en', original], ...slots];
    if (parentFlow) return [{ start, end, text: `{ ${all.map(([k, v]) => `${keyText(k)}: ${JSON.stringify(v)}`).join(', ')} }` }];
    if (pairStart !== undefined) {
      const col = column(src, pairStart) + 2;
      let from = start;
      while (src[from - 1] === ' ') from--;
      return [{ start: from, end, text: pairsText(all, col, false).trimEnd() }];
    }
    // A list item: the map starts where the string did.
    const col = column(src, start);
    const [first, ...rest] = all as [[string, string], ...[string, string][]];
    return [{ start, end, text: `${keyText(first[0])}: ${scalarText(first[1], col + 2, false)}${pairsText(rest, col, false)}` }];
  }
  if (!isMap(node)) throw new Error('not a text');
  const map = node as YAMLMap;
  const flow = map.flow === true;
  const edits: Edit[] = [];
  const fresh: [string, string][] = [];
  const firstKey = map.items[0]?.key as Node | undefined;
  const col = firstKey?.range ? column(src, firstKey.range[0]) : 0;
  for (const [k, v] of slots) {
    const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === k);
    const value = pair?.value as Node | undefined;
    if (isScalar(value) && value.value === v) continue;
    if (value?.range) edits.push({ start: value.range[0], end: valueEnd(src, value), text: scalarText(v, col + 2, flow || parentFlow) });
    else fresh.push([k, v]);
  }
  if (fresh.length > 0) {
    const last = map.items.at(-1)?.value as Node | undefined;
    if (!last?.range) throw new Error('an empty map');
    const at = valueEnd(src, last);
    edits.push({ start: at, end: at, text: pairsText(fresh, col, flow || parentFlow) });
  }
  return edits;
}

/** Where a path leads in the document: the node, whether it sits in a flow collection, and its pair's start. */
function resolve(doc: Document, key: string): { node: Node; flow: boolean; pairStart?: number; parent?: Node } | undefined {
  let node: unknown = doc.contents;
  let flow = false;
  let parent: Node | undefined;
  let pairStart: number | undefined;
  for (const seg of key.split('/')) {
    const next = step(node, seg);
    if (!next) return undefined;
    pairStart = undefined;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === seg);
      pairStart = (pair?.key as Node | undefined)?.range?.[0];
    }
    flow = flow || next.flow;
    parent = node as Node;
    node = next.node;
  }
  return { node: node as Node, flow, ...(pairStart !== undefined ? { pairStart } : {}), ...(parent ? { parent } : {}) };
}

export type ApplyResult = { ok: true; text: string; applied: number } | { ok: false; problems: string[] };

/**
 * The file's text with the sheet's filled slots written in: empty slots and `en` are left alone (the
 * English is the file's), unknown paths and keys are refused with their names, and the result is read
 * back to check that every slot landed and every English text is unchanged. Nothing is half-applied.
 */
export function applySheet(src: string, sheet: Sheet): ApplyResult {
  const doc = parseDocument(src);
  if (doc.errors.length > 0) return { ok: false, problems: doc.errors.map((e) => e.message) };
  const problems: string[] = [];
  const edits: Edit[] = [];
  const expect: { key: string; slots: [string, string][]; quote: boolean; en: string }[] = [];
  for (const [key, entry] of Object.entries(sheet)) {
    if (entry === null || typeof entry !== 'object') {
      problems.push(`${key}: expected a map of language code to text`);
      continue;
    }
    const slots = Object.entries(entry).filter(([k, v]) => k !== 'en' && typeof v === 'string' && v.trim() !== '') as [string, string][];
    const bad = slots.filter(([k]) => !TEXT_KEY.test(k));
    if (bad.length > 0) problems.push(`${key}: ${bad.map(([k]) => k).join(', ')}: not a language code (es) or basic reading (en.basic)`);
    if (slots.length === 0 || bad.length > 0) continue;
    const at = resolve(doc, key);
    if (!at) {
      problems.push(`${key}: no such text in the file`);
      continue;
    }
    const quote = key.endsWith('/quote');
    try {
      if (quote) {
        if (slots.some(([k]) => k.endsWith('.basic')))
          throw new Error('a quote stays as written: give its gloss in a language (es), not a basic reading');
        const source = at.parent;
        if (!isMap(source)) throw new Error('a quote outside a source');
        const gloss = source.get('gloss', true) as Node | undefined;
        if (gloss) edits.push(...mapEdits(src, gloss, at.flow || source.flow === true, undefined, slots));
        else {
          // Right after the quote it glosses.
          const end = valueEnd(src, at.node);
          const firstKey = source.items[0]?.key as Node;
          const col = column(src, (firstKey.range as [number, number, number])[0]);
          const inline = `{ ${slots.map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join(', ')} }`;
          edits.push({ start: end, end, text: source.flow || at.flow ? `, gloss: ${inline}` : `\n${' '.repeat(col)}gloss: ${inline}` });
        }
        expect.push({ key, slots, quote, en: String((at.node as Scalar).value) });
      } else {
        const en = isScalar(at.node) ? String(at.node.value) : String((at.node as YAMLMap).get('en'));
        edits.push(...mapEdits(src, at.node, at.flow, at.pairStart, slots));
        expect.push({ key, slots, quote, en });
      }
    } catch (e) {
      problems.push(`${key}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  for (let i = 1; i < edits.length; i++) {
    const later = edits[i - 1] as Edit;
    const earlier = edits[i] as Edit;
    if (earlier.end > later.start) return { ok: false, problems: ['two slots edit the same text: give each text once'] };
  }
  let text = src;
  for (const e of edits) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  // Read it back: every slot landed, every English text is as it was.
  const back = parseDocument(text);
  if (back.errors.length > 0) return { ok: false, problems: back.errors.map((e) => `the result does not read as YAML: ${e.message}`) };
  for (const x of expect) {
    const at = resolve(back, x.key);
    const node = at?.node;
    const got = (k: string): unknown =>
      x.quote ? ((at?.parent as YAMLMap | undefined)?.getIn(['gloss', k]) ?? undefined) : isMap(node) ? node.get(k) : undefined;
    const en = x.quote ? (isScalar(node) ? String(node.value) : undefined) : isMap(node) ? node.get('en') : undefined;
    if (en !== x.en) problems.push(`${x.key}: the English text would change; not applied`);
    for (const [k, v] of x.slots) if (got(k) !== v) problems.push(`${x.key}: ${k} did not land as given; not applied`);
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, text, applied: expect.length };
}
