import { html } from 'lit-html';
import { LANGUAGES } from '../i18n/catalogue';
import type { Words } from '../present/words';
import type { Mount } from './view';
import './languageField.css';

/**
 * The language switch: a labelled select of the languages the interface speaks, each named in
 * its own language (and marked as such, so a screen reader pronounces it right). Choosing one
 * sets the store's language: every view words itself again, nothing else changes.
 */
export function languageField(w: Words, m: Mount, idPart: string) {
  const id = m.id(idPart);
  const choose = (e: Event): void => m.store.getState().setLanguage((e.target as HTMLSelectElement).value);
  return html`<div class="field language-field">
    <label for=${id}>${w.t('settings.language')}</label>
    <select id=${id} @change=${choose}>
      ${Object.entries(LANGUAGES).map(([code, l]) => html`<option value=${code} lang=${code} ?selected=${code === w.lang}>${l.name}</option>`)}
    </select>
  </div>`;
}
