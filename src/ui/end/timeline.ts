import { html } from 'lit-html';
import type { Words } from '../../present/words';
import type { DecisionRecord, GameState, Scenario } from '../../sim';
import { turnLabel } from '../turnLabel';
import type { Mount } from '../view';

function decisionText(w: Words, sc: Scenario, d: DecisionRecord): string {
  switch (d.kind) {
    case 'action':
      return d.detail
        ? w.t('end.decision.actionAt', { action: w.action(d.id), target: w.target(d.detail) })
        : w.t('end.decision.action', { action: w.action(d.id) });
    case 'chooseOption': {
      const opt = sc.events?.find((e) => e.id === d.id)?.options?.find((o) => o.id === d.detail);
      return w.t('end.decision.chooseOption', { event: w.event(d.id), option: w.text(opt?.label) || (d.detail ?? '') });
    }
    case 'proposeDeal':
      // Older saves recorded the partner as "to <id>".
      return d.detail ? w.t('end.decision.proposeDealTo', { to: w.actor(d.detail.replace(/^to /, '')) }) : w.t('end.decision.proposeDeal');
    case 'rejectDeal':
      return w.t('end.decision.rejectDeal', { id: d.id });
    case 'signDeal':
      return w.t('end.decision.signDeal', { id: d.id });
    case 'breakDeal':
      return w.t('end.decision.breakDeal', { id: d.id });
    default:
      // A kind this version does not word (a newer save's): a plain "Decision", never the raw code.
      return w.t('end.decision.other', { kind: w.t('end.decision.unknownKind'), id: d.id });
  }
}

/** Every decision of the game, turn by turn; the player's own marked. */
export function timelineSection(w: Words, m: Mount, sc: Scenario, game: GameState, side: string) {
  const byTurn = new Map<number, DecisionRecord[]>();
  for (const d of game.decisions) byTurn.set(d.turn, [...(byTurn.get(d.turn) ?? []), d]);
  return html`<section class="end-section" aria-labelledby=${m.id('end-timeline')}>
    <h2 id=${m.id('end-timeline')}>${w.t('end.timeline')}</h2>
    ${game.decisions.length === 0 ? html`<p>${w.t('end.timelineEmpty')}</p>` : ''}
    <ol class="timeline">
      ${[...byTurn.entries()].map(
        ([turn, list]) => html`<li>
          <strong class="when">${turnLabel(w, sc, turn)}</strong>
          <ul>
            ${list.map((d) => html`<li class=${d.actor === side ? 'mine' : ''}><span class="who">${w.actor(d.actor)}</span>: ${decisionText(w, sc, d)}</li>`)}
          </ul>
        </li>`,
      )}
    </ol>
  </section>`;
}
