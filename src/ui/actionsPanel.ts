import { html, nothing } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import type { StoreApi } from 'zustand/vanilla';
import type { MessageKey } from '../i18n/catalogue';
import { type ActionDef, type ActionKind, allowedTargets, type Scenario, targetDepartment } from '../sim';
import type { GameStore } from '../state/createGameStore';
import { actionCard, type CardContext, cardKey } from './actions/actionCard';
import { type MountOptions, mountView } from './view';
import { viewerOf } from './viewer';

export { costText } from './actions/actionPreview';

const KINDS: ActionKind[] = ['invest', 'trade', 'diplomacy', 'domestic', 'security'];

/** Targets of an action that lie in a department: the department itself or its sites. */
function targetsIn(sc: Scenario, def: ActionDef, department: string): string[] {
  return allowedTargets(sc, def).filter((id) => targetDepartment(sc, id) === department);
}

/** Cards keyed by what they show, so each keeps its own DOM (open state, chosen target, focus) however the list changes. */
function cards(c: CardContext, list: readonly ActionDef[], where: string, preset?: (def: ActionDef) => string[]) {
  return repeat(
    list,
    (def) => cardKey(where, def),
    (def) => actionCard(c, def, where, preset?.(def)),
  );
}

/** The actions that can be aimed at the department selected on the map, with the target already chosen. */
function forDepartment(c: CardContext, mine: readonly ActionDef[], dep: string) {
  const { w, m, s, sc } = c;
  const here = mine.filter((a) => targetsIn(sc, a, dep).length > 0);
  const clear = (): void => s.setUi({ selectedDepartment: null });
  return html`<section class="for-department" aria-labelledby=${m.id('for-dep-title')}>
    <div class="for-dep-head">
      <h3 id=${m.id('for-dep-title')}>${w.t('actions.forDepartment', { department: w.department(dep) })}</h3>
      <button type="button" id=${m.id('clear-selection')} class="small" @click=${clear}>${w.t('actions.clearSelection')}</button>
    </div>
    ${here.length === 0 ? html`<p class="meta">${w.t('actions.forDepartmentNone', { department: w.department(dep) })}</p>` : nothing}
    ${cards(c, here, `map-${dep}`, (a) => targetsIn(sc, a, dep))}
  </section>`;
}

function byKind(c: CardContext, mine: readonly ActionDef[]) {
  return KINDS.map((kind) => {
    const list = mine.filter((a) => a.kind === kind);
    if (list.length === 0) return nothing;
    return html`<section class="action-kind" aria-labelledby=${c.m.id(`kind-${kind}`)}>
      <h3 id=${c.m.id(`kind-${kind}`)}>${c.w.t(`actions.kind.${kind}` as MessageKey)}</h3>
      ${cards(c, list, 'all')}
    </section>`;
  });
}

/**
 * The side's catalogue, grouped by kind: each action with its cost, target, expected
 * effect (previewed by the session) and a Confirm button; actions the side cannot take
 * now say why. A department selected on the map lists the actions that can be aimed at
 * it first, with the target already chosen. Which cards are open, and the targets chosen
 * on them, live in the store's `ui.actionCards`.
 */
export function mountActionsPanel(root: HTMLElement, store: StoreApi<GameStore>, options: MountOptions = {}): () => void {
  return mountView(
    root,
    store,
    (s) => [s.game, s.entry, s.choice, s.session, s.ui.selectedDepartment, s.ui.actionCards],
    (s, w, m) => {
      const { game, entry, choice } = s;
      // The side whose turn the interface shows (hot-seat: the player holding the device; watching: none).
      const side = choice ? viewerOf({ choice }) : null;
      if (!game || !entry || !side) return nothing;
      const sc = entry.scenario;
      const c: CardContext = { s, w, m, game, sc, side };
      const mine = sc.actions.filter((a) => a.actor === side);
      const dep = s.ui.selectedDepartment;
      const taken = s.ui.actionCards.taken;
      return html`<h2 class="panel-title">${w.t('actions.title')}</h2>
        <p class="sr-only" aria-live="polite">${taken ? w.t('actions.taken', { action: w.action(taken) }) : ''}</p>
        ${mine.length === 0 ? html`<p>${w.t('actions.none')}</p>` : nothing}
        ${
          dep && sc.departments.some((d) => d.id === dep)
            ? forDepartment(c, mine, dep)
            : mine.some((a) => a.target)
              ? html`<p class="hint">${w.t('actions.pickOnMap')}</p>`
              : nothing
        }
        ${byKind(c, mine)}`;
    },
    options,
  );
}
