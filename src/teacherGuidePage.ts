import scenarios from 'virtual:scenarios';
import { html, render } from 'lit-html';
import { LANGUAGES } from './i18n/catalogue';
import { words } from './present/words';
import { loadSettings } from './state/persistSettings';
import { teacherGuideHref, teacherGuideView } from './ui/teacherGuide';

/**
 * The teacher guide page (teacher-guide.html?scenario=ID): one scenario's lesson plan, as a plain
 * document to read or print, with no game around it. The language is the one the game remembers.
 */
const lang = loadSettings(Object.keys(LANGUAGES)).lang;
const id = new URLSearchParams(window.location.search).get('scenario') ?? '';
const root = document.getElementById('guide') as HTMLElement;
document.getElementById('loading')?.remove();
document.body.classList.add('teacher-guide-page');
const entry = scenarios.find((e) => e.id === id);
if (entry) {
  const w = words(lang, entry.scenario);
  document.documentElement.lang = w.lang;
  document.title = w.t('teacher.pageTitle', { scenario: w.text(entry.scenario.title) });
  render(teacherGuideView(w, entry.scenario, './'), root);
} else {
  // No such scenario: offer the guides there are.
  const w = words(lang);
  document.documentElement.lang = w.lang;
  const listed = scenarios.filter((e) => e.scenario.listed !== false);
  render(
    html`<main class="teacher-guide" id="teacher-guide">
      <h1>${w.t('teacher.link')}</h1>
      <p>${w.t('teacher.unknown', { id })}</p>
      <ul>${listed.map((e) => html`<li><a href=${teacherGuideHref(e.id)}>${words(lang, e.scenario).text(e.scenario.title)}</a></li>`)}</ul>
      <p><a href="./">${w.t('teacher.back')}</a></p>
    </main>`,
    root,
  );
}
