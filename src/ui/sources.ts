import { html, nothing, type TemplateResult } from 'lit-html';
import { LANGUAGES, type MessageKey } from '../i18n/catalogue';
import { isMarked, REFERENCE_IDS, referenceAnchor, referenceOf } from '../present/sourcedEntries';
import type { Words } from '../present/words';
import type { Reference, Scenario, SourceRef, Text } from '../sim';

/** What a source list reads of a scenario: the documents and references its sources name. */
type Cited = Pick<Scenario, 'documents' | 'references'>;

import './sources.css';

/**
 * A reference id as a link to its item on the Sources & checks page. A click anywhere opens the
 * page at that item (src/ui/sourcesPage.ts listens for clicks on `a.ref-id`).
 */
export function refLink(w: Words, id: string): TemplateResult {
  return html`<a class="ref-id" href=${`#${referenceAnchor(id)}`} data-ref=${id} title=${w.t('sources.refLink', { id })}>${id}</a>`;
}

/** A text with every reference id the scenario lists ("R72") turned into a link to its item. */
export function withRefLinks(w: Words, sc: Cited, text: string): (string | TemplateResult)[] {
  const out: (string | TemplateResult)[] = [];
  let at = 0;
  for (const hit of text.matchAll(REFERENCE_IDS)) {
    const i = hit.index ?? 0;
    if (!referenceOf(sc, hit[0])) continue;
    out.push(text.slice(at, i), refLink(w, hit[0]));
    at = i + hit[0].length;
  }
  out.push(text.slice(at));
  return out;
}

/**
 * The sources of a fact folded away where it appears ("Sources (3)", or "Sources (3, 1 not
 * confirmed)"), so the screen stays calm, with a line about the fact first (`lead`) when given;
 * nothing when there are none.
 */
export function foldedSources(
  w: Words,
  sc: Cited,
  sources: readonly SourceRef[] | undefined,
  assumption?: Text,
  cls = '',
  lead: string | TemplateResult = '',
) {
  const count = sourceCount(sources, assumption);
  if (count === 0) return nothing;
  const marked = (sources ?? []).filter(isMarked).length;
  return html`<details class=${`sources-fold${marked > 0 ? ' marked' : ''}${cls ? ` ${cls}` : ''}`}>
    <summary>${marked > 0 ? w.t('sources.foldMarked', { count, marked }) : w.t('sources.fold', { count })}</summary>
    ${lead ? html`<p class="fold-lead">${lead}</p>` : nothing}
    ${sourceList(w, sc, sources, assumption)}
  </details>`;
}

/** How many lines a source list would have (its sources and its assumption), so callers can fold or skip it. */
export function sourceCount(sources: readonly SourceRef[] | undefined, assumption?: Text): number {
  return (sources?.length ?? 0) + (assumption ? 1 : 0);
}

/** An assumption that only says it is one ("Design coefficient.", "Test value.") adds nothing to "a design choice". */
const SAYS_NOTHING = /^\s*(design|test)\s+(coefficients?|choices?|assumptions?|values?)\.?\s*$/i;

/** The words for a design assumption: what it says, or only that the number is a choice when it says no more. */
export function assumptionText(w: Words, assumption: Text): string {
  const said = w.text(assumption);
  return SAYS_NOTHING.test(typeof assumption === 'string' ? assumption : assumption.en)
    ? w.t('sources.designChoice')
    : w.t('sources.designChoiceWhy', { text: said });
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A reference's date as the reader's language writes it: the scenario writes it in English ("19 Oct
 * 2025", "Nov 2025"); another language gets its own month names ("19 oct 2025"). Any other form
 * (a year, "late 2024") is shown as written.
 */
export function referenceDate(w: Words, given: Text): string {
  // A date the file words in languages of its own ("late 2024") is shown as it words it.
  if (typeof given !== 'string') return w.text(given);
  const date = given;
  if (w.lang === 'en') return date;
  const m = /^(?:(\d{1,2}) )?([A-Za-z]{3})[a-z]*\.? (\d{4})$/.exec(date.trim());
  const month = m ? MONTHS.indexOf((m[2] ?? '').toLowerCase()) : -1;
  if (!m || month < 0) return date;
  const day = m[1] ? Number(m[1]) : undefined;
  const when = new Date(Date.UTC(Number(m[3]), month, day ?? 1));
  const locale = LANGUAGES[w.lang]?.locale ?? w.lang;
  return new Intl.DateTimeFormat(locale, { ...(day ? { day: 'numeric' } : {}), month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    when,
  );
}

/**
 * One reference: its title (a link to its address), publisher and date, and the address written out
 * where it is shown (marked `translate="no"`: an address is not text of any language, whatever words it holds).
 */
export function referenceItem(w: Words, r: Reference) {
  const date = r.date ? referenceDate(w, r.date) : '';
  // The publisher is a name as the work gives it: marked as such, inside the sentence worded in the reader's language.
  const [before = '', after = ''] = r.publisher
    ? w.t(r.date ? 'sources.referenceBy' : 'sources.referenceByUndated', { publisher: '\u0000', date }).split('\u0000')
    : [date];
  const by = r.publisher ? html`${before}<span lang="en">${r.publisher}</span>${after}` : date;
  const title = w.text(r.title);
  // A work's title stays as it writes it: marked in its own language, so a reader (and a screen reader) knows.
  const lang = w.textLang(r.title);
  return html`<li class="reference">
    ${refLink(w, r.id)}
    ${r.url ? html`<a href=${r.url} target="_blank" rel="noopener noreferrer" lang=${lang}>${title}</a>` : html`<span lang=${lang}>${title}</span>`}
    ${by ? html`<span class="by">${by}</span>` : nothing}
    ${r.url ? html`<span class="address" translate="no">${r.url}</span>` : nothing}
  </li>`;
}

/**
 * A source's own words, as it writes them (in English in the shipped scenarios, and marked so), with
 * their meaning in the reader's language beside them when the scenario gives one (`gloss`).
 */
function quoteOf(w: Words, s: SourceRef) {
  const gloss = w.lang === 'en' ? undefined : s.gloss?.[w.lang];
  return html`<q class="quote" lang="en">${s.quote}</q>${gloss ? html`<span class="gloss">${w.t('sources.gloss', { text: gloss })}</span>` : nothing}`;
}

/**
 * The sources behind a rule: the document by its title (its file name is only in the scenario's
 * list of documents), the quote, how the claim was checked (verdict as a symbol and a word, never
 * colour alone) and the references it was checked against, by title with their addresses;
 * or the design assumption when the number is a choice, not a fact. Nothing when there are none.
 */
export function sourceList(w: Words, sc: Cited, sources: readonly SourceRef[] | undefined, assumption?: Text) {
  if (sourceCount(sources, assumption) === 0) return nothing;
  const byId = (id: string): Reference | undefined => sc.references?.find((r) => r.id === id);
  return html`<ul class="sources" aria-label=${w.t('sources.title')}>
    ${(sources ?? []).map((s) => {
      const doc = sc.documents?.find((d) => d.file === s.doc);
      const asRef = doc ? undefined : byId(s.doc);
      // The references named: those in refs, and the source itself when it is one.
      const refs = [...new Set([...(asRef ? [asRef.id] : []), ...(s.refs ?? [])])].map(byId).filter((r) => r !== undefined);
      // A source that is itself a reference is named once, in the references below.
      const docName = doc ? w.text(doc.title) : asRef ? '' : s.doc;
      return html`<li class="source">
        ${docName ? html`<span class="doc">${docName}</span>` : nothing}
        ${s.verdict ? html`<span class="verdict verdict-${s.verdict}">${w.t(`sources.verdict.${s.verdict}` as MessageKey)}</span>` : nothing}
        ${s.quote ? quoteOf(w, s) : nothing}
        ${s.ref ? html`<span class="ref">${withRefLinks(w, sc, w.t('sources.checkedText', { text: w.text(s.ref) }))}</span>` : nothing}
        ${
          refs.length > 0
            ? html`<span class="refs-label">${w.t('sources.references')}</span>
              <ul class="references">${refs.map((r) => referenceItem(w, r))}</ul>`
            : nothing
        }
        ${s.note ? html`<span class="note">${withRefLinks(w, sc, w.text(s.note))}</span>` : nothing}
      </li>`;
    })}
    ${assumption ? html`<li class="source assumption">${assumptionText(w, assumption)}</li>` : nothing}
  </ul>`;
}
