import { html, nothing } from 'lit-html';
import type { StoreApi } from 'zustand/vanilla';
import { formatValue, meterInfo } from '../present/meterInfo';
import type { SourcePlace } from '../present/sourcedEntries';
import type { Words } from '../present/words';
import {
  firstTurn,
  type GameState,
  gameLengthOf,
  type ObjectiveProgress,
  objectiveProgress,
  type Scenario,
  type SideProgress,
} from '../sim';
import type { GameStore } from '../state/createGameStore';
import './objectivesPanel.css';
import { glossed, glossing } from './glossary';
import { handoverTo } from './handover';
import { questionsBlock } from './questions';
import { foldedSources } from './sources';
import { type Mount, type MountOptions, mountView } from './view';
import { modeOf, viewerOf } from './viewer';

/** The source places this panel shows: each objective's sources, and at the start the side's briefing's. */
export const OBJECTIVES_PANEL_PLACES: readonly SourcePlace[] = ['objective', 'actor'];

/** Scores are read to a tenth of a point, as the objectives' points are set. */
const round1 = (x: number): number => Math.round(x * 10) / 10;

/** A list of names, the first `most` in full and then "and N more". */
export function listOf(w: Words, names: readonly string[], most = 4): string {
  const sep = w.t('objectives.listSeparator');
  if (names.length <= most) return names.join(sep);
  return w.t('objectives.more', { list: names.slice(0, most).join(sep), count: names.length - most });
}

/** A range objective's measure in words: the meter's value, or a lead (signed) where the objective subtracts another meter. */
function measureText(w: Words, sc: Scenario, line: ObjectiveProgress, v: number, whole = false): string {
  const r = line.range;
  if (!r) return '';
  const m = meterInfo(w, sc, r.meter);
  // A round target reads without decimals ("from 25 to 85", not "25.0").
  const digits = whole && Number.isInteger(v) ? 0 : m.digits;
  return r.minus !== undefined ? w.signed(v, digits) : formatValue(w, m, v, digits);
}

/** What moves an objective, for the side reading: its own actions that help, the deal terms that do, else a word that nothing does directly. */
function movers(w: Words, line: ObjectiveProgress, side: string, watching: boolean) {
  const unique = (xs: string[]): string[] => [...new Set(xs)];
  const mine = unique(line.movers.filter((x) => x.kind === 'action' && x.actor === side && x.helps !== false).map((x) => w.action(x.id)));
  const terms = unique(line.movers.filter((x) => x.kind === 'term' && x.helps !== false).map((x) => w.term(x.id)));
  if (mine.length === 0 && terms.length === 0) return html`<p class="objective-moves">${w.t('objectives.nothingMoves')}</p>`;
  return html`<p class="objective-moves">
    ${
      mine.length > 0
        ? html`<span>${watching ? w.t('objectives.movedByActor', { actor: w.actor(side), list: listOf(w, mine, 2) }) : w.t('objectives.movedBy', { list: listOf(w, mine, 2) })}</span>`
        : nothing
    }
    ${terms.length > 0 ? html`<span>${w.t('objectives.inDeal', { list: listOf(w, terms, 2) })}</span>` : nothing}
  </p>`;
}

/** Where an objective comes from, folded away. */
function objectiveSources(w: Words, sc: Scenario, side: string, id: string) {
  const def = sc.objectives.find((g) => g.actor === side)?.items.find((o) => o.id === id);
  return foldedSources(w, sc, def?.sources, def?.assumption, 'objective-sources');
}

function objectiveLine(w: Words, m: Mount, sc: Scenario, side: string, line: ObjectiveProgress, watching: boolean) {
  const status = line.met ? 'met' : line.points > 0 ? 'partial' : 'unmet';
  const id = m.id(`objective-${side}-${line.id}`);
  const r = line.range;
  const points = round1(line.points);
  const bar = r
    ? w.t('objectives.lineBarRange', {
        points,
        max: line.max,
        measure: measureText(w, sc, line, r.now),
        from: measureText(w, sc, line, r.from, true),
        to: measureText(w, sc, line, r.to, true),
      })
    : w.t('objectives.lineBar', { points, max: line.max });
  return html`<li class="objective ${status}" data-objective=${line.id}>
    <div class="objective-head">
      <span class="objective-text" id=${id}>${w.text(line.text)}</span>
      <span class="objective-points">${w.t('objectives.points', { points, max: line.max })}</span>
      <span class="objective-status ${status}">${w.t(line.met ? 'objectives.met' : line.points > 0 ? 'objectives.partial' : 'objectives.unmet')}</span>
    </div>
    <progress class="objective-bar" max=${line.max} .value=${line.points} aria-labelledby=${id} aria-valuetext=${bar}></progress>
    ${
      r
        ? html`<p class="objective-where">
            ${w.t('objectives.range', {
              start: measureText(w, sc, line, r.start),
              now: measureText(w, sc, line, r.now),
              from: measureText(w, sc, line, r.from, true),
              to: measureText(w, sc, line, r.to, true),
              points: line.max,
            })}
            ${r.minus !== undefined ? html`<span class="hint">${w.t('objectives.rangeLead', { meter: w.meter(r.meter), minus: w.meter(r.minus) })}</span>` : nothing}
          </p>`
        : html`<p class="objective-where">${w.t(line.met ? 'objectives.metNow' : 'objectives.notMetNow')}</p>`
    }
    ${movers(w, line, side, watching)}
    ${objectiveSources(w, sc, side, line.id)}
  </li>`;
}

/** The running score: "if the game ended now", against the bar, with a bar a screen reader can read. */
export function runningScore(w: Words, m: Mount, p: SideProgress) {
  const score = round1(p.score);
  const winAt = round1(p.winAt);
  const allMet = p.lines.every((l) => l.met);
  const id = m.id(`objectives-total-${p.actor}`);
  const text = w.t(p.won ? 'objectives.ifEndedWon' : 'objectives.ifEnded', { score, max: p.max, winAt });
  return html`<div class="objectives-total ${p.won ? 'won' : 'short'}">
    <p id=${id}>
      <strong>${text}</strong>
      ${allMet ? w.t('objectives.ifEndedAll') : p.won ? nothing : w.t('objectives.toGo', { gap: round1(p.winAt - p.score) })}
    </p>
    <progress class="objectives-total-bar" max=${p.max} .value=${p.score} aria-labelledby=${id}
      aria-valuetext=${w.t('objectives.scoreBar', { score, max: p.max, winAt })}></progress>
  </div>`;
}

function sideBlock(w: Words, m: Mount, sc: Scenario, game: GameState, side: string, heading: boolean) {
  const p = objectiveProgress(game, sc, side);
  if (!p) return nothing;
  return html`<section class="objectives-side" data-side=${side} aria-label=${w.actor(side)}>
    ${heading ? html`<h3>${w.actor(side)}</h3>` : nothing}
    ${runningScore(w, m, p)}
    <ol class="objectives-list">${p.lines.map((l) => objectiveLine(w, m, sc, side, l, heading))}</ol>
  </section>`;
}

function briefingOf(w: Words, m: Mount, sc: Scenario, side: string) {
  const me = sc.actors.find((a) => a.id === side);
  const b = me?.briefing;
  if (!me || !b) return nothing;
  // Terms of art in the briefing open their meaning where the player first meets them.
  const g = glossing(w, sc, m, 'obj-brief');
  return html`<div class="objectives-briefing">
    <p><strong>${w.t('start.situation')}:</strong> ${glossed(g, w.text(b.situation))}</p>
    <p><strong>${w.t('start.wants')}:</strong> ${glossed(g, w.text(b.wants))}</p>
    <p><strong>${w.t('start.fears')}:</strong> ${glossed(g, w.text(b.fears))}</p>
    ${foldedSources(w, sc, me.sources, me.assumption, 'briefing-sources')}
  </div>`;
}

/** Which length of game this is, in words. */
function lengthLine(w: Words, sc: Scenario, game: GameState): string {
  const id = gameLengthOf(sc, game.setup);
  const preset = sc.presets?.find((p) => p.id === id);
  return preset ? w.t('objectives.lengthPreset', { name: w.text(preset.name) }) : w.t('objectives.lengthFull', { turns: sc.turns });
}

type PanelState = { open: boolean; start: boolean };

function panelView(s: GameStore, w: Words, m: Mount, st: PanelState, toggle: (open: boolean) => void, part: 'toggle' | 'panel') {
  const { game, entry } = s;
  if (!game || !entry || s.ui.screen !== 'game') return nothing;
  const sc = entry.scenario;
  const side = viewerOf(s);
  const watching = modeOf(s) === 'watch' || side === null;
  const mine = side !== null ? objectiveProgress(game, sc, side) : undefined;
  // Watching: every playable side (the viewer has none); otherwise only the viewer's own.
  const sides = watching ? sc.actors.filter((a) => a.playable).map((a) => a.id) : side ? [side] : [];
  const title = m.id('objectives-title');
  const toggleButton = html`<button type="button" class="objectives-toggle" id=${m.id('objectives-toggle')} aria-expanded=${st.open ? 'true' : 'false'}
      aria-controls=${m.id('objectives-panel')} @click=${() => toggle(!st.open)}>
      <span class="objectives-label">${w.t('objectives.button')}${mine ? html` · <span class="objectives-bar">${w.t('objectives.buttonBar', { winAt: round1(mine.winAt) })}</span>` : nothing}</span>
      ${mine ? html`<span class="objectives-score">${w.t('objectives.buttonScore', { score: round1(mine.score), max: mine.max })}</span>` : nothing}
    </button>`;
  if (part === 'toggle') return toggleButton;
  const onKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    toggle(false);
  };
  return html`<section class="objectives-panel${st.start ? ' start' : ''}" id=${m.id('objectives-panel')} aria-labelledby=${title} ?hidden=${!st.open}
      @keydown=${onKey}>
      <div class="objectives-head">
        <h2 id=${title}>${watching ? w.t('objectives.titleWatch') : w.t('objectives.title', { actor: w.actor(side ?? '') })}</h2>
        <button type="button" class="objectives-close" id=${m.id('objectives-close')} @click=${() => toggle(false)}>
          ${w.t(st.start ? 'objectives.begin' : 'objectives.close')}
        </button>
      </div>
      ${st.start && side ? html`<p class="lead">${w.t('objectives.startLead')}</p>${briefingOf(w, m, sc, side)}` : nothing}
      <p class="objectives-length">${lengthLine(w, sc, game)}</p>
      <div class="objectives-sides">${st.open ? sides.map((a) => sideBlock(w, m, sc, game, a, watching)) : nothing}</div>
      ${st.open ? questionsBlock(w, m, sc, 'obj', 3, w.t('questions.title')) : nothing}
    </section>`;
}

/**
 * The objectives of the game being played, one click away in the top bar: a button with the
 * running score ("12 of 120 pts · win at 96") that shows or hides a panel listing each
 * objective with its points, where it stands (start, now, range, a progress bar with words for
 * screen readers) and what moves it, under "if the game ended now". The panel pushes the game
 * down rather than covering it, and closes with its button or Esc. It opens by itself, with the side's briefing, before each human
 * side's first move, and folds away when that first turn ends (unless reopened). Hot-seat: only
 * the side at the device; watching: every playable side.
 */
export function mountObjectivesPanel(root: HTMLElement, store: StoreApi<GameStore>, options: MountOptions = {}): () => void {
  const st: PanelState = { open: false, start: false };
  let mount: Mount | null = null;
  let setup: unknown = null;
  let shownTo = new Set<string>();
  let refreshToggle = (): void => {};
  const refresh = (): void => {
    mount?.refresh();
    refreshToggle();
  };
  const toggle = (open: boolean): void => {
    const wasStart = st.start;
    st.open = open;
    st.start = false;
    refresh();
    // Closed from its own button: the keyboard goes back to the toggle (or, after the start view, on to End turn).
    if (!open) document.getElementById(mount?.id(wasStart ? 'end-turn' : 'objectives-toggle') ?? '')?.focus();
    // Like a dialog closing: what waited for the briefing (the first-game guide) may start now.
    if (!open && wasStart) host.dispatchEvent(new Event('close'));
  };
  // The panel sits under the top bar, in the page's flow (it pushes the game down, covering nothing).
  const host = document.createElement('div');
  host.className = 'objectives-host';
  const bar = root.closest('header');
  if (bar) bar.after(host);
  else root.append(host);
  const watch = (s: GameStore): readonly unknown[] => [s.game, s.entry, s.choice, s.ui.screen];
  const offToggle = mountView(
    root,
    store,
    watch,
    (s, w, m) => {
      refreshToggle = m.refresh;
      return panelView(s, w, m, st, toggle, 'toggle');
    },
    options,
  );
  const offPanel = mountView(
    host,
    store,
    watch,
    (s, w, m) => {
      mount = m;
      return panelView(s, w, m, st, toggle, 'panel');
    },
    options,
  );
  const unmount = (): void => {
    offToggle();
    offPanel();
    host.remove();
  };
  const sync = (s: GameStore): void => {
    const game = s.game;
    let changed = false;
    if (!game || s.ui.screen !== 'game') return;
    if (game.setup !== setup) {
      // A new game (or one loaded): nothing carries over from the last one.
      setup = game.setup;
      shownTo = new Set();
      changed = st.open || st.start;
      st.open = false;
      st.start = false;
    }
    // The start view folds away once the first turn is over.
    if (st.start && game.turn > firstTurn(game.setup)) {
      st.open = false;
      st.start = false;
      changed = true;
    }
    const side = viewerOf(s);
    const first = game.turn === firstTurn(game.setup) && !game.over && side !== null && !game.decisions.some((d) => d.actor === side);
    // A replay's first turn is history, not a move to brief for.
    if (first && side !== null && !shownTo.has(side) && handoverTo(s) === null && modeOf(s) !== 'watch' && !s.replay) {
      shownTo.add(side);
      st.open = true;
      st.start = true;
      changed = true;
    }
    if (changed) refresh();
  };
  sync(store.getState());
  const off = store.subscribe(sync);
  return () => {
    off();
    unmount();
  };
}
