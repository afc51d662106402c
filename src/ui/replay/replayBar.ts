import { html, nothing } from 'lit-html';
import type { StoreApi } from 'zustand/vanilla';
import type { Words } from '../../present/words';
import { firstTurn } from '../../sim';
import type { GameStore, ReplayView } from '../../state/createGameStore';
import { turnLabel } from '../turnLabel';
import { type Mount, type MountOptions, mountView } from '../view';
import { branchedFromLine } from './branchedFrom';
import './replay.css';

function banner(s: GameStore, w: Words, r: ReplayView): string {
  const sc = s.entry?.scenario;
  const game = s.game;
  if (!sc || !game) return '';
  if (r.frame === 0) return w.t('replay.bannerStart', { label: r.label, turns: r.turns });
  const date = turnLabel(w, sc, firstTurn(game.setup) + r.frame - 1);
  return w.t('replay.banner', { label: r.label, turn: r.frame, turns: r.turns, date });
}

function branchHint(w: Words, r: ReplayView): string {
  if (r.frame === 0) return w.t('replay.branchStart');
  if (!r.branchable) return w.t('replay.branchEnd');
  return w.t('replay.branchHint', { turn: r.frame });
}

/** Where the keyboard goes once the replay gives way: the game's End turn, or the title of the screen shown. */
function focusAfter(m: Mount): void {
  queueMicrotask(() => {
    const s = m.store.getState();
    const id = s.ui.screen === 'end' ? 'end-title' : s.ui.screen === 'game' ? 'end-turn' : 'start-title';
    document.getElementById(m.id(id))?.focus();
  });
}

function barView(s: GameStore, w: Words, m: Mount) {
  const r = s.replay;
  m.root.hidden = !r;
  if (!r) return nothing;
  const seek = (k: number): void => m.store.getState().seekReplay(k);
  const value = r.frame === 0 ? w.t('replay.valueStart') : w.t('replay.value', { turn: r.frame, turns: r.turns });
  const exitTo = m.store.getState().replayReturn ?? 'start';
  const branch = async (): Promise<void> => {
    if (await m.store.getState().branchReplay()) focusAfter(m);
  };
  const exit = (): void => {
    m.store.getState().closeReplay();
    focusAfter(m);
  };
  return html`<section class="replay-bar" aria-labelledby=${m.id('replay-title')}>
    <h2 class="sr-only" id=${m.id('replay-title')}>${w.t('replay.region')}</h2>
    <p class="replay-banner" id=${m.id('replay-banner')} role="status" aria-live="polite" data-frame=${r.frame}>${banner(s, w, r)}</p>
    <div class="replay-controls">
      <button type="button" id=${m.id('replay-prev')} ?disabled=${r.frame === 0} @click=${() => seek(r.frame - 1)}>◀ ${w.t('replay.previous')}</button>
      <label for=${m.id('replay-slider')}>${w.t('replay.slider')}</label>
      <input type="range" id=${m.id('replay-slider')} class="replay-slider" min="0" max=${r.last} step="1" .value=${String(r.frame)}
        aria-valuetext=${value} @input=${(e: Event) => seek(Number((e.target as HTMLInputElement).value))} />
      <output for=${m.id('replay-slider')} class="replay-value">${value}</output>
      <button type="button" id=${m.id('replay-next')} ?disabled=${r.frame >= r.last} @click=${() => seek(r.frame + 1)}>${w.t('replay.next')} ▶</button>
      <button type="button" class="primary" id=${m.id('replay-branch')} aria-describedby=${m.id('replay-branch-hint')} ?disabled=${!r.branchable}
        @click=${() => void branch()}>${w.t('replay.branch')}</button>
      <button type="button" id=${m.id('replay-exit')} @click=${exit}>${w.t(`replay.exitTo.${exitTo}`)}</button>
    </div>
    <p class="help" id=${m.id('replay-branch-hint')}>
      ${branchHint(w, r)} ${r.branchable && exitTo === 'game' ? w.t('replay.branchReplaces') : ''}
    </p>
    <p class="help">${w.t('replay.help')} ${branchedFromLine(w, r.branchedFrom)}</p>
  </section>`;
}

/**
 * The replay's banner and scrubber, above the game screen while a replay is shown: which record and
 * turn ("Replay — turn 3 of 6"), a slider with previous and next, "Play from here" and Exit. The map
 * and every panel show the turn through the store, as they show a game; the moves are hidden
 * (replay.css) and refused by the replay session.
 */
export function mountReplayBar(root: HTMLElement, store: StoreApi<GameStore>, options: MountOptions = {}): () => void {
  return mountView(root, store, (s) => [s.replay, s.game, s.entry, s.replayReturn], barView, options);
}
