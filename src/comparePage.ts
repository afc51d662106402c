import cards from 'virtual:scenarios';
import { LANGUAGES, loadLanguage } from './i18n/catalogue';
import { loadSettings } from './state/persistSettings';
import { fetchText, loadScenarioAsset } from './state/scenarioAsset';
import { mountComparePage } from './ui/compare/page';

/**
 * The comparison page (compare.html): every team's save file loaded at once, each replayed and
 * verified as an import is, and the games side by side. A plain document with no game around
 * it; the scenarios are fetched and checked as the game does, once each.
 */
const root = document.getElementById('compare-root') as HTMLElement;
document.getElementById('loading')?.remove();
// The remembered language's words are fetched first (only English is in the first script).
void loadLanguage(loadSettings(Object.keys(LANGUAGES)).lang).then((lang) =>
  mountComparePage(root, lang, async (id) => {
    const card = cards.find((c) => c.id === id);
    if (!card) return null;
    const r = await loadScenarioAsset(card, fetchText);
    return r.ok ? r.entry : r.said;
  }),
);
