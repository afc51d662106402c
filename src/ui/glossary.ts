import { html, type TemplateResult } from 'lit-html';
import { type GlossEntry, glossaryOf, glossPieces } from '../present/glossary';
import type { Words } from '../present/words';
import type { Scenario } from '../sim';
import type { Mount } from './view';
import './glossary.css';

/**
 * One view's glossing for one render: the glossary of its scenario, the terms already marked
 * (each is marked once, where the player first meets it in the view) and the ids it has given.
 * Make one per render with `glossing`, then word each text with `glossed`.
 */
export type Glossing = {
  readonly w: Words;
  readonly m: Mount;
  readonly prefix: string;
  readonly entries: readonly GlossEntry[];
  readonly seen: Set<string>;
  n: number;
};

const byWords = new WeakMap<Words, WeakMap<object, GlossEntry[]>>();
const NONE = {};

/** The glossary for these words and scenario (cached: the words object is itself cached per language and scenario). */
export function glossaryFor(w: Words, sc: Pick<Scenario, 'glossary'> | null | undefined): readonly GlossEntry[] {
  let inner = byWords.get(w);
  if (!inner) {
    inner = new WeakMap();
    byWords.set(w, inner);
  }
  const key = sc ?? NONE;
  let g = inner.get(key);
  if (!g) {
    g = glossaryOf(w, sc);
    inner.set(key, g);
  }
  return g;
}

/** Starts a render's glossing; `prefix` keeps the popovers' ids apart from another glossing in the same mount. */
export function glossing(w: Words, sc: Pick<Scenario, 'glossary'> | null | undefined, m: Mount, prefix: string): Glossing {
  return { w, m, prefix, entries: glossaryFor(w, sc), seen: new Set(), n: 0 };
}

/** Places an open popover under (or, near the bottom of the window, above) the term that opened it. */
function place(pop: HTMLElement, term: HTMLElement): void {
  const r = term.getBoundingClientRect();
  const vw = document.documentElement.clientWidth;
  const vh = document.documentElement.clientHeight;
  const p = pop.getBoundingClientRect();
  const left = Math.max(8, Math.min(r.left, vw - p.width - 8));
  const below = r.bottom + 6;
  const top = below + p.height > vh - 8 ? Math.max(8, r.top - p.height - 6) : below;
  pop.style.setProperty('left', `${Math.round(left)}px`);
  pop.style.setProperty('top', `${Math.round(top)}px`);
}

/** Opening moves focus into the explanation; closing (Esc, a click elsewhere, Close) gives it back to the term. */
function onToggle(e: Event): void {
  const pop = e.currentTarget as HTMLElement;
  const term = pop.previousElementSibling as HTMLElement | null;
  if ((e as ToggleEvent).newState === 'open') {
    if (term) place(pop, term);
    pop.focus();
  } else {
    const active = document.activeElement;
    if (term && (!active || active === document.body || pop.contains(active))) term.focus();
  }
}

/** The popover's heading: the term as the text wrote it ("Fiscal squeeze") when that is the term itself, else the term. */
function heading(g: Glossing, text: string, entry: GlossEntry): string {
  return text.toLocaleLowerCase(g.w.lang) === entry.term.toLocaleLowerCase(g.w.lang) ? text : entry.term;
}

function term(g: Glossing, text: string, entry: GlossEntry): TemplateResult {
  const id = g.m.id(`gloss-${g.prefix}-${g.n++}`);
  const head = `${id}-h`;
  return html`<button type="button" class="gloss-term" popovertarget=${id} aria-haspopup="dialog"
      >${text}</button><span class="gloss-pop" id=${id} popover role="dialog" aria-labelledby=${head} tabindex="-1" @toggle=${onToggle}
      ><strong class="gloss-head" id=${head}>${heading(g, text, entry)}</strong> <span class="gloss-meaning">${entry.meaning}</span> <button type="button" class="small gloss-close" popovertarget=${id} popovertargetaction="hide">${g.w.t('glossary.close')}</button></span
    >`;
}

/**
 * A text with the first occurrence of each glossary term (not yet marked in this glossing) as
 * a button with a dotted underline; the button opens a small popover with the term's plain
 * meaning (Esc or Close shuts it and focus returns to the term). The text stays text: lit
 * escapes every piece, nothing is ever read as markup.
 */
export function glossed(g: Glossing, text: string): TemplateResult {
  const pieces = glossPieces(text, g.entries, g.seen);
  return html`${pieces.map((p) => (typeof p === 'string' ? p : term(g, p.text, p.entry)))}`;
}
