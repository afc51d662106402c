import { html, nothing } from 'lit-html';
import type { StoreApi } from 'zustand/vanilla';
import { loadLanguage } from '../../i18n/catalogue';
import { words } from '../../present/words';
import type { GameStore, SetupDraft } from '../../state/createGameStore';
import { choiceOf, isClassGame, readSetupLink } from '../../state/setupLink';
import type { Layout } from '../layout';
import { mountView } from '../view';
import { classLine } from './classLine';
import './classSetup.css';

/**
 * Applies the page address's class setup link, if it holds one (the one call src/main.ts makes
 * for it, before the start screen mounts). A good link sets the language, pre-sets the start
 * screen's draft to the setup and locks the start screen to it (src/ui/setup/classStart.ts); a
 * bad one leaves the normal start screen with a message naming what was wrong. The game screen
 * then carries a small label of the setup while the class game is played.
 */
export function applyClassLink(l: Layout, store: StoreApi<GameStore>, search: string, langs: readonly string[]): void {
  const s = store.getState();
  const reading = readSetupLink(search, s.cards, langs);
  if (reading.kind === 'none') return;
  if (reading.kind === 'ok') {
    const { setup } = reading;
    const face = s.cards.find((c) => c.id === setup.scenarioId)?.face;
    const choice = choiceOf(setup, face ?? {});
    const draft: SetupDraft = {
      scenarioId: choice.scenarioId,
      side: choice.side,
      turns: choice.turns ?? 0,
      ...(choice.preset ? { preset: choice.preset } : {}),
      seed: choice.seed,
      aiLevel: setup.level,
      mode: choice.mode ?? 'solo',
    };
    // The link's language (its words fetched first, if they are not yet) and reading level.
    void loadLanguage(setup.lang).then((got) => store.getState().setLanguage(got));
    s.setReading(setup.reading);
    s.setUi({ classLink: reading, setup: draft });
    // Fetched now, so Start waits for nothing.
    void s.loadScenario(setup.scenarioId);
  } else {
    s.setUi({ classLink: reading });
  }
  keepStartScreen(store);
  const label = document.createElement('div');
  label.className = 'class-label-slot';
  l.topBar.after(label);
  mountView(
    label,
    store,
    (x) => [x.ui.screen, x.choice, x.ui.classLink],
    (x) => {
      const link = x.ui.classLink;
      const face = link.kind === 'ok' ? x.cards.find((c) => c.id === link.setup.scenarioId)?.face : undefined;
      if (link.kind !== 'ok' || !face || x.ui.screen !== 'game' || !isClassGame(link.setup, x.choice)) return nothing;
      return html`<p class="class-label" id="class-label">${classLine(words(x.lang, face), face, link.setup, link.code)}</p>`;
    },
  );
}

/**
 * The game this browser saved last resumes by itself at boot. A link opens on its start screen
 * instead (locked to the class setup, or saying why the link cannot be used), unless that game
 * is the class game itself (a student who reloads the page plays on); the other game stays in the
 * store, and the notice that it resumed goes. Once the player acts on the page, a game they start
 * or load is theirs: a bad link's message has been read, and goes.
 */
function keepStartScreen(store: StoreApi<GameStore>): void {
  let acted = false;
  const act = (): void => {
    acted = true;
    document.removeEventListener('pointerdown', act, true);
    document.removeEventListener('keydown', act, true);
  };
  document.addEventListener('pointerdown', act, true);
  document.addEventListener('keydown', act, true);
  const off = store.subscribe((now, before) => {
    const link = now.ui.classLink;
    if (link.kind === 'none') return off();
    if (now.choice === before.choice || !now.choice) return;
    if (acted) {
      if (link.kind === 'bad') now.setUi({ classLink: { kind: 'none' } });
      return;
    }
    if (link.kind === 'ok' && isClassGame(link.setup, now.choice)) return;
    now.toStart();
    // The autosave's "resumed" notice is set just after the game is put back: not about this screen.
    queueMicrotask(() => {
      if (store.getState().ui.notice?.level === 'info') store.getState().setUi({ notice: null });
    });
  });
}
