import cards from 'virtual:scenarios';
import { LANGUAGES, loadLanguage } from './i18n/catalogue';
import { loadSettings } from './state/persistSettings';
import { fetchText, loadScenarioAsset } from './state/scenarioAsset';
import { mountTeacherGuidePage } from './ui/teacherGuide';

/**
 * The teacher guide page (teacher-guide.html?scenario=ID): one scenario's lesson plan, as a plain
 * document to read or print, with no game around it. The language is the one the game remembers;
 * the scenario is fetched and checked as the game does.
 */
const root = document.getElementById('guide') as HTMLElement;
document.getElementById('loading')?.remove();
// The remembered language's words are fetched first (only English is in the first script).
void loadLanguage(loadSettings(Object.keys(LANGUAGES)).lang).then((lang) =>
  mountTeacherGuidePage(root, lang, cards, new URLSearchParams(window.location.search).get('scenario') ?? '', async (id) => {
    const card = cards.find((c) => c.id === id);
    if (!card) throw new Error(`no scenario ${id}`);
    const r = await loadScenarioAsset(card, fetchText);
    return r.ok ? r.entry.scenario : r.said;
  }),
);
