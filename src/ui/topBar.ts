import { html } from 'lit-html';
import type { StoreApi } from 'zustand/vanilla';
import type { Words } from '../present/words';
import { currentActor, gameTurn, turnDate } from '../sim';
import type { GameStore } from '../state/createGameStore';
import { openHowToPlay } from './howToPlay';
import { END_TURN_KEY } from './keyboard';
import { openSources, openWhosWho } from './openPages';
import { teacherGuideLink } from './teacherGuideLink';
import { type Mount, type MountOptions, mountView } from './view';
import { modeOf, viewerOf } from './viewer';
import { isWatching } from './watchControls';

/** Who is at the device, and in which scenario. */
function whoText(s: GameStore, w: Words): string {
  const sc = s.entry?.scenario;
  const side = s.choice?.side;
  if (!sc) return '';
  const scenario = w.text(sc.title);
  const mode = modeOf(s);
  if (mode === 'watch') return w.t('watch.who', { scenario });
  return w.t(mode === 'hotseat' ? 'hotseat.who' : 'top.playing', { actor: w.actor(side), scenario });
}

/** Why End turn is (or is not) available now, and whether the reason is a block the player must clear. */
function endTurnState(s: GameStore, w: Words, date: string): { blocked: boolean; pending: boolean; hint: string } {
  const { game, entry, choice } = s;
  if (!game || !entry || !choice) return { blocked: true, pending: false, hint: '' };
  const pending = game.pending.some((p) => p.actor === choice.side);
  const myMove = currentActor(game, entry.scenario) === choice.side;
  const hint = game.over
    ? w.t('hud.gameOver')
    : pending
      ? w.t('hud.endTurnBlocked')
      : !myMove
        ? w.t('actions.notYourMove')
        : w.t('hud.endTurnReady', { date });
  return { blocked: !!game.over || pending || !myMove, pending, hint };
}

function topBarView(s: GameStore, w: Words, m: Mount) {
  const { game, entry, choice } = s;
  const d = game && entry ? turnDate(entry.scenario, game.turn) : null;
  const date = d ? w.quarter(d.year, d.quarter) : '';
  // The date and the turn each stay whole; where room is short the line breaks between them.
  const status = game
    ? html`<span class="part">${date}</span> · <span class="part">${w.t('hud.turn', { turn: gameTurn(game.setup, game.turn), turns: game.setup.turns })}</span>`
    : '';
  const budget = choice ? game?.actors[choice.side]?.budget : undefined;
  const end = endTurnState(s, w, date);
  const endTurn = (): void => {
    const side = viewerOf(m.store.getState());
    if (side) void m.store.getState().dispatch({ type: 'endPhase', actor: side });
  };
  return html`<div class="brand"><h1>${w.t('app.title')}</h1><p class="who">${game ? whoText(s, w) : ''}</p></div>
    <div class="watch-bar" id=${m.id('watch-bar')} role="group" aria-label=${w.t('watch.label')} ?hidden=${!isWatching(s)}></div>
    <p class="date" aria-live="polite" id=${m.id('turn-status')}>${status}</p>
    <dl class="budgets" aria-label=${w.t('hud.region')}>
      <div><dt>${w.t('hud.capital')}</dt><dd><span class="budget-value" id=${m.id('budget-capital')}>${game ? w.t('hud.capitalValue', { value: budget?.capital ?? 0 }) : ''}</span></dd></div>
      <div><dt>${w.t('hud.moneyShort')}</dt><dd><span class="budget-value" id=${m.id('budget-money')}>${game ? w.t('hud.moneyValue', { value: budget?.money ?? 0 }) : ''}</span></dd></div>
    </dl>
    <div class="objectives-slot"></div>
    <div class="end-wrap">
      <button type="button" class="primary end-turn" id=${m.id('end-turn')} aria-describedby=${m.id('end-turn-hint')} aria-keyshortcuts=${END_TURN_KEY}
        title=${w.t('screen.endTurnShortcut', { key: END_TURN_KEY })} ?disabled=${end.blocked} @click=${endTurn}>
        ${w.t('hud.endTurn')} <kbd class="shortcut" aria-hidden="true">${END_TURN_KEY}</kbd>
      </button>
      <p class="end-hint${end.pending ? ' blocked' : ''}" id=${m.id('end-turn-hint')}>${end.hint}</p>
    </div>
    <details class="menu">
      <summary>${w.t('top.menu')}</summary>
      <div class="menu-body">
        <button type="button" id=${m.id('menu-new-game')} @click=${() => m.store.getState().toStart()}>${w.t('top.newGame')}</button>
        <button type="button" id=${m.id('menu-help')} @click=${(e: Event) => openHowToPlay(m.store, e.currentTarget)}>${w.t('help.open')}</button>
        <button type="button" id=${m.id('menu-whos-who')} @click=${(e: Event) => openWhosWho(m.store, e.currentTarget)}>${w.t('whosWho.open')}</button>
        <button type="button" id=${m.id('menu-sources')} @click=${(e: Event) => openSources(m.store, e.currentTarget)}>${w.t('sourcesPage.open')}</button>
        ${entry ? teacherGuideLink(w, entry.scenario, m.id('menu-teacher-guide'), false) : ''}
        <div class="menu-saves"></div>
        <div class="menu-settings"></div>
      </div>
    </details>`;
}

/** Where the top bar's menu and watch controls take their panels. */
export type TopBarSlots = { watch: HTMLElement; saves: HTMLElement; settings: HTMLElement; objectives: HTMLElement };

/**
 * The bar above the map: date and turn, the side played, its budgets, the End turn button
 * (which says why it is disabled), the watch controls' place, and the game menu (new game;
 * the saves and settings panels mount in the slots returned). A click outside the open menu
 * closes it.
 */
export function mountTopBar(
  root: HTMLElement,
  store: StoreApi<GameStore>,
  options: MountOptions = {},
): TopBarSlots & { unmount: () => void } {
  const off = mountView(root, store, (s) => [s.game, s.entry, s.choice, s.ui.screen], topBarView, options);
  const menu = root.querySelector('details.menu') as HTMLDetailsElement;
  const closeOutside = (e: MouseEvent): void => {
    // A click whose handler removed its own target (a dialog's button re-rendering away) was not outside.
    if (menu.open && e.target instanceof Node && e.target.isConnected && !menu.contains(e.target)) menu.open = false;
  };
  document.addEventListener('click', closeOutside);
  const slot = (sel: string): HTMLElement => root.querySelector(sel) as HTMLElement;
  return {
    watch: slot('.watch-bar'),
    saves: slot('.menu-saves'),
    settings: slot('.menu-settings'),
    objectives: slot('.objectives-slot'),
    unmount: () => {
      document.removeEventListener('click', closeOutside);
      off();
    },
  };
}
