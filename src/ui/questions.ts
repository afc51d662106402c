import { html, nothing } from 'lit-html';
import type { Words } from '../present/words';
import type { Scenario } from '../sim';
import type { Mount } from './view';
import './questions.css';

/**
 * A scenario's discussion questions where students meet them (the briefing, the debrief): the
 * core questions numbered, then the optional extensions under their own heading and each
 * labelled as one. `key` keeps the ids of two lists on one page apart; `level` is the heading level.
 */
export function questionsBlock(w: Words, m: Mount, sc: Scenario, key: string, level: 2 | 3 | 4, title = w.t('questions.core')) {
  const l = sc.learning;
  if (!l || (l.questions.length === 0 && (l.extensions ?? []).length === 0)) return nothing;
  const core = m.id(`${key}-questions`);
  const ext = m.id(`${key}-extensions`);
  const heading = (id: string, words: string) =>
    level === 2 ? html`<h2 id=${id}>${words}</h2>` : level === 3 ? html`<h3 id=${id}>${words}</h3>` : html`<h4 id=${id}>${words}</h4>`;
  return html`<section class="class-questions" aria-labelledby=${core} data-questions=${key}>
    ${heading(core, title)}
    <ol class="questions core-questions">
      ${l.questions.map((q) => html`<li>${w.text(q)}</li>`)}
    </ol>
    ${
      (l.extensions ?? []).length > 0
        ? html`<div class="extension-questions" role="group" aria-labelledby=${ext}>
          ${heading(ext, w.t('questions.extensions'))}
          <ul class="questions extensions">
            ${(l.extensions ?? []).map(
              (q) => html`<li><span class="extension-label">${w.t('questions.extensionLabel')}:</span> ${w.text(q)}</li>`,
            )}
          </ul>
        </div>`
        : nothing
    }
  </section>`;
}
