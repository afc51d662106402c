import { html, nothing } from 'lit-html';
import type { StoreApi } from 'zustand/vanilla';
import type { MessageKey } from '../i18n/catalogue';
import type { SourcePlace } from '../present/sourcedEntries';
import { type Words, words } from '../present/words';
import type { Scenario } from '../sim';
import type { GameStore } from '../state/createGameStore';
import { followModal, mountId } from './deal/followModal';
import { glossaryFor, glossed, glossing } from './glossary';
import { showGuideAgain } from './guide';
import { openSources, openWhosWho, scenarioShown } from './openPages';
import { scenarioPending } from './scenarioPending';
import { foldedSources } from './sources';
import { teacherGuideLink } from './teacherGuideLink';
import { type Mount, type MountOptions, mountView } from './view';
import { modeOf } from './viewer';
import './howToPlay.css';

/** The source places this page shows: the glossary's sources. */
export const HOW_TO_PLAY_PLACES: readonly SourcePlace[] = ['glossary'];

/** The page's sections, in reading order (their words: `help.<id>.title` and `.body`). */
const SECTIONS = ['goal', 'turn', 'budget', 'actions', 'deals', 'events', 'report', 'why', 'sources', 'win'] as const;

const part = (id: string, p: 'title' | 'body'): MessageKey => `help.${id}.${p}` as MessageKey;

function glossaryList(s: GameStore, w: Words, sc: Scenario | null, m: Mount) {
  const entries = glossaryFor(w, sc);
  return html`<section class="help-glossary" aria-labelledby=${m.id('help-glossary-title')}>
    <h3 id=${m.id('help-glossary-title')}>${w.t('help.glossary.title')}${sc ? html` <span class="meta">· ${w.text(sc.title)}</span>` : nothing}</h3>
    <p class="hint">${w.t('help.glossary.lead')}</p>
    ${
      sc
        ? html`<dl class="glossary-list">
          ${[...entries]
            .sort((a, b) => a.term.localeCompare(b.term, w.lang, { sensitivity: 'base' }))
            .map((e) => html`<div><dt>${e.term}</dt><dd>${e.meaning}${sc ? foldedSources(w, sc, e.sources) : nothing}</dd></div>`)}
        </dl>`
        : (scenarioPending(s, w, m, 'help') ?? html`<p>${w.t('help.glossary.none')}</p>`)
    }
  </section>`;
}

/** The page's content, while it is open. */
function helpBody(s: GameStore, w0: Words, m: Mount) {
  const sc = scenarioShown(s);
  const w = sc ? words(s.lang, sc, s.reading) : w0;
  // The page's own words of art open their meaning where they first appear, like the game's texts.
  const g = glossing(w, sc, m, 'help');
  const close = (): void => s.closeDialog();
  const canGuide = s.ui.screen === 'game' && !!s.game && !s.game.over && modeOf(s) !== 'watch';
  // The guide starts once the page has closed and focus has gone back, so the guide can take it.
  const guide = (): void => {
    const d = m.root.querySelector('dialog');
    d?.addEventListener('close', () => setTimeout(showGuideAgain, 0), { once: true });
    s.closeDialog();
  };
  return html`<header class="help-head">
      <h2 id=${m.id('help-title')} tabindex="-1">${w.t('help.title')}</h2>
      <button type="button" id=${m.id('help-close')} @click=${close}>${w.t('help.close')}</button>
    </header>
    <p class="lead">${w.t('help.lead')}</p>
    ${sc?.teacherGuide ? html`<p class="help-teacher-guide">${teacherGuideLink(w, sc, m.id('help-teacher-guide'), true)}</p>` : nothing}
    ${SECTIONS.map(
      (id) => html`<section class="help-section" aria-labelledby=${m.id(`help-${id}`)}>
        <h3 id=${m.id(`help-${id}`)}>${w.t(part(id, 'title'))}</h3>
        <p>${glossed(g, w.t(part(id, 'body')))}</p>
        ${
          id === 'sources'
            ? html`<p class="help-sources">
              <button type="button" id=${m.id('help-sources')} @click=${() => openSources(m.store)}>${w.t('sourcesPage.open')}</button>
              <button type="button" id=${m.id('help-whos-who')} @click=${() => openWhosWho(m.store)}>${w.t('whosWho.open')}</button>
            </p>`
            : nothing
        }
      </section>`,
    )}
    ${
      canGuide
        ? html`<p class="help-guide">
          <button type="button" id=${m.id('help-guide')} aria-describedby=${m.id('help-guide-hint')} @click=${guide}>${w.t('help.guide')}</button>
          <span class="hint" id=${m.id('help-guide-hint')}>${w.t('help.guideHint')}</span>
        </p>`
        : nothing
    }
    ${glossaryList(s, w, sc, m)}`;
}

/** The dialog element stays in the page (empty while closed), so the modal keeps one element. */
function helpView(s: GameStore, w: Words, m: Mount) {
  return html`<dialog class="how-to-play" id=${m.id('how-to-play')} aria-labelledby=${m.id('help-title')}>
    ${s.ui.dialog?.kind === 'howToPlay' ? helpBody(s, w, m) : nothing}
  </dialog>`;
}

/**
 * Opens How to play. From inside a menu (a closed-on-click-outside <details>), the menu closes
 * first and its button takes focus, so closing the page gives focus back to a visible control.
 */
export function openHowToPlay(store: StoreApi<GameStore>, from?: EventTarget | null): void {
  const menu = from instanceof Element ? from.closest('details') : null;
  if (menu) {
    menu.open = false;
    menu.querySelector<HTMLElement>('summary')?.focus();
  }
  store.getState().openDialog({ kind: 'howToPlay' });
}

/**
 * How to play: a page (a modal dialog) on the goal, a turn, budgets, actions, deals, events,
 * the turn report, why numbers move, sources and verdicts, and winning; then every word of
 * the scenario's glossary and the interface's own. It opens with `store.openDialog({ kind:
 * 'howToPlay' })` from the game menu or the start screen; Esc or Close shuts it and focus goes
 * back to what opened it. In a game it can start the first-game guide again.
 */
export function mountHowToPlay(root: HTMLElement, store: StoreApi<GameStore>, options: MountOptions = {}): () => void {
  const host = root.ownerDocument.createElement('div');
  root.append(host);
  const off = mountView(
    host,
    store,
    (s) => [s.ui.dialog, s.ui.screen, s.ui.setup, s.entry, s.game, s.scenarios, s.scenarioLoad],
    helpView,
    options,
  );
  const offModal = followModal(host, store, {
    dialogId: mountId(options, 'how-to-play'),
    isOpen: (s) => s.ui.dialog?.kind === 'howToPlay',
    focusOnOpen: () => mountId(options, 'help-title'),
    fallbackFocus: mountId(options, 'end-turn'),
  });
  return () => {
    offModal();
    off();
    host.remove();
  };
}
