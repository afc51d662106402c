import { html, nothing, type TemplateResult } from 'lit-html';
import type { MessageKey } from '../../i18n/catalogue';
import { type Words, words } from '../../present/words';
import { said } from '../../sim';
import type { GameStore } from '../../state/createGameStore';
import { choiceOf, isClassGame, type LinkReading } from '../../state/setupLink';
import { TEACHER_PAGES } from '../teacherPages';
import type { Mount } from '../view';
import { classLine, computerNames, listWords } from './classLine';
import './classSetup.css';

type Ok = Extract<LinkReading, { kind: 'ok' }>;

/** Leaves a class setup on purpose: the normal start screen, and an address that no longer locks it on reload. */
export function leaveClassSetup(m: Mount): void {
  m.store.getState().setUi({ classLink: { kind: 'none' } });
  try {
    history.replaceState(history.state, '', location.pathname);
  } catch {
    // an address that cannot be rewritten (a sandboxed frame): a reload locks the screen again
  }
  requestAnimationFrame(() => document.getElementById(m.id('start-game'))?.focus());
}

/**
 * The start screen locked to a class setup link: the setup said plainly, Start (or back to the
 * class game in progress), the side's briefing, and a deliberate way out ("Play something else").
 * `briefing` and `loadLine` are the start screen's own parts, for the setup's side and scenario.
 */
export function classStart(s: GameStore, m: Mount, link: Ok, briefing: TemplateResult, loadLine: (retry: () => void) => unknown) {
  const card = s.cards.find((c) => c.id === link.setup.scenarioId);
  if (!card) return nothing;
  const sc = card.face;
  const w = words(s.lang, sc, s.reading);
  const inProgress = !!s.game && !s.game.over && isClassGame(link.setup, s.choice);
  const start = (): void => {
    if (inProgress) s.setUi({ screen: 'game' });
    else void s.startGame(choiceOf(link.setup, sc));
  };
  const others = computerNames(w, sc, link.setup);
  return html`<section class="class-start" aria-labelledby=${m.id('class-start-title')}>
    <h2 id=${m.id('class-start-title')}>${w.t('classSetup.heading')}</h2>
    <p class="class-line" id=${m.id('class-line')}>${classLine(w, sc, link.setup, link.code)}</p>
    <p>${w.t('classSetup.lead')}</p>
    ${others.length > 0 ? html`<p>${w.t('classSetup.others', { actors: listWords(w, others), level: w.t(`classSetup.level.${link.setup.level}` as MessageKey) })}</p>` : nothing}
    <p class="class-start-buttons">
      <button type="button" class="primary big" id=${m.id('class-start')} @click=${start}>
        ${w.t(inProgress ? 'classSetup.continue' : 'classSetup.start')}
      </button>
    </p>
    ${loadLine(start)}
    <div class="class-leave">
      <button type="button" id=${m.id('class-leave')} aria-describedby=${m.id('class-leave-hint')} @click=${() => leaveClassSetup(m)}>
        ${w.t('classSetup.leave')}
      </button>
      <p class="hint" id=${m.id('class-leave-hint')}>${w.t('classSetup.leaveHint')}</p>
    </div>
  </section>
  <div class="class-briefing">${briefing}</div>`;
}

/** The way to the setup page: a new tab, so the start screen stays put. */
export function setupPageLink(w: Words, id: string) {
  if (!TEACHER_PAGES) return nothing;
  return html`<a class="setup-page-link" id=${id} href="./setup.html" target="_blank" rel="noopener" title=${w.t('setup.openHint')}>${w.t('setup.open')}</a>`;
}

/** Above the normal start screen, why the address's class setup link could not be used. */
export function classLinkRefused(s: GameStore, m: Mount) {
  const link = s.ui.classLink;
  if (link.kind !== 'bad') return nothing;
  const w = words(s.lang);
  return html`<p class="class-link-refused error" role="alert" id=${m.id('class-link-refused')}>
    ${w.say(said('setupLink.refused', { reason: { said: [link.problem] } }))}
  </p>`;
}
