import { html } from 'lit-html';
import type { Words } from '../../present/words';
import type { ScoreCard, ScoreLine } from '../../sim';
import type { Mount } from '../view';

/** Scores read to a tenth of a point, as the objectives' points are set. */
export const round1 = (x: number): number => Math.round(x * 10) / 10;

function line(w: Words, actor: string, l: ScoreLine) {
  const status = l.met ? 'met' : l.points > 0 ? 'partial' : 'unmet';
  return html`<tr>
    <td>${w.objective(actor, l.objective)}</td>
    <td class="num">${w.t('end.pointsOf', { points: round1(l.points), max: l.max })}</td>
    <td class=${status}>${w.t(l.met ? 'end.yes' : l.points > 0 ? 'end.partial' : 'end.no')}</td>
  </tr>`;
}

/** One side's score against its objectives: the verdict, then each objective's points and whether it was met. */
export function scoreCard(w: Words, m: Mount, card: ScoreCard, mine: boolean) {
  const name = w.actor(card.actor);
  const id = m.id(`score-${card.actor}`);
  return html`<section class="score-card${card.won ? ' won' : ' lost'}${mine ? ' mine' : ''}" aria-labelledby=${id}>
    <h3 id=${id}>${card.won ? w.t('end.wonName', { actor: name }) : name}</h3>
    <p class="verdict-line">
      ${w.t(card.won ? 'end.won' : 'end.lost', { actor: name, score: round1(card.score), max: card.max, winAt: card.winAt })}
    </p>
    <table class="scores">
      <thead>
        <tr>
          <th scope="col">${w.t('end.objective')}</th>
          <th scope="col">${w.t('end.points')}</th>
          <th scope="col">${w.t('end.met')}</th>
        </tr>
      </thead>
      <tbody>
        ${card.lines.map((l) => line(w, card.actor, l))}
      </tbody>
    </table>
  </section>`;
}
