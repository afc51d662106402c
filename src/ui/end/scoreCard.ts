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

/**
 * By how much the bar was beaten or missed, and the objectives that decided it: for a win, the
 * lines that brought the most points; for a miss, those that left the most points on the table.
 */
export function marginLines(w: Words, card: ScoreCard) {
  // From the figures as shown, so the line adds up for the reader (68.7 − 59.6 = 9.1, never 9.2 from an unrounded 59.55).
  const gap = round1(Math.abs(round1(card.score) - round1(card.winAt)));
  const allMet = card.lines.length > 0 && card.lines.every((l) => l.met);
  const margin = card.won
    ? allMet && card.score < card.winAt
      ? w.t('endMargin.beatAll')
      : w.t('endMargin.beat', { gap, winAt: round1(card.winAt) })
    : w.t('endMargin.missed', { gap, winAt: round1(card.winAt) });
  const key = (l: ScoreLine): number => (card.won ? l.points : l.max - l.points);
  const top = [...card.lines]
    .filter((l) => key(l) > 0)
    .sort((a, b) => key(b) - key(a))
    .slice(0, 3)
    .map((l) => w.t('endMargin.item', { objective: w.objective(card.actor, l.objective), points: round1(l.points), max: l.max }));
  return html`<p class="margin-line">${margin}</p>
    ${top.length > 0 ? html`<p class="decided-line">${w.t(card.won ? 'endMargin.decidedWon' : 'endMargin.decidedLost', { list: top.join(w.t('objectives.listSeparator')) })}</p>` : ''}`;
}

/** One side's score against its objectives: the verdict, by how much and why, then each objective's points and whether it was met. */
export function scoreCard(w: Words, m: Mount, card: ScoreCard, mine: boolean) {
  const name = w.actor(card.actor);
  const id = m.id(`score-${card.actor}`);
  return html`<section class="score-card${card.won ? ' won' : ' lost'}${mine ? ' mine' : ''}" aria-labelledby=${id}>
    <h3 id=${id}>${card.won ? w.t('end.wonName', { actor: name }) : name}</h3>
    <p class="verdict-line">
      ${w.t(card.won ? 'end.won' : 'end.lost', { actor: name, score: round1(card.score), max: card.max, winAt: card.winAt })}
    </p>
    ${marginLines(w, card)}
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
