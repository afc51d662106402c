import { html, type TemplateResult } from 'lit-html';
import type { Words } from '../present/words';
import type { GameStore } from '../state/createGameStore';
import type { Mount } from './view';

/** A scenario being fetched (a status line), or why it could not be (an alert); null when neither. `where` keeps two such lines' ids apart. */
export function scenarioPending(s: GameStore, w: Words, m: Mount, where: string): TemplateResult | null {
  const l = s.scenarioLoad;
  const card = l && s.cards.find((c) => c.id === l.id);
  if (!l || !card) return null;
  if (l.failed) return html`<p class="scenario-load-failed error" role="alert" id=${m.id(`${where}-load-failed`)}>${w.say(l.failed)}</p>`;
  return html`<p class="scenario-loading" role="status" id=${m.id(`${where}-loading`)}>${w.t('scenarioLoad.loading', { scenario: w.text(card.face.title) })}</p>`;
}
