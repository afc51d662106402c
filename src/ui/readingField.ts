import { html } from 'lit-html';
import type { Words } from '../present/words';
import type { Reading } from '../sim';

/**
 * A labelled choice of reading level (the scenario texts' main, advanced text, or their basic
 * reading) with its hint, for the teacher's setup page and the class console's class form.
 */
export function readingField(w: Words, id: string, value: Reading, choose: (r: Reading) => void) {
  return html`<div class="field">
    <label for=${id}>${w.t('reading.label')}</label>
    <select id=${id} aria-describedby=${`${id}-hint`}
      @change=${(e: Event) => choose((e.target as HTMLSelectElement).value === 'basic' ? 'basic' : 'advanced')}>
      <option value="advanced" ?selected=${value === 'advanced'}>${w.t('reading.advanced')}</option>
      <option value="basic" ?selected=${value === 'basic'}>${w.t('reading.basic')}</option>
    </select>
    <p class="hint" id=${`${id}-hint`}>${w.t('reading.hint')}</p>
  </div>`;
}
