import { html, nothing } from 'lit-html';
import type { Words } from '../../present/words';
import { TEACHER_PAGES } from '../teacherPages';

/** The comparison page's address (relative, so it works wherever the game is served). */
export const COMPARE_HREF = './compare.html';

/** A link to the comparison page: a new tab, so a game in progress (or its debrief) stays where it is. */
export function compareLink(w: Words, id: string) {
  if (!TEACHER_PAGES) return nothing;
  return html`<a class="teacher-guide-link compare-link" id=${id} href=${COMPARE_HREF} target="_blank" rel="noopener"
    title=${w.t('compare.linkHint')}>${w.t('compare.link')}</a>`;
}
