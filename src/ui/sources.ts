import { type MessageKey, t } from '../i18n/messages';
import { type Scenario, type SourceRef, textOf } from '../sim';
import { h } from './dom';

/**
 * The sources behind a rule: document title and file, the quote, how the claim was
 * checked (verdict as a symbol and a word, never colour alone) and the reference;
 * or the design assumption when the number is a choice, not a fact.
 */
export function sourceList(sc: Scenario, sources: SourceRef[] | undefined, assumption?: string): HTMLElement | null {
  const items: HTMLElement[] = [];
  for (const s of sources ?? []) {
    const doc = sc.documents?.find((d) => d.file === s.doc);
    items.push(
      h('li', { class: 'source' }, [
        h('span', { class: 'doc' }, [doc ? textOf(doc.title) : s.doc]),
        doc ? h('code', { class: 'file' }, [s.doc]) : null,
        s.verdict ? h('span', { class: `verdict verdict-${s.verdict}` }, [t(`sources.verdict.${s.verdict}` as MessageKey)]) : null,
        s.quote ? h('q', { class: 'quote' }, [s.quote]) : null,
        s.ref ? h('span', { class: 'ref' }, [t('sources.checked', { ref: s.ref })]) : null,
        s.note ? h('span', { class: 'note' }, [s.note]) : null,
      ]),
    );
  }
  if (assumption) items.push(h('li', { class: 'source assumption' }, [t('sources.assumption', { text: assumption })]));
  if (items.length === 0) return null;
  return h('ul', { class: 'sources', 'aria-label': t('sources.title') }, items);
}
