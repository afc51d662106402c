import { html, nothing } from 'lit-html';
import type { Words } from '../present/words';
import { type GameState, type Scenario, scoreChange } from '../sim';
import './objectivesPanel.css';
import type { Mount } from './view';

const round1 = (x: number): number => Math.round(x * 10) / 10;

/**
 * The turn report's score section: how the side's score changed over the turn and why (each
 * objective that gained or lost points, by how much, largest first). `sides`: the sides to show
 * (the player's own; every playable side when watching).
 */
export function scoreChangeSection(w: Words, m: Mount, sc: Scenario, before: GameState, after: GameState, sides: readonly string[]) {
  // Lines are shown to a tenth of a point: a change that rounds to nothing is left out.
  const changes = sides.flatMap((a) => {
    const c = scoreChange(before, after, sc, a);
    return c ? [{ ...c, lines: c.lines.filter((l) => Math.abs(round1(l.delta)) >= 0.1) }] : [];
  });
  if (changes.length === 0) return nothing;
  const one = changes.length === 1;
  return html`${changes.map((c) => {
    const id = m.id(`score-change-${c.actor}`);
    return html`<section class="score-change" aria-labelledby=${id} data-actor=${c.actor}>
      <h3 id=${id}>${one ? w.t('scoreChange.title') : w.t('scoreChange.titleFor', { actor: w.actor(c.actor) })}</h3>
      <p class="score-change-total">
        ${
          round1(c.after) === round1(c.before)
            ? w.t('scoreChange.same', { after: round1(c.after), winAt: round1(c.winAt) })
            : w.t('scoreChange.moved', { before: round1(c.before), after: round1(c.after), delta: c.delta, winAt: round1(c.winAt) })
        }
      </p>
      ${
        c.lines.length === 0
          ? html`<p class="hint">${w.t('scoreChange.noLine')}</p>`
          : html`<ul class="score-change-lines">
              ${c.lines.map(
                (l) =>
                  html`<li class=${l.delta > 0 ? 'gain' : 'loss'} data-objective=${l.id}>
                    ${w.t(l.met && l.delta > 0 ? 'scoreChange.lineMet' : 'scoreChange.line', { objective: w.text(l.text), delta: l.delta, after: round1(l.after), max: l.max })}
                  </li>`,
              )}
            </ul>`
      }
    </section>`;
  })}`;
}
