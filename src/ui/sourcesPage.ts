import { html, nothing } from 'lit-html';
import type { StoreApi } from 'zustand/vanilla';
import type { MessageKey } from '../i18n/catalogue';
import { hasMarked, referenceAnchor, SOURCE_PLACES, type SourcedEntry, type SourcePlace, sourcedEntries } from '../present/sourcedEntries';
import { type Words, words } from '../present/words';
import type { Scenario } from '../sim';
import type { GameStore, SourcesDialog } from '../state/createGameStore';
import { followModal, mountId } from './deal/followModal';
import { openSources, scenarioShown } from './openPages';
import { scenarioPending } from './scenarioPending';
import { referenceItem, sourceList } from './sources';
import { type Mount, type MountOptions, mountView } from './view';
import './sourcesPage.css';

export { openSources, scenarioShown, setupScenarioId } from './openPages';

/** The page shows every place: each group of entries, under the view where they appear. */
export const SOURCES_PAGE_PLACES: readonly SourcePlace[] = SOURCE_PLACES;

function entryItem(w: Words, sc: Scenario, e: SourcedEntry) {
  const what = w.t(`sourcesPage.kind.${e.kind}` as MessageKey, { title: w.text(e.title) });
  return html`<li class="sourced-entry${hasMarked(e) ? ' marked' : ''}" data-path=${e.path}>
    <h4>${what}</h4>
    ${sourceList(w, sc, e.sources, e.assumption)}
  </li>`;
}

function placeSection(w: Words, sc: Scenario, m: Mount, place: SourcePlace, entries: readonly SourcedEntry[]) {
  const id = m.id(`sources-place-${place}`);
  return html`<section class="sources-place" data-place=${place} aria-labelledby=${id}>
    <h3 id=${id}>${w.t(`sourcesPage.place.${place}` as MessageKey)} <span class="meta">(${entries.length})</span></h3>
    <ul class="sourced-entries">${entries.map((e) => entryItem(w, sc, e))}</ul>
  </section>`;
}

/** Closing goes back to the dialog the page was opened from, if any. */
function closePage(s: GameStore, d: SourcesDialog): void {
  if (d.back) s.openDialog(d.back);
  else s.closeDialog();
}

function pageBody(s: GameStore, w0: Words, m: Mount, d: SourcesDialog) {
  const sc = scenarioShown(s);
  const close = (): void => closePage(s, d);
  const head = html`<header class="sources-head">
    <h2 id=${m.id('sources-title')} tabindex="-1">${w0.t('sourcesPage.title')}</h2>
    <button type="button" id=${m.id('sources-close')} @click=${close}>${w0.t('sourcesPage.close')}</button>
  </header>`;
  if (!sc) return html`${head}${scenarioPending(s, w0, m, 'sources') ?? html`<p>${w0.t('sourcesPage.none')}</p>`}`;
  const w = words(s.lang, sc, s.reading);
  const all = sourcedEntries(sc);
  const marked = all.filter(hasMarked);
  const shown = d.marked ? marked : all;
  const toggle = (e: Event): void => s.openDialog({ ...d, marked: (e.target as HTMLInputElement).checked });
  const docs = sc.documents ?? [];
  const refs = sc.references ?? [];
  return html`${head}
    <p class="meta">${w.text(sc.title)}</p>
    <p class="lead">${w.t('sourcesPage.lead')}</p>
    <p class="sources-count" data-entries=${all.length} data-marked=${marked.length}>
      ${w.t('sourcesPage.count', { count: all.length, marked: marked.length })}
    </p>
    <label class="sources-filter">
      <input type="checkbox" id=${m.id('sources-filter')} .checked=${!!d.marked} @change=${toggle} />
      ${w.t('sourcesPage.filter')}
    </label>
    <p class="hint" aria-live="polite" data-shown=${shown.length}>${w.t('sourcesPage.shown', { count: shown.length })}</p>
    ${SOURCE_PLACES.map((p) => {
      const here = shown.filter((e) => e.place === p);
      return here.length > 0 ? placeSection(w, sc, m, p, here) : nothing;
    })}
    ${
      docs.length > 0
        ? html`<section class="sources-documents" aria-labelledby=${m.id('sources-docs')}>
          <h3 id=${m.id('sources-docs')}>${w.t('sourcesPage.documents')}</h3>
          <p class="hint">${w.t('sourcesPage.documentsLead')}</p>
          <ul>${docs.map((x) => html`<li><strong>${w.text(x.title)}</strong>${x.date ? ` (${w.text(x.date)})` : ''} <code translate="no">${x.file}</code></li>`)}</ul>
        </section>`
        : nothing
    }
    ${
      refs.length > 0
        ? html`<section class="sources-references" aria-labelledby=${m.id('sources-refs')}>
          <h3 id=${m.id('sources-refs')}>${w.t('sourcesPage.references')}</h3>
          <p class="hint">${w.t('sourcesPage.referencesLead', { count: refs.length })}</p>
          <ul class="reference-list">
            ${refs.map(
              (r) => html`<li class="reference-anchor" id=${m.id(referenceAnchor(r.id))} tabindex="-1" data-ref-item=${r.id}>
                <ul class="reference-one">${referenceItem(w, r)}</ul>
              </li>`,
            )}
          </ul>
        </section>`
        : nothing
    }`;
}

function pageView(s: GameStore, w: Words, m: Mount) {
  const d = s.ui.dialog?.kind === 'sources' ? s.ui.dialog : null;
  // Esc: back to the dialog it came from, when there is one (else the browser closes it).
  const cancel = (e: Event): void => {
    if (!d?.back) return;
    e.preventDefault();
    closePage(s, d);
  };
  return html`<dialog class="sources-page" id=${m.id('sources-page')} aria-labelledby=${m.id('sources-title')} @cancel=${cancel}>
    ${d ? pageBody(s, w, m, d) : nothing}
  </dialog>`;
}

/**
 * The Sources & checks page (a modal dialog): every sourced entry of the scenario grouped by where
 * it appears in the game, a filter to the claims that are not confirmed, the documents, and every
 * reference with its id as an anchor. A reference id anywhere in the app (`a.ref-id`) opens the
 * page at its item, which takes focus. Esc or Close shuts it: the dialog it was opened from comes
 * back, or focus goes back to what opened it.
 */
export function mountSourcesPage(root: HTMLElement, store: StoreApi<GameStore>, options: MountOptions = {}): () => void {
  const host = root.ownerDocument.createElement('div');
  root.append(host);
  const off = mountView(
    host,
    store,
    (s) => [s.ui.dialog, s.ui.screen, s.ui.setup, s.entry, s.lang, s.scenarios, s.scenarioLoad],
    pageView,
    options,
  );
  const anchorOf = (ref: string): string => mountId(options, referenceAnchor(ref));
  const offModal = followModal(host, store, {
    dialogId: mountId(options, 'sources-page'),
    isOpen: (s) => s.ui.dialog?.kind === 'sources',
    focusOnOpen: (s) => {
      const d = s.ui.dialog;
      return d?.kind === 'sources' && d.ref ? anchorOf(d.ref) : mountId(options, 'sources-title');
    },
    fallbackFocus: mountId(options, 'end-turn'),
  });
  const doc = root.ownerDocument;
  // A reference id followed from anywhere: the page opens (or stays open) at its item.
  const onClick = (e: MouseEvent): void => {
    const a = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>('a.ref-id') : null;
    const ref = a?.dataset.ref;
    if (!a || !ref) return;
    e.preventDefault();
    const open = store.getState().ui.dialog?.kind === 'sources';
    openSources(store, a, ref);
    if (open) {
      const item = doc.getElementById(anchorOf(ref));
      item?.scrollIntoView({ block: 'center' });
      item?.focus();
    }
  };
  doc.addEventListener('click', onClick);
  return () => {
    doc.removeEventListener('click', onClick);
    offModal();
    off();
    host.remove();
  };
}
