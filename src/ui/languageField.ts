import { html } from 'lit-html';
import { LANGUAGES, loadLanguage } from '../i18n/catalogue';
import type { Words } from '../present/words';
import type { Reading } from '../sim';
import type { Mount } from './view';
import './languageField.css';

/**
 * The language switch and the reading level: two labelled selects. The languages are each named in
 * their own language (and marked as such, so a screen reader pronounces them right); choosing one
 * fetches its words if needed, then sets the store's language, and every view words itself again.
 * The reading level picks the scenario texts' main (advanced) text or their basic reading.
 * Nothing else changes: a game in progress goes on.
 */
export function languageField(w: Words, m: Mount, idPart: string) {
  const id = m.id(idPart);
  const readingId = m.id(`${idPart}-reading`);
  const choose = (e: Event): void => {
    const code = (e.target as HTMLSelectElement).value;
    void loadLanguage(code).then((got) => m.store.getState().setLanguage(got));
  };
  const read = (e: Event): void => m.store.getState().setReading((e.target as HTMLSelectElement).value === 'basic' ? 'basic' : 'advanced');
  const readings: readonly Reading[] = ['advanced', 'basic'];
  return html`<div class="field language-field">
      <label for=${id}>${w.t('settings.language')}</label>
      <select id=${id} @change=${choose}>
        ${Object.entries(LANGUAGES).map(([code, l]) => html`<option value=${code} lang=${code} ?selected=${code === w.lang}>${l.name}</option>`)}
      </select>
    </div>
    <div class="field language-field reading-field">
      <label for=${readingId}>${w.t('reading.label')}</label>
      <select id=${readingId} aria-describedby=${`${readingId}-hint`} @change=${read}>
        ${readings.map((r) => html`<option value=${r} ?selected=${r === w.reading}>${w.t(`reading.${r}`)}</option>`)}
      </select>
      <span class="sr-only" id=${`${readingId}-hint`}>${w.t('reading.hint')}</span>
    </div>`;
}
