import { html } from 'lit-html';
import type { StoreApi } from 'zustand/vanilla';
import type { MessageKey } from '../i18n/catalogue';
import type { Words } from '../present/words';
import { currentActor } from '../sim';
import type { GameStore, WatchSpeed, WatchUi } from '../state/createGameStore';
import { type Mount, type MountOptions, mountView } from './view';
import { modeOf } from './viewer';

/** Moves per tick and milliseconds between ticks for each speed. */
const SPEEDS: Record<WatchSpeed, { moves: number; every: number }> = {
  slow: { moves: 1, every: 700 },
  normal: { moves: 3, every: 350 },
  fast: { moves: 25, every: 60 },
};

/** True while a watched game is on screen (the controls show, and may run). */
export function isWatching(s: GameStore): boolean {
  return modeOf(s) === 'watch' && !!s.game && s.ui.screen === 'game';
}

const setWatch = (store: StoreApi<GameStore>, patch: Partial<WatchUi>): void => {
  const ui = store.getState().ui;
  store.getState().setUi({ watch: { ...ui.watch, ...patch } });
};

/** Lets the computer make `moves` moves; when it has nothing left to do, play stops. */
function tick(store: StoreApi<GameStore>, moves: number): void {
  const s = store.getState();
  if (!isWatching(s) || s.game?.over) return;
  void s.advance(moves).then((o) => {
    if ((!o.ok || o.actions.length === 0) && store.getState().ui.watch.playing) setWatch(store, { playing: false });
  });
}

function watchView(s: GameStore, w: Words, m: Mount) {
  const { playing, speed } = s.ui.watch;
  const over = !!s.game?.over;
  const sc = s.entry?.scenario;
  const status = over || !s.game || !sc ? w.t('watch.over') : w.t('watch.status', { actor: w.actor(currentActor(s.game, sc)) });
  return html`<span class="watch-label">${w.t('watch.label')}</span>
    <button type="button" class="primary" id=${m.id('watch-play')} ?disabled=${over} @click=${() => setWatch(m.store, { playing: !playing })}>
      ${w.t(playing ? 'watch.pause' : 'watch.play')}
    </button>
    <button type="button" id=${m.id('watch-step')} ?disabled=${over} @click=${() => tick(m.store, 1)}>${w.t('watch.step')}</button>
    <fieldset class="watch-speeds">
      <legend>${w.t('watch.speed')}</legend>
      ${(['slow', 'normal', 'fast'] as const).map(
        (sp) => html`<label class="speed">
          <input type="radio" name=${m.id('watch-speed')} id=${m.id(`watch-speed-${sp}`)} value=${sp} .checked=${sp === speed}
            @change=${() => setWatch(m.store, { speed: sp })} />${w.t(`watch.${sp}` as MessageKey)}
        </label>`,
      )}
    </fieldset>
    <span class="watch-status" id=${m.id('watch-status')} aria-live="off">${status}</span>`;
}

/**
 * Runs the watched game while the controls say play: one tick, then the next after a pause, so
 * a slow tick (a hard AI thinking) never piles up behind itself, and the page paints and
 * answers the keyboard between ticks. A new watched game starts playing at once.
 */
function drive(store: StoreApi<GameStore>): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let runningAt: WatchSpeed | null = null;
  const stop = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    runningAt = null;
  };
  const start = (speed: WatchSpeed): void => {
    stop();
    runningAt = speed;
    const run = (): void => {
      tick(store, SPEEDS[speed].moves);
      if (timer !== null) timer = setTimeout(run, SPEEDS[speed].every);
    };
    timer = setTimeout(run, SPEEDS[speed].every);
  };
  const off = store.subscribe((s, p) => {
    if (s.game && s.game.setup !== p.game?.setup && isWatching(s) && !s.game.over && !s.ui.watch.playing)
      return setWatch(store, { playing: true });
    const run = isWatching(s) && !s.game?.over && s.ui.watch.playing;
    if (!run) {
      stop();
      // Leaving the game or reaching its end pauses it (the button offers Play again).
      if (s.ui.watch.playing && (!isWatching(s) || s.game?.over)) setWatch(store, { playing: false });
    } else if (runningAt !== s.ui.watch.speed) start(s.ui.watch.speed);
  });
  return () => {
    off();
    stop();
  };
}

/**
 * Watch mode (the computer against itself): Play / Pause, Step (one move) and the speed,
 * rendered into the top bar's watch box. The store's `advance` moves the game, so the map and
 * panels update as it runs, and the end screen appears when it ends.
 */
export function mountWatchControls(root: HTMLElement, store: StoreApi<GameStore>, options: MountOptions = {}): () => void {
  const unmount = mountView(root, store, (s) => [s.game, s.choice, s.ui.screen, s.ui.watch], watchView, options);
  const stopDriving = drive(store);
  return () => {
    stopDriving();
    unmount();
  };
}
