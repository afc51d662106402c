import { html, nothing } from 'lit-html';
import type { StoreApi } from 'zustand/vanilla';
import { formatValue, type MeterInfo, meterList, meterSpan, shownChange } from '../present/meterInfo';
import type { Words } from '../present/words';
import { type GameEvent, type GameState, readMeter, type Scenario } from '../sim';
import type { GameStore, TurnReport } from '../state/createGameStore';
import { scoreChangeSection } from './scoreChange';
import { deltaSignal, type Looking, looking } from './signals';
import { turnLabel } from './turnLabel';
import { storyView, turnStory } from './turnStory';
import { type Mount, type MountOptions, mountView } from './view';

type Moved = { meter: MeterInfo; from: number; to: number };

/** The meters that moved most between two states, each against its range. */
export function biggestChanges(w: Words, sc: Scenario, before: GameState, after: GameState, top = 5): Moved[] {
  const moved: (Moved & { weight: number })[] = [];
  for (const m of meterList(w, sc)) {
    const from = readMeter(before, m.id);
    const to = readMeter(after, m.id);
    if (Math.abs(to - from) < 1e-6) continue;
    moved.push({ meter: m, from, to, weight: Math.abs(to - from) / meterSpan(m, from) });
  }
  return moved.sort((a, b) => b.weight - a.weight).slice(0, top);
}

// The causes of each change are told once, in the story above (what moved it, with its effects).
function change(w: Words, at: Looking, mv: Moved) {
  const m = mv.meter;
  const { digits, delta } = shownChange(m, mv.from, mv.to);
  return html`<li data-meter=${m.id}>
    <div class="report-head">
      <strong>${m.name}</strong>
      ${deltaSignal(w, at, m, delta, digits)}
      <span class="meta">${w.t('report.from', { from: formatValue(w, m, mv.from, digits), to: formatValue(w, m, mv.to, digits) })}</span>
    </div>
  </li>`;
}

function body(s: GameStore, w: Words, m: Mount, sc: Scenario, r: TurnReport, close: () => void) {
  const ended = r.events.find((e) => e.type === 'TurnEnded');
  const turn = ended?.type === 'TurnEnded' ? ended.turn : r.before.turn;
  const moved = biggestChanges(w, sc, r.before, r.after);
  // Hot-seat: the report is read by the next player too, so a side's bargaining with the
  // computer's actors stays out of it (offers between the two players are no secret).
  const hotseat = s.choice?.mode === 'hotseat';
  const open = (id: number | undefined): boolean => {
    const d = id === undefined ? undefined : r.after.deals.find((x) => x.id === id);
    return !d || (r.after.actors[d.from]?.controller === 'human' && r.after.actors[d.to]?.controller === 'human');
  };
  const at = looking(s, sc);
  const story = turnStory(w, at, r, turn, (n) => !hotseat || open(n.deal));
  const waiting = !hotseat && r.after.pending.some((p) => p.actor === s.choice?.side);
  return html`<h2 id=${m.id('report-title')}>${w.t('report.title', { date: turnLabel(w, sc, turn) })}</h2>
    <p class="lead">${w.t('signals.report.lead')}</p>
    ${scoreChangeSection(w, m, sc, r.before, r.after, s.choice?.mode === 'watch' ? sc.actors.filter((a) => a.playable).map((a) => a.id) : s.choice ? [s.choice.side] : [])}
    <h3>${w.t('report.happened')}</h3>
    ${storyView(w, at, story)}
    <h3>${w.t('report.changes')}</h3>
    ${moved.length === 0 ? html`<p>${w.t('report.noChange')}</p>` : html`<ol class="report-changes">${moved.map((mv) => change(w, at, mv))}</ol>`}
    <p class="hint">${w.t('report.more')}</p>
    ${waiting ? html`<p class="warn">${w.t('report.waiting')}</p>` : nothing}
    <div class="buttons">
      <button type="button" class="primary" id=${m.id('report-close')} @click=${close}>${w.t('report.close')}</button>
    </div>`;
}

/**
 * After the turn ends: a dialog with what changed most and why, and what happened (the report
 * lives in `ui.report`). Closed with its button or Escape; focus goes back to where play continues.
 */
export function mountTurnReport(root: HTMLElement, store: StoreApi<GameStore>, options: MountOptions = {}): () => void {
  const host = document.createElement('div');
  root.append(host);
  const dialog = (): HTMLDialogElement | null => host.querySelector('dialog');
  const close = (): void => dialog()?.close();
  const scoped = (part: string): string => (options.scope ? `${options.scope}-${part}` : part);
  const closed = (): void => {
    const { game, choice } = store.getState();
    if (store.getState().ui.report) store.getState().setUi({ report: null });
    const pending = game?.pending.some((p) => p.actor === choice?.side);
    document.getElementById(scoped(pending ? 'events-title' : 'end-turn'))?.focus();
  };
  const unmount = mountView(
    host,
    store,
    (s) => [s.ui.report, s.choice, s.entry],
    (s, w, m) => {
      const r = s.ui.report;
      return html`<dialog class="turn-report" id=${m.id('turn-report')} aria-labelledby=${m.id('report-title')} @close=${closed}>
        ${r && s.entry ? body(s, w, m, s.entry.scenario, r, close) : nothing}
      </dialog>`;
    },
    options,
  );
  // The turn so far: the state it began in and every event since, so the report tells the whole
  // turn (the player's own moves too), not only what followed the click on End turn.
  let turnStart: GameState | null = null;
  let turnEvents: GameEvent[] = [];
  const off = store.subscribe((s, p) => {
    // The report belongs to the game screen and its game: leaving it (the end, a new game) closes it.
    if ((s.ui.screen !== 'game' || !s.ui.report) && dialog()?.open) close();
    if (s.revision === p.revision || !s.game) return;
    if (!p.game || s.game.setup !== p.game.setup) {
      // A new game (or a loaded one): its turn starts here, with what the computer already did in it.
      turnStart = s.game;
      turnEvents = [...s.lastEvents];
      return;
    }
    if (!turnStart || turnStart.setup !== s.game.setup) turnStart = p.game;
    turnEvents = [...turnEvents, ...s.lastEvents];
    if (s.game.over || s.ui.screen !== 'game') return;
    if (!s.lastEvents.some((e) => e.type === 'TurnEnded')) return;
    const before = turnStart;
    const events = turnEvents;
    turnStart = s.game;
    turnEvents = [];
    // Watching the computer play: the game runs on; the news and meters tell the story.
    if (s.choice?.mode === 'watch') return;
    // Opened in this same change and before its content goes in (which re-renders every view),
    // so a hand-over screen that this change also opens stacks above it and keeps the focus.
    const d = dialog();
    if (d && !d.open) d.showModal();
    s.setUi({ report: { before, after: s.game, events } });
    if (!d) return;
    const holder = document.activeElement?.closest('dialog');
    if (!holder || holder === d) d.querySelector<HTMLElement>(`#${scoped('report-close')}`)?.focus({ preventScroll: true });
    d.scrollTop = 0;
  });
  return () => {
    off();
    unmount();
    host.remove();
  };
}
