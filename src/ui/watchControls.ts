import type { StoreApi } from 'zustand/vanilla';
import { type MessageKey, t } from '../i18n/messages';
import { actorName } from '../present/names';
import { currentActor } from '../sim';
import type { GameStore } from '../state/createGameStore';
import { h } from './dom';
import { modeOf } from './viewer';

export type WatchSpeed = 'slow' | 'normal' | 'fast';

/** Moves per tick and milliseconds between ticks for each speed. */
const SPEEDS: Record<WatchSpeed, { moves: number; every: number }> = {
  slow: { moves: 1, every: 700 },
  normal: { moves: 3, every: 350 },
  fast: { moves: 25, every: 60 },
};

/**
 * Watch mode (the computer against itself): Play / Pause, Step (one move) and the speed.
 * A timer calls the store's `advance`, so the map and panels update as the game runs,
 * and the end screen appears when it ends. Shown only while watching.
 */
export function mountWatchControls(root: HTMLElement, store: StoreApi<GameStore>): () => void {
  let speed: WatchSpeed = 'normal';
  let timer: ReturnType<typeof setTimeout> | null = null;
  root.classList.add('watch-bar');
  root.setAttribute('role', 'group');
  root.setAttribute('aria-label', t('watch.label'));

  const play = h('button', { type: 'button', class: 'primary', id: 'watch-play' }, [t('watch.play')]);
  const stepBtn = h('button', { type: 'button', id: 'watch-step' }, [t('watch.step')]);
  const status = h('span', { class: 'watch-status', id: 'watch-status', 'aria-live': 'off' });
  const speeds = (['slow', 'normal', 'fast'] as const).map((sp) =>
    h('label', { class: 'speed' }, [
      h('input', {
        type: 'radio',
        name: 'watch-speed',
        id: `watch-speed-${sp}`,
        value: sp,
        checked: sp === speed,
        onchange: () => setSpeed(sp),
      }),
      t(`watch.${sp}` as MessageKey),
    ]),
  );
  root.append(
    h('span', { class: 'watch-label' }, [t('watch.label')]),
    play,
    stepBtn,
    h('fieldset', { class: 'watch-speeds' }, [h('legend', {}, [t('watch.speed')]), ...speeds]),
    status,
  );

  const stop = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    play.textContent = t('watch.play');
  };
  const tick = (moves: number): void => {
    const s = store.getState();
    if (modeOf(s) !== 'watch' || !s.game || s.game.over) {
      stop();
      return;
    }
    void s.advance(moves).then((o) => {
      if (!o.ok || o.actions.length === 0) stop();
    });
  };
  const start = (): void => {
    stop();
    // One tick, then the next after a pause: a slow tick (a hard AI thinking) never piles
    // up behind itself, and the page paints and answers the keyboard between ticks.
    const run = (): void => {
      tick(SPEEDS[speed].moves);
      if (timer !== null) timer = setTimeout(run, SPEEDS[speed].every);
    };
    timer = setTimeout(run, SPEEDS[speed].every);
    play.textContent = t('watch.pause');
  };
  const setSpeed = (sp: WatchSpeed): void => {
    speed = sp;
    if (timer !== null) start();
  };
  play.addEventListener('click', () => (timer === null ? start() : stop()));
  stepBtn.addEventListener('click', () => tick(1));

  const render = (): void => {
    const s = store.getState();
    const watching = modeOf(s) === 'watch' && !!s.game && s.ui.screen === 'game';
    root.hidden = !watching;
    if (!watching) {
      stop();
      return;
    }
    const sc = s.entry?.scenario;
    const over = !!s.game?.over;
    play.disabled = over;
    stepBtn.disabled = over;
    status.textContent = over || !s.game || !sc ? t('watch.over') : t('watch.status', { actor: actorName(sc, currentActor(s.game, sc)) });
  };
  render();
  return store.subscribe((s, p) => {
    if (s.game !== p.game || s.choice !== p.choice || s.ui.screen !== p.ui.screen) render();
    // A new watched game starts playing at once, at the chosen speed.
    if (s.game && s.game.setup !== p.game?.setup && modeOf(s) === 'watch' && !s.game.over && s.ui.screen === 'game') start();
  });
}
