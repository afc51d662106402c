import { html } from 'lit-html';
import type { Words } from '../../present/words';
import { type GameState, presetOf, type Scenario, type ScoreCard } from '../../sim';
import type { GameChoice } from '../../state/createGameStore';
import type { Mount } from '../view';
import { round1 } from './scoreCard';
import './reflection.css';

const PROMPTS = [
  ['reflection.wanted', 'reflection.wantedHint'],
  ['reflection.gaveUp', 'reflection.gaveUpHint'],
  ['reflection.surprised', 'reflection.surprisedHint'],
  ['reflection.claim', 'reflection.claimHint'],
] as const;

/** Lines to write on: drawn by the print style, one empty block each. */
const lines = (n: number) => html`${Array.from({ length: n }, () => html`<span class="write-line"></span>`)}`;

/** The sides a team played: its own in a solo game, every playable one on a shared device, none when the computer played itself. */
function sides(w: Words, sc: Scenario, choice: GameChoice): string {
  if (choice.mode === 'hotseat')
    return sc.actors
      .filter((a) => a.playable)
      .map((a) => w.actor(a.id))
      .join(w.t('end.playersSeparator'));
  return w.actor(choice.side);
}

/**
 * A one-page sheet for the team to fill in by hand after the game, printed with the debrief
 * (hidden on screen): the team and the setup it played, its score, and four prompts with
 * lines to write on.
 */
export function reflectionSheet(w: Words, m: Mount, sc: Scenario, game: GameState, choice: GameChoice, cards: readonly ScoreCard[]) {
  const team = (choice as { team?: unknown }).team;
  const preset = presetOf(sc, game.setup);
  const own = cards.find((c) => c.actor === choice.side);
  const shown = choice.mode === 'hotseat' ? cards : own ? [own] : [];
  return html`<section class="reflection-sheet print-only" aria-labelledby=${m.id('reflection-title')}>
    <h2 id=${m.id('reflection-title')}>${w.t('reflection.title')}</h2>
    <p class="reflection-setup">
      ${w.t('reflection.setup', { scenario: w.text(sc.title), side: sides(w, sc, choice), seed: String(game.setup.seed), turns: game.setup.turns })}${
        preset ? html` · ${w.t('reflection.preset', { preset: w.text(preset.name) })}` : ''
      }
    </p>
    ${shown.map((c) => html`<p class="reflection-score">${w.t('reflection.score', { actor: w.actor(c.actor), score: round1(c.score), max: c.max, winAt: c.winAt })}</p>`)}
    <div class="reflection-who">
      <p><span class="label">${w.t('reflection.team')}:</span> ${typeof team === 'string' && team !== '' ? html`<strong>${team}</strong>` : html`<span class="write-line short"></span>`}</p>
      <p><span class="label">${w.t('reflection.members')}:</span> <span class="write-line short"></span></p>
    </div>
    <p class="reflection-lead">${w.t('reflection.lead')}</p>
    ${PROMPTS.map(
      ([title, hint]) => html`<div class="reflection-prompt">
        <h3>${w.t(title)}</h3>
        <p class="hint">${w.t(hint)}</p>
        ${lines(4)}
      </div>`,
    )}
  </section>`;
}
