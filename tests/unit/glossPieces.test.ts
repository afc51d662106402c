import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type GlossEntry, type GlossPiece, glossPieces } from '../../src/present/glossary';

/** The matcher as first written: every form searched again for every term found (the reference). */
function reference(text: string, entries: readonly GlossEntry[], seen: Set<string>): GlossPiece[] {
  const out: GlossPiece[] = [];
  let pos = 0;
  for (;;) {
    let best: { at: number; len: number; entry: GlossEntry } | null = null;
    for (const entry of entries) {
      if (seen.has(entry.key)) continue;
      for (const f of entry.forms) {
        const abbr = f === f.toLocaleUpperCase() && /\p{Lu}/u.test(f);
        const re = new RegExp(`(?<![\\p{L}\\p{N}])${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, abbr ? 'gu' : 'giu');
        re.lastIndex = pos;
        const hit = re.exec(text);
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

describe('glossPieces searches each form once', () => {
  it('splits any text as the reference matcher does', () => {
    // Few words, so that forms overlap, repeat, nest and meet at word edges.
    const word = fc.constantFrom('price', 'index', 'DFC', 'dfc', 'gas', 'gas price', 'price index', 'a', 'lithium', 'LI', 'Li');
    const form = fc.array(word, { minLength: 1, maxLength: 2 }).map((ws) => ws.join(' '));
    const entries = fc
      .array(fc.array(form, { minLength: 1, maxLength: 3 }), { maxLength: 6 })
      .map((all) => all.map((forms, i): GlossEntry => ({ key: `k${i}`, term: forms[0] ?? '', forms, meaning: '' })));
    const text = fc.array(fc.oneof(word, fc.constantFrom(' ', ', ', '-', '.', 'x')), { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(
      fc.property(entries, text, fc.array(fc.nat(5), { maxLength: 2 }), (es, t, seenIdx) => {
        const seen = seenIdx.map((i) => `k${i}`);
        expect(glossPieces(t, es, new Set(seen))).toEqual(reference(t, es, new Set(seen)));
      }),
      { numRuns: 400 },
    );
  });
});
