import type { MessageKey } from '../i18n/catalogue';
import type { Scenario, SourceRef } from '../sim';
import type { Words } from './words';

/**
 * One glossary entry as the interface shows it: the term, every form it is recognised by (the
 * term itself first, then its aliases), its plain meaning, and where it comes from.
 */
export type GlossEntry = {
  /** Unique in one glossary: `engine.<id>` for the interface's own terms, `scenario.<n>` for a scenario's. */
  readonly key: string;
  readonly term: string;
  readonly forms: readonly string[];
  readonly meaning: string;
  readonly sources?: readonly SourceRef[];
};

/** A piece of a glossed text: plain text, or a glossary term as it was written there. */
export type GlossPiece = string | { readonly text: string; readonly entry: GlossEntry };

/**
 * The interface's own terms of art (their words are in the catalogue, `glossary.<id>.term`,
 * `.forms` — the other forms, separated by "|" — and `.meaning`).
 */
export const ENGINE_TERMS = ['capital', 'dollars', 'gdp', 'influence', 'stability', 'quarter', 'heavyHanded'] as const;

const key = (id: string, part: 'term' | 'forms' | 'meaning'): MessageKey => `glossary.${id}.${part}` as MessageKey;

/** Splits a "|"-separated list of forms, dropping blanks. */
function formsOf(list: string): string[] {
  return list
    .split('|')
    .map((x) => x.trim())
    .filter((x) => x.length > 0);
}

/**
 * The glossary a player can meet in this scenario: the scenario's own entries (its `glossary:`
 * section) first, so a scenario can explain a word its own way, then the interface's terms.
 * A form claimed by an earlier entry is not claimed again.
 */
export function glossaryOf(w: Words, sc: Pick<Scenario, 'glossary'> | null | undefined): GlossEntry[] {
  const out: GlossEntry[] = [];
  const claimed = new Set<string>();
  const add = (e: GlossEntry): void => {
    const forms = e.forms.filter((f) => !claimed.has(f.toLocaleLowerCase(w.lang)));
    if (forms.length === 0) return;
    for (const f of forms) claimed.add(f.toLocaleLowerCase(w.lang));
    out.push({ ...e, forms });
  };
  (sc?.glossary ?? []).forEach((g, i) => {
    const term = w.text(g.term);
    add({
      key: `scenario.${i}`,
      term,
      forms: [term, ...(g.aliases ?? []).map((a) => w.text(a))].filter((x) => x.length > 0),
      meaning: w.text(g.meaning),
      ...(g.sources ? { sources: g.sources } : {}),
    });
  });
  for (const id of ENGINE_TERMS) {
    const term = w.t(key(id, 'term'));
    add({ key: `engine.${id}`, term, forms: [term, ...formsOf(w.t(key(id, 'forms')))], meaning: w.t(key(id, 'meaning')) });
  }
  return out;
}

/** An abbreviation (no lower-case letter: "DFC", "Q3") matches only as written; any other term in any case. */
function isAbbreviation(form: string): boolean {
  return form === form.toLocaleUpperCase() && /\p{Lu}/u.test(form);
}

function literal(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const patterns = new WeakMap<GlossEntry, RegExp[]>();

/** One pattern per form: whole words only (no letter or digit just before or after). */
function patternsOf(e: GlossEntry): RegExp[] {
  let p = patterns.get(e);
  if (!p) {
    p = e.forms.map((f) => new RegExp(`(?<![\\p{L}\\p{N}])${literal(f)}(?![\\p{L}\\p{N}])`, isAbbreviation(f) ? 'gu' : 'giu'));
    patterns.set(e, p);
  }
  return p;
}

/**
 * Splits `text` into plain pieces and glossary terms: the first occurrence of each entry not in
 * `seen` (any of its forms; whole words; abbreviations in their own case, other terms in any
 * case). Where two forms start at the same place the longer wins ("export price index" over
 * "price"). Entries found are added to `seen`, so a view that shares one set across its texts
 * marks each term once, where the player first meets it. The pieces are text: nothing in them
 * is ever read as markup.
 */
export function glossPieces(text: string, entries: readonly GlossEntry[], seen: Set<string>): GlossPiece[] {
  const out: GlossPiece[] = [];
  // Each form's first hit at or after `pos`, searched again only once `pos` has passed its start
  // (until then it is still the first): the text is searched about once per form, not once per form
  // for every term found. A long briefing against a large glossary was the start screen's slowest part.
  const next = new Map<RegExp, RegExpExecArray | null>();
  let pos = 0;
  for (;;) {
    let best: { at: number; len: number; entry: GlossEntry } | null = null;
    for (const entry of entries) {
      if (seen.has(entry.key)) continue;
      for (const re of patternsOf(entry)) {
        let hit = next.get(re);
        if (hit === undefined || (hit !== null && hit.index < pos)) {
          re.lastIndex = pos;
          hit = re.exec(text);
          next.set(re, hit);
        }
        if (!hit) continue;
        const len = hit[0].length;
        if (!best || hit.index < best.at || (hit.index === best.at && len > best.len)) best = { at: hit.index, len, entry };
      }
    }
    if (!best) break;
    if (best.at > pos) out.push(text.slice(pos, best.at));
    out.push({ text: text.slice(best.at, best.at + best.len), entry: best.entry });
    seen.add(best.entry.key);
    pos = best.at + best.len;
  }
  if (pos < text.length) out.push(text.slice(pos));
  return out;
}
