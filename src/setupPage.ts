import cards from 'virtual:scenarios';
import { LANGUAGES, loadLanguage } from './i18n/catalogue';
import { loadSettings } from './state/persistSettings';
import { fetchText, loadScenarioAsset } from './state/scenarioAsset';
import { mountSetupPage } from './ui/setup/setupPage';

/**
 * The teacher's class setup page (setup.html): a link and a printable handout per team, made in
 * the page (no server). The page speaks the language the game remembers; each scenario is fetched
 * and checked as the game does, for its objectives.
 */
const root = document.getElementById('setup') as HTMLElement;
document.getElementById('loading')?.remove();
// The remembered language's words are fetched first (only English is in the first script).
void loadLanguage(loadSettings(Object.keys(LANGUAGES)).lang).then((lang) =>
  mountSetupPage(root, lang, cards, async (card) => {
    const r = await loadScenarioAsset(card, fetchText);
    return r.ok ? r.entry.scenario : r.said;
  }),
);
