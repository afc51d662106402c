import { html, nothing } from 'lit-html';
import type { SourcePlace } from '../../present/sourcedEntries';
import type { Words } from '../../present/words';
import {
  type ActionDef,
  allowedTargets,
  type GameState,
  projectTiming,
  type Refusal,
  type Scenario,
  targetDepartment,
  whyNot,
} from '../../sim';
import type { ActionCards, GameStore } from '../../state/createGameStore';
import { glossed, glossing } from '../glossary';
import { sourceList } from '../sources';
import { idPart, type Mount } from '../view';
import { actionLimits, actionPreview, costText, inGameTurns } from './actionPreview';

/** What every card of one render shares: the store's state, the words, the mount, and the side acting. */
/** The source places the action cards show: each action's sources. */
export const ACTION_CARD_PLACES: readonly SourcePlace[] = ['action'];

export type CardContext = { s: GameStore; w: Words; m: Mount; game: GameState; sc: Scenario; side: string };

/** A card's key: the list it sits in (`all`, or `map-<department>`) and the action; its ids and UI state go by it. */
export const cardKey = (list: string, def: ActionDef): string => `${list}-${idPart(def.id)}`;

function patchCards(m: Mount, f: (c: ActionCards) => Partial<ActionCards>): void {
  const ui = m.store.getState().ui;
  m.store.getState().setUi({ actionCards: { ...ui.actionCards, ...f(ui.actionCards) } });
}

/** Keeps the store's open cards in step with the browser's own toggling of a `<details>`. */
function onToggle(m: Mount, key: string) {
  return (e: Event): void => {
    const open = (e.currentTarget as HTMLDetailsElement).open;
    const cards = m.store.getState().ui.actionCards;
    if (open === cards.open.includes(key)) return;
    patchCards(m, (c) => ({ open: open ? [...c.open, key] : c.open.filter((k) => k !== key) }));
  };
}

/** Takes the action; once the game has it, the card closes and focus returns to its summary. */
function onConfirm(m: Mount, side: string, def: ActionDef, target: string | undefined, key: string) {
  return async (): Promise<void> => {
    const o = await m.store
      .getState()
      .dispatch({ type: 'takeAction', actor: side, action: def.id, ...(target !== undefined ? { target } : {}) });
    if (!o.ok) return;
    patchCards(m, (c) => ({ open: c.open.filter((k) => k !== key), taken: def.id }));
    m.root.querySelector<HTMLElement>(`#${m.id(`sum-${key}`)}`)?.focus();
  };
}

function targetPicker(c: CardContext, def: ActionDef, key: string, choices: readonly string[], target: string | undefined) {
  if (!def.target || choices.length === 0) return nothing;
  const pick = (e: Event): void => {
    const value = (e.target as HTMLSelectElement).value;
    patchCards(c.m, (cards) => ({ targets: { ...cards.targets, [key]: value } }));
  };
  return html`<label class="target">
    ${c.w.t(def.target.type === 'site' ? 'actions.targetSite' : 'actions.targetDepartment')}
    <select id=${c.m.id(`tgt-${key}`)} @change=${pick}>
      ${choices.map((id) => html`<option value=${id} ?selected=${id === target}>${c.w.target(id)}</option>`)}
    </select>
  </label>`;
}

function cardBody(
  c: CardContext,
  def: ActionDef,
  key: string,
  choices: readonly string[],
  target: string | undefined,
  refusal: Refusal | null,
) {
  const { w, m, sc } = c;
  const pv = c.s.preview(c.side, def.id, target);
  const whyId = m.id(`why-not-${key}`);
  const pvId = m.id(`pv-${key}`);
  // Terms of art in the description open their meaning (each once per card).
  const g = glossing(w, sc, m, key);
  return html`${def.description ? html`<p class="desc">${glossed(g, w.text(def.description))}</p>` : nothing}
    ${def.heavyHanded ? html`<p class="warn">${w.t('actions.heavy')}</p>` : nothing}
    ${targetPicker(c, def, key, choices, target)} ${actionLimits(w, def)}
    ${actionPreview(w, { sc, side: c.side, you: true }, def, pv, targetDepartment(sc, target), pvId, inGameTurns(c.game.setup, projectTiming(c.game, def)))}
    ${sourceList(w, sc, def.sources, def.assumption)}
    ${refusal ? html`<p class="reason" id=${whyId}>${w.t('actions.unavailable', { reason: w.refusal(refusal) })}</p>` : nothing}
    <button
      type="button"
      class=${def.heavyHanded ? 'confirm heavy' : 'confirm primary'}
      id=${m.id(`do-${key}`)}
      ?disabled=${!!refusal}
      aria-describedby=${refusal ? whyId : pvId}
      @click=${onConfirm(m, c.side, def, target, key)}
    >
      ${w.t('actions.confirm', { action: w.action(def.id) })}
    </button>`;
}

/**
 * One action as a disclosure: its name, cost and (when closed) why it is not available; open,
 * its description, target, limits, expected effect (the session's preview, which the click
 * then reuses), sources and a Confirm button. `preset` narrows the targets (the map's department).
 */
export function actionCard(c: CardContext, def: ActionDef, list: string, preset?: readonly string[]) {
  const { w, m, s } = c;
  const key = cardKey(list, def);
  const choices = preset ?? allowedTargets(c.sc, def);
  const chosen = s.ui.actionCards.targets[key];
  const target = def.target ? (chosen !== undefined && choices.includes(chosen) ? chosen : choices[0]) : undefined;
  const refusal = whyNot(c.game, c.sc, c.side, def.id, target);
  const open = s.ui.actionCards.open.includes(key);
  const late = projectTiming(c.game, def)?.finishes === false;
  return html`<details
    class="action${refusal ? ' unavailable' : ''}${def.heavyHanded ? ' heavy' : ''}"
    ?open=${open}
    data-action=${def.id}
    @toggle=${onToggle(m, key)}
  >
    <summary id=${m.id(`sum-${key}`)}>
      <span class="action-name">${w.action(def.id)}</span>
      <span class="cost">${costText(w, def)}</span>
      ${def.heavyHanded ? html`<span class="tag heavy">${w.t('actions.heavyTag')}</span>` : nothing}
      ${late ? html`<span class="tag project-late">${w.t('signals.projectLateShort')}</span>` : nothing}
      ${refusal && !open ? html`<span class="reason-short">${w.refusal(refusal)}</span>` : nothing}
    </summary>
    <div class="action-body">${open ? cardBody(c, def, key, choices, target, refusal) : nothing}</div>
  </details>`;
}
