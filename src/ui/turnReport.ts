import { html, nothing } from 'lit-html';
import type { StoreApi } from 'zustand/vanilla';
import { arrow, formatDelta, formatValue, type MeterInfo, meterList, meterSpan } from '../present/meterInfo';
import type { Words } from '../present/words';
import { type GameEvent, type GameState, isDepartmentMeter, readMeter, type Scenario } from '../sim';
import type { GameStore, TurnReport } from '../state/createGameStore';
import { causeLabel, populationShares } from './causes';
import { newsLine, newsOf } from './news';
import { turnLabel } from './turnLabel';
import { type Mount, type MountOptions, mountView } from './view';

type Moved = { meter: MeterInfo; from: number; to: number; causes: { label: string; delta: number }[] };

/** The main causes of one meter's change, from a batch of events: the three largest, by label. */
function mainCauses(w: Words, sc: Scenario, id: string, events: readonly GameEvent[]): Moved['causes'] {
  const shares = populationShares(sc);
  const byCause = new Map<string, { label: string; delta: number }>();
  for (const e of events) {
    if (e.type !== 'MeterChanged' || e.meter !== id) continue;
    const weight = isDepartmentMeter(id) && e.department !== undefined ? (shares[e.department] ?? 0) : 1;
    const label = causeLabel(w, sc, e.cause);
    const key = e.cause.kind === 'rule' ? e.cause.id : label;
    const row = byCause.get(key) ?? { label, delta: 0 };
    row.delta += (e.to - e.from) * weight;
    byCause.set(key, row);
  }
  return [...byCause.values()]
    .filter((c) => Math.abs(c.delta) > 1e-6)
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta))
    .slice(0, 3);
}

/** The meters that moved most between two states (against each meter's range), each with its main causes from the events. */
export function biggestChanges(
  w: Words,
  sc: Scenario,
  before: GameState,
  after: GameState,
  events: readonly GameEvent[],
  top = 5,
): Moved[] {
  const moved: (Moved & { weight: number })[] = [];
  for (const m of meterList(w, sc)) {
    const from = readMeter(before, m.id);
    const to = readMeter(after, m.id);
    if (Math.abs(to - from) < 1e-6) continue;
    moved.push({ meter: m, from, to, causes: mainCauses(w, sc, m.id, events), weight: Math.abs(to - from) / meterSpan(m, from) });
  }
  return moved.sort((a, b) => b.weight - a.weight).slice(0, top);
}

function change(w: Words, mv: Moved) {
  const m = mv.meter;
  const d = mv.to - mv.from;
  const dir = arrow(m, d);
  return html`<li data-meter=${m.id}>
    <div class="report-head">
      <strong>${m.name}</strong>
      <span class="delta ${dir === '▲' ? 'up' : dir === '▼' ? 'down' : 'flat'}">${dir} ${formatDelta(w, m, d)}</span>
      <span class="meta">${w.t('report.from', { from: formatValue(w, m, mv.from), to: formatValue(w, m, mv.to) })}</span>
    </div>
    ${
      mv.causes.length > 0
        ? html`<p class="report-causes">
            ${w.t('report.mainCauses')}
            ${mv.causes.map((c) => w.t('report.cause', { label: c.label, delta: formatDelta(w, m, c.delta) })).join(w.t('report.causeSeparator'))}
          </p>`
        : nothing
    }
  </li>`;
}

function body(s: GameStore, w: Words, m: Mount, sc: Scenario, r: TurnReport, close: () => void) {
  const ended = r.events.find((e) => e.type === 'TurnEnded');
  const turn = ended?.type === 'TurnEnded' ? ended.turn : r.before.turn;
  const moved = biggestChanges(w, sc, r.before, r.after, r.events);
  // Hot-seat: the report is read by the next player too, so a side's bargaining with the
  // computer's actors stays out of it (offers between the two players are no secret).
  const hotseat = s.choice?.mode === 'hotseat';
  const open = (id: number | undefined): boolean => {
    const d = id === undefined ? undefined : r.after.deals.find((x) => x.id === id);
    return !d || (r.after.actors[d.from]?.controller === 'human' && r.after.actors[d.to]?.controller === 'human');
  };
  const news = newsOf(r.events, turn).filter((n) => !hotseat || open(n.deal));
  const waiting = !hotseat && r.after.pending.some((p) => p.actor === s.choice?.side);
  return html`<h2 id=${m.id('report-title')}>${w.t('report.title', { date: turnLabel(w, sc, turn) })}</h2>
    <p class="lead">${w.t('report.lead')}</p>
    <h3>${w.t('report.changes')}</h3>
    ${moved.length === 0 ? html`<p>${w.t('report.noChange')}</p>` : html`<ol class="report-changes">${moved.map((mv) => change(w, mv))}</ol>`}
    <p class="hint">${w.t('report.more')}</p>
    <h3>${w.t('report.happened')}</h3>
    ${
      news.length === 0
        ? html`<p>${w.t('report.nothing')}</p>`
        : html`<ul class="news">
            ${news.map((n) => html`<li class="news-item news-${n.kind}">${newsLine(w, sc, n).text}</li>`)}
          </ul>`
    }
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
  const off = store.subscribe((s, p) => {
    // The report belongs to the game screen and its game: leaving it (the end, a new game) closes it.
    if ((s.ui.screen !== 'game' || !s.ui.report) && dialog()?.open) close();
    if (s.revision === p.revision || !s.game || !p.game || s.game.over || s.ui.screen !== 'game') return;
    if (s.game.setup !== p.game.setup) return;
    // Watching the computer play: the game runs on; the news and meters tell the story.
    if (s.choice?.mode === 'watch') return;
    if (!s.lastEvents.some((e) => e.type === 'TurnEnded')) return;
    // Opened in this same change and before its content goes in (which re-renders every view),
    // so a hand-over screen that this change also opens stacks above it and keeps the focus.
    const d = dialog();
    if (d && !d.open) d.showModal();
    s.setUi({ report: { before: p.game, after: s.game, events: s.lastEvents } });
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
