import type { Text } from '../sim';

/**
 * What a text of a scenario file is, for the translation audit (`textAudit.ts`):
 * - `text`: words a player reads; it needs every language the file claims;
 * - `reading`: the same, and a basic reading too where the file claims one (briefings, event texts,
 *   action descriptions);
 * - `original`: a work's own title, kept as written (a translation is welcome, not required);
 * - `quote`: a source's own words, kept as written; its `gloss` beside it carries the other languages.
 */
export type TextKind = 'text' | 'reading' | 'original' | 'quote';

/** A text as the audit sees it: its kind and its value. Never leaves an audit. */
export class MarkedText {
  constructor(
    readonly kind: TextKind,
    readonly value: Text,
  ) {}
}

let marking = false;

/**
 * The schema's texts pass through here: unchanged in a normal parse; while `withMarks` runs, each is
 * wrapped with its kind, so the parsed output shows where every text is (zod gives a transform no
 * path, and the output's shape is the file's).
 */
export function mark<T extends Text>(value: T, kind: TextKind): T {
  return marking ? (new MarkedText(kind, value) as unknown as T) : value;
}

/** Runs a parse with the texts marked (parsing is synchronous, so nothing else sees the flag). */
export function withMarks<R>(parse: () => R): R {
  marking = true;
  try {
    return parse();
  } finally {
    marking = false;
  }
}
