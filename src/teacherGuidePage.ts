import scenarios from 'virtual:scenarios';
import { LANGUAGES } from './i18n/catalogue';
import { loadSettings } from './state/persistSettings';
import { mountTeacherGuidePage } from './ui/teacherGuide';

/**
 * The teacher guide page (teacher-guide.html?scenario=ID): one scenario's lesson plan, as a plain
 * document to read or print, with no game around it. The language is the one the game remembers.
 */
const root = document.getElementById('guide') as HTMLElement;
document.getElementById('loading')?.remove();
mountTeacherGuidePage(
  root,
  loadSettings(Object.keys(LANGUAGES)).lang,
  scenarios,
  new URLSearchParams(window.location.search).get('scenario') ?? '',
);
