import { html, nothing } from 'lit-html';
import type { Words } from '../present/words';
import type { ScenarioFace } from '../state/createGameStore';
import { TEACHER_PAGES } from './teacherPages';
import './teacherGuideLink.css';

/** The address of a scenario's teacher guide page (relative, so it works wherever the game is served). */
export function teacherGuideHref(scenarioId: string): string {
  return `./teacher-guide.html?scenario=${encodeURIComponent(scenarioId)}`;
}

/** A link to a scenario's guide: a new tab, so a game in progress stays where it is. */
export function teacherGuideLink(
  w: Words,
  sc: Pick<ScenarioFace, 'id' | 'title'> & { teacherGuide?: unknown },
  id: string,
  withName: boolean,
) {
  if (!sc.teacherGuide || !TEACHER_PAGES) return nothing;
  return html`<a class="teacher-guide-link" id=${id} href=${teacherGuideHref(sc.id)} target="_blank" rel="noopener"
    title=${w.t('teacher.linkHint')}>${withName ? w.t('teacher.linkFor', { scenario: w.text(sc.title) }) : w.t('teacher.link')}</a>`;
}
