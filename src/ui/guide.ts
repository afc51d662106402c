import { html, nothing } from 'lit-html';
import type { StoreApi } from 'zustand/vanilla';
import type { MessageKey } from '../i18n/catalogue';
import { firstTurn } from '../sim';
import type { GameStore } from '../state/createGameStore';
import { loadSettings, onSettingsChange, updateSettings } from '../state/persistSettings';
import { handoverTo } from './handover';
import { type Mount, type MountOptions, mountView } from './view';
import { modeOf, viewerOf } from './viewer';
import './guide.css';

/**
 * The guide's steps, each with the elements it points at, best first (the first one on the page
 * and visible is outlined). The goals: the objectives button in the top bar (small, always there:
 * outlining the whole open panel hid the outline and left the card nowhere to go), else the panel.
 */
const STEPS: readonly { id: string; targets: readonly string[] }[] = [
  { id: 'goals', targets: ['#objectives-toggle', '.objectives-panel:not([hidden])', '.brand .who'] },
  { id: 'budget', targets: ['.top .budgets'] },
  { id: 'action', targets: ['.actions-panel details.action:not(.unavailable)', '.actions-panel details.action', '.actions-panel'] },
  { id: 'why', targets: ['.meters-col button.why', '.meters-col'] },
  { id: 'end', targets: ['#end-turn'] },
];

const stepKey = (id: string, part: 'title' | 'body'): MessageKey => `guide.${id}.${part}` as MessageKey;

const again = new Set<() => void>();

/** Starts the guide again from its first step over the game being played (How to play offers it). */
export function showGuideAgain(): void {
  updateSettings({ guideDone: false });
  for (const l of again) l();
}

/** Whether the game on screen is one the guide may run over: a person playing, nothing modal in front. */
function playable(s: GameStore): boolean {
  if (s.ui.screen !== 'game' || !s.game || s.game.over || !s.entry) return false;
  if (modeOf(s) === 'watch' || viewerOf(s) === null) return false;
  if (s.ui.dialog || s.ui.report || handoverTo(s) !== null) return false;
  // The briefing with the objectives, shown before the first move, is read first.
  return !document.querySelector('dialog[open], .objectives-panel.start:not([hidden])');
}

function visibleTarget(selectors: readonly string[]): HTMLElement | null {
  for (const sel of selectors) {
    for (const el of document.querySelectorAll<HTMLElement>(sel)) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height > 0 && !el.closest('[inert],[hidden]')) return el;
    }
  }
  return null;
}

/** Puts the card beside the target: below it, else above, else to its side; always inside the window. */
function place(card: HTMLElement, target: HTMLElement | null): void {
  const vw = document.documentElement.clientWidth;
  const vh = document.documentElement.clientHeight;
  const c = card.getBoundingClientRect();
  let left = (vw - c.width) / 2;
  let top = (vh - c.height) / 2;
  if (target) {
    const r = target.getBoundingClientRect();
    const gap = 12;
    if (r.bottom + gap + c.height <= vh - 8) {
      top = r.bottom + gap;
      left = r.left + r.width / 2 - c.width / 2;
    } else if (r.top - gap - c.height >= 8) {
      top = r.top - gap - c.height;
      left = r.left + r.width / 2 - c.width / 2;
    } else {
      top = Math.min(Math.max(8, r.top), vh - c.height - 8);
      left = r.right + gap + c.width <= vw - 8 ? r.right + gap : r.left - gap - c.width;
    }
  }
  card.style.setProperty('left', `${Math.round(Math.max(8, Math.min(left, vw - c.width - 8)))}px`);
  card.style.setProperty('top', `${Math.round(Math.max(8, Math.min(top, vh - c.height - 8)))}px`);
}

/**
 * The first-game guide: five short steps over the first turn of a person's first game (your
 * goals, your budget, pick an action and see its effect, see why a number moved, end the
 * turn), each outlining the real element it talks about. Back, Next and Skip; Esc skips; the
 * card is a labelled, non-modal dialog whose step is announced as it changes, so the game stays
 * usable beside it. Finished or skipped, it is remembered in the settings and does not come
 * back by itself (How to play can start it again). Never in watch mode; in hot-seat, once: it
 * is over when the turn or the side at the device changes.
 */
export function mountGuide(root: HTMLElement, store: StoreApi<GameStore>, options: MountOptions = {}): () => void {
  const host = root.ownerDocument.createElement('div');
  root.append(host);
  let step = 0;
  let forced = false;
  // The game (its setup) and the side the guide was shown over: a new turn or another side ends it.
  let shownOver: { setup: unknown; side: string | undefined; turn: number } | null = null;
  let focusNext = false;
  let outlined: HTMLElement | null = null;
  let mount: Mount | null = null;

  const active = (s: GameStore): boolean => {
    if (!playable(s)) return false;
    if (forced) return true;
    return !loadSettings().guideDone && !!s.game && s.game.turn === firstTurn(s.game.setup);
  };
  const finish = (): void => {
    forced = false;
    shownOver = null;
    step = 0;
    updateSettings({ guideDone: true });
  };

  const off = mountView(
    host,
    store,
    (s) => [s.ui.screen, s.game, s.choice, s.ui.dialog, s.ui.report],
    (s, w, m) => {
      mount = m;
      if (!active(s)) return nothing;
      const last = step === STEPS.length - 1;
      const id = STEPS[step]?.id ?? 'goals';
      const go = (to: number): void => {
        step = Math.max(0, Math.min(STEPS.length - 1, to));
        focusNext = true;
        redraw();
      };
      const skip = (): void => {
        finish();
        redraw();
      };
      const keys = (e: KeyboardEvent): void => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopPropagation();
        skip();
      };
      return html`<section class="guide" id=${m.id('guide')} role="dialog" aria-modal="false" aria-labelledby=${m.id('guide-title')}
        aria-describedby=${m.id('guide-body')} @keydown=${keys}>
        <div aria-live="polite" aria-atomic="true">
          <p class="guide-count">${w.t('guide.label')} · ${w.t('guide.step', { n: step + 1, total: STEPS.length })}</p>
          <h2 class="guide-title" id=${m.id('guide-title')} tabindex="-1">${w.t(stepKey(id, 'title'))}</h2>
          <p class="guide-body" id=${m.id('guide-body')}>${w.t(stepKey(id, 'body'))}</p>
        </div>
        <p class="guide-keys">${w.t('guide.keys')}</p>
        <div class="guide-buttons">
          <button type="button" id=${m.id('guide-back')} ?disabled=${step === 0} @click=${() => go(step - 1)}>${w.t('guide.back')}</button>
          <button type="button" class="primary" id=${m.id('guide-next')} @click=${() => (last ? skip() : go(step + 1))}>
            ${last ? w.t('guide.done') : w.t('guide.next')}
          </button>
          <button type="button" class="guide-skip" id=${m.id('guide-skip')} @click=${skip}>${w.t('guide.skip')}</button>
        </div>
      </section>`;
    },
    options,
  );

  const card = (): HTMLElement | null => host.querySelector<HTMLElement>('section.guide');
  const unoutline = (): void => {
    outlined?.classList.remove('guide-target');
    outlined = null;
  };
  /** After each render: end the guide when its turn or side is over, outline the step's element, place the card, move focus. */
  const sync = (): void => {
    const s = store.getState();
    if (shownOver && (s.game?.setup !== shownOver.setup || s.game?.turn !== shownOver.turn || s.choice?.side !== shownOver.side)) {
      finish();
      redraw();
      return;
    }
    const el = card();
    if (!el) {
      unoutline();
      return;
    }
    // Something modal came up in the same change (rendered after the guide): step aside.
    if (!playable(s)) {
      redraw();
      return;
    }
    const first = shownOver === null;
    shownOver ??= { setup: s.game?.setup, side: s.choice?.side, turn: s.game?.turn ?? 0 };
    const target = visibleTarget(STEPS[step]?.targets ?? []);
    if (target !== outlined) {
      unoutline();
      if (target) {
        target.classList.add('guide-target');
        target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      }
      outlined = target;
    }
    place(el, target);
    if (first || focusNext) {
      focusNext = false;
      el.querySelector<HTMLElement>('.guide-buttons .primary')?.focus();
    }
  };
  /** Renders the guide's own state (its step) now, then outlines and places. */
  function redraw(): void {
    mount?.refresh();
    sync();
  }
  const offStore = store.subscribe(() => queueMicrotask(sync));
  const reopen = (): void => {
    forced = true;
    step = 0;
    shownOver = null;
    focusNext = true;
    redraw();
  };
  again.add(reopen);
  // A dialog closing (the briefing's objectives, a hand-over) may let the guide start.
  const onClose = (): void => {
    queueMicrotask(redraw);
  };
  const offSettings = onSettingsChange(() => queueMicrotask(sync));
  document.addEventListener('close', onClose, true);
  const onResize = (): void => {
    const el = card();
    if (el) place(el, outlined);
  };
  window.addEventListener('resize', onResize);
  queueMicrotask(sync);
  return () => {
    again.delete(reopen);
    offStore();
    offSettings();
    document.removeEventListener('close', onClose, true);
    window.removeEventListener('resize', onResize);
    unoutline();
    off();
    host.remove();
  };
}
