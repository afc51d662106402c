import { html, nothing } from 'lit-html';
import type { MessageKey } from '../i18n/catalogue';
import type { Words } from '../present/words';
import type { Scenario } from '../sim';
import type { PlayMode } from '../state/createGameStore';
import type { Mount } from './view';
import './playModeField.css';

/** What choosing who plays reads of a scenario: its sides (a face's will do) and their order. */
type Sides = { actors: readonly Pick<Scenario['actors'][number], 'id' | 'name' | 'playable'>[]; turnOrder: readonly string[] };

const MODES: PlayMode[] = ['solo', 'hotseat', 'watch'];

/** The side a game starts from: in hot-seat, the first human in the turn order; otherwise the chosen side. */
export function startingSide(sc: Sides, mode: PlayMode, side: string): string {
  if (mode !== 'hotseat') return side;
  return sc.turnOrder.find((id) => sc.actors.find((a) => a.id === id)?.playable) ?? side;
}

/**
 * The start screen's "Who plays": me against the computer, two players on this device,
 * or watch the computer play itself.
 */
export function playModeField(w: Words, m: Mount, sc: Sides, mode: PlayMode, side: string, choose: (mode: PlayMode) => void) {
  const playable = sc.actors.filter((a) => a.playable);
  const hint = (k: PlayMode): string =>
    k === 'solo'
      ? w.t('mode.soloHint')
      : k === 'hotseat'
        ? w.t('mode.hotseatHint', { a: w.actor(playable[0]?.id), b: w.actor(playable[1]?.id) })
        : w.t('mode.watchHint');
  return html`<fieldset class="play-mode">
    <legend>${w.t('mode.legend')}</legend>
    ${MODES.map(
      (k) => html`<label class="choice-card${mode === k ? ' chosen' : ''}">
        <input type="radio" name=${m.id('play-mode')} id=${m.id(`mode-${k}`)} value=${k} .checked=${mode === k}
          aria-describedby=${m.id(`mode-${k}-hint`)} @change=${() => choose(k)} />
        <span class="choice-text">
          <strong>${w.t(`mode.${k}` as MessageKey)}</strong>
          <span class="summary" id=${m.id(`mode-${k}-hint`)}>${hint(k)}</span>
        </span>
      </label>`,
    )}
    ${mode === 'hotseat' ? html`<p class="hint">${w.t('mode.sideIgnored', { actor: w.actor(startingSide(sc, 'hotseat', side)) })}</p>` : nothing}
    ${mode === 'watch' ? html`<p class="hint">${w.t('mode.watchSide', { actor: w.actor(side) })}</p>` : nothing}
  </fieldset>`;
}
