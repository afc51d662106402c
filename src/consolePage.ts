import cards from 'virtual:scenarios';
import { LANGUAGES, loadLanguage } from './i18n/catalogue';
import { loadSettings } from './state/persistSettings';
import { fetchText, loadScenarioAsset } from './state/scenarioAsset';
import { mountConsolePage } from './ui/console/consolePage';

/**
 * The teacher's console (console.html): creates a class on the class server that serves this
 * page, then shows and steers every room of it (`?class=CODE&key=KEY`). The scenario is fetched
 * and checked as the game does, so each room's game is rebuilt here from its log.
 */
const root = document.getElementById('console') as HTMLElement;
document.getElementById('loading')?.remove();
// The remembered language's words are fetched first (only English is in the first script).
void loadLanguage(loadSettings(Object.keys(LANGUAGES)).lang).then((lang) =>
  mountConsolePage(root, lang, cards, async (id) => {
    const card = cards.find((c) => c.id === id);
    if (!card) return { key: 'classroom.join.noScenario', params: { id } };
    const r = await loadScenarioAsset(card, fetchText);
    return r.ok ? r.entry : r.said;
  }),
);
