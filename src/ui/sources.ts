import { html, nothing } from 'lit-html';
import type { MessageKey } from '../i18n/catalogue';
import type { Words } from '../present/words';
import type { Scenario, SourceRef } from '../sim';

/** How many lines a source list would have (its sources and its assumption), so callers can fold or skip it. */
export function sourceCount(sources: readonly SourceRef[] | undefined, assumption?: string): number {
  return (sources?.length ?? 0) + (assumption ? 1 : 0);
}

/**
 * The sources behind a rule: document title and file, the quote, how the claim was
 * checked (verdict as a symbol and a word, never colour alone) and the reference;
 * or the design assumption when the number is a choice, not a fact. Nothing when there are none.
 */
export function sourceList(w: Words, sc: Scenario, sources: readonly SourceRef[] | undefined, assumption?: string) {
  if (sourceCount(sources, assumption) === 0) return nothing;
  return html`<ul class="sources" aria-label=${w.t('sources.title')}>
    ${(sources ?? []).map((s) => {
      const doc = sc.documents?.find((d) => d.file === s.doc);
      return html`<li class="source">
        <span class="doc">${doc ? w.text(doc.title) : s.doc}</span>
        ${doc ? html`<code class="file">${s.doc}</code>` : nothing}
        ${s.verdict ? html`<span class="verdict verdict-${s.verdict}">${w.t(`sources.verdict.${s.verdict}` as MessageKey)}</span>` : nothing}
        ${s.quote ? html`<q class="quote">${s.quote}</q>` : nothing}
        ${s.ref ? html`<span class="ref">${w.t('sources.checked', { ref: s.ref })}</span>` : nothing}
        ${s.note ? html`<span class="note">${s.note}</span>` : nothing}
      </li>`;
    })}
    ${assumption ? html`<li class="source assumption">${w.t('sources.assumption', { text: assumption })}</li>` : nothing}
  </ul>`;
}
