import { html, nothing } from 'lit-html';
import type { StoreApi } from 'zustand/vanilla';
import { formatValue, meterList, shownChange } from '../present/meterInfo';
import type { Words } from '../present/words';
import { firstTurn, type GameState, type Scenario, type ScoreCard, scoreAll } from '../sim';
import type { GameChoice, GameStore } from '../state/createGameStore';
import { lineChart } from './charts';
import { classDebrief } from './classroom/classPanel';
import { compareLink } from './compare/link';
import { exportsSection } from './end/exports';
import { matteredSection } from './end/moves';
import { reflectionSheet } from './end/reflection';
import { scoreCard } from './end/scoreCard';
import { timelineSection } from './end/timeline';
import { questionsBlock } from './questions';
import { branchedFromLine } from './replay/branchedFrom';
import { replayThisGame } from './replay/openReplay';
import { deltaSignal, type Looking, looking, toneFor } from './signals';
import { turnLabel } from './turnLabel';
import { type Mount, type MountOptions, mountView } from './view';

function who(w: Words, sc: Scenario, choice: GameChoice): string {
  if (choice.mode === 'watch') return w.t('end.watched');
  if (choice.mode === 'hotseat')
    return w.t('end.twoPlayers', {
      actors: sc.actors
        .filter((a) => a.playable)
        .map((a) => w.actor(a.id))
        .join(w.t('end.playersSeparator')),
    });
  return w.t('end.you', { actor: w.actor(choice.side) });
}

function head(s: GameStore, w: Words, m: Mount, sc: Scenario, game: GameState, choice: GameChoice, cards: readonly ScoreCard[]) {
  const winners = cards.filter((c) => c.won).map((c) => w.actor(c.actor));
  const collapse = game.over?.reason === 'collapse' ? sc.endConditions?.find((e) => e.id === game.over?.endCondition) : undefined;
  // Played again from the start, a branch is a game of its own: it no longer branches from anything.
  const { branchedFrom: _from, ...again } = choice;
  const replay = (): void => void s.startGame({ ...again, seed: game.setup.seed, turns: game.setup.turns });
  return html`<header class="end-head">
    <h1 id=${m.id('end-title')} tabindex="-1">${w.t('end.title', { scenario: w.text(sc.title) })}</h1>
    <p class="winners">${winners.length > 0 ? w.t('end.winners', { list: winners.join(', ') }) : w.t('end.noWinner')}</p>
    <p>${collapse ? w.t('end.reasonCollapse', { text: w.text(collapse.text) }) : w.t('end.reasonLength', { date: turnLabel(w, sc, game.turn) })}</p>
    <p class="meta">${who(w, sc, choice)} ${w.t('end.seed', { scenario: w.text(sc.title), seed: String(game.setup.seed), turns: game.setup.turns })}
      ${branchedFromLine(w, choice.branchedFrom)}</p>
    <div class="buttons no-print">
      <button type="button" class="primary" id=${m.id('new-game')} @click=${() => s.toStart()}>${w.t('end.again')}</button>
      <button type="button" id=${m.id('replay')} @click=${replay}>${w.t('end.replay')}</button>
      <button type="button" id=${m.id('replay-turns')} @click=${() => void replayThisGame(m.store)}>${w.t('replay.open')}</button>
      <button type="button" id=${m.id('print')} @click=${() => window.print()}>${w.t('end.print')}</button>
    </div>
  </header>`;
}

function learning(w: Words, m: Mount, sc: Scenario) {
  if (!sc.learning) return nothing;
  // The core questions and, labelled as such, the extensions (the same list the briefing shows).
  return html`<section class="end-section learning" aria-labelledby=${m.id('end-questions')}>
    ${questionsBlock(w, m, sc, 'end', 2, w.t('end.questions'))}
    <h2>${w.t('end.learning')}</h2>
    <ul>
      ${sc.learning.objectives.map((q) => html`<li>${w.text(q)}</li>`)}
    </ul>
  </section>`;
}

/** Each meter over the game, from the snapshot of each turn. */
function charts(w: Words, m: Mount, sc: Scenario, game: GameState, at: Looking) {
  const ends = [turnLabel(w, sc, firstTurn(game.setup)), turnLabel(w, sc, game.turn)] as const;
  return html`<section class="end-section" aria-labelledby=${m.id('end-charts')}>
    <h2 id=${m.id('end-charts')}>${w.t('end.charts')}</h2>
    <div class="charts">
      ${meterList(w, sc).map((info) => {
        const values = game.history.map((h) => h.national[info.id] ?? 0);
        const format = (x: number): string => formatValue(w, info, x);
        const label = w.t('end.chart', { name: info.name, from: format(values[0] ?? 0), to: format(values[values.length - 1] ?? 0) });
        // The change over the game, as the difference of the two values shown, good or bad for the side looking.
        const { digits, delta } = shownChange(info, values[0] ?? 0, values[values.length - 1] ?? 0);
        const tone = toneFor(sc, at.side, info.id, delta);
        const fixed = (x: number): string => formatValue(w, info, x, digits);
        const change = deltaSignal(w, at, info, delta, digits);
        return lineChart(values, { title: info.name, ends, format: fixed, label, change, tone });
      })}
    </div>
  </section>`;
}

/**
 * The debrief: scores against the objectives and who won, the moves that mattered most,
 * the meters over the game, the timeline of decisions, and the scenario's learning objectives and questions;
 * downloads of the game (CSV, JSON). Printable for a class, with a reflection sheet for the team at the end.
 */
export function mountEndScreen(root: HTMLElement, store: StoreApi<GameStore>, options: MountOptions = {}): () => void {
  // The game whose debrief last took focus: focus moves to the title when a debrief opens, not on every re-render.
  let focused: GameState | null = null;
  return mountView(
    root,
    store,
    (s) => [s.ui.screen, s.game, s.entry, s.choice, s.classroom],
    (s, w, m) => {
      const { game, entry, choice } = s;
      root.hidden = s.ui.screen !== 'end';
      if (s.ui.screen !== 'end' || !game || !entry || !choice) {
        focused = null;
        return nothing;
      }
      const sc = entry.scenario;
      const cards = Object.values(game.over?.scores ?? scoreAll(game, sc)).sort((a, b) =>
        a.actor === choice.side ? -1 : b.actor === choice.side ? 1 : 0,
      );
      if (focused !== game) {
        focused = game;
        queueMicrotask(() => root.querySelector<HTMLElement>(`#${m.id('end-title')}`)?.focus());
      }
      return html`<div class="end-inner">
        ${head(s, w, m, sc, game, choice, cards)}
        <section class="end-section" aria-labelledby=${m.id('end-scores')}>
          <h2 id=${m.id('end-scores')}>${w.t('end.scores')}</h2>
          <div class="score-cards">
            ${cards.map((c) => scoreCard(w, m, c, c.actor === choice.side && choice.mode !== 'watch'))}
          </div>
        </section>
        ${exportsSection(s, w, m)} ${matteredSection(w, m, sc, game, cards)} ${learning(w, m, sc)} ${charts(w, m, sc, game, looking(s, sc))}
        ${timelineSection(w, m, sc, game, choice.side)} ${classDebrief(s, w, m)} ${reflectionSheet(w, m, sc, game, choice, cards)}
        <p class="compare-row no-print">${compareLink(w, m.id('end-compare'))}</p>
      </div>`;
    },
    options,
  );
}
