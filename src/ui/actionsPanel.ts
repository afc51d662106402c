import type { StoreApi } from 'zustand/vanilla';
import { type MessageKey, t } from '../i18n/messages';
import { departmentName, targetName } from '../present/names';
import {
  type ActionDef,
  type ActionKind,
  allowedTargets,
  type GameState,
  type MeterDelta,
  previewAction,
  type Scenario,
  targetDepartment,
  textOf,
  whyNot,
} from '../sim';
import type { GameStore } from '../state/createGameStore';
import { h, idPart, renderInto } from './dom';
import { effectLines } from './effectText';
import { arrow, formatDelta, meterInfo } from './meterInfo';
import { refusalText } from './refusalText';
import { sourceList } from './sources';
import { viewerOf } from './viewer';

const KINDS: ActionKind[] = ['invest', 'trade', 'diplomacy', 'domestic', 'security'];

export function costText(def: ActionDef): string {
  const parts: string[] = [];
  if (def.cost.capital) parts.push(t('actions.costCapital', { n: def.cost.capital }));
  if (def.cost.money) parts.push(t('actions.costMoney', { n: def.cost.money }));
  return parts.length > 0 ? parts.join(' + ') : t('actions.free');
}

/** Targets of an action that lie in a department: the department itself or its sites. */
function targetsIn(sc: Scenario, def: ActionDef, department: string): string[] {
  return allowedTargets(sc, def).filter((id) => targetDepartment(sc, id) === department);
}

function deltaList(sc: Scenario, list: MeterDelta[]): HTMLElement {
  return h(
    'ul',
    { class: 'deltas' },
    list.map((d) => {
      const m = meterInfo(sc, d.meter);
      const dir = arrow(m, d.delta);
      return h('li', { 'data-meter': d.meter }, [
        h('span', { class: `delta ${dir === '▲' ? 'up' : dir === '▼' ? 'down' : 'flat'}` }, [`${dir} ${formatDelta(m, d.delta)}`]),
        ' ',
        h('span', { class: 'name' }, [m.name]),
      ]);
    }),
  );
}

function lines(items: string[]): HTMLElement {
  return h(
    'ul',
    { class: 'deltas' },
    items.map((x) => h('li', {}, [x])),
  );
}

/**
 * The side's catalogue, grouped by kind: each action with its cost, target, expected
 * effect (previewed by running it through the sim) and a Confirm button; actions the
 * side cannot take now say why. A department selected on the map lists the actions
 * that can be aimed at it first, with the target already chosen.
 */
export function mountActionsPanel(root: HTMLElement, store: StoreApi<GameStore>): () => void {
  const open = new Set<string>();
  const targets: Record<string, string> = {};
  const live = h('p', { class: 'sr-only', 'aria-live': 'polite' });

  const card = (game: GameState, sc: Scenario, side: string, def: ActionDef, ctx: string, preset?: string[]): HTMLElement => {
    const key = `${ctx}-${idPart(def.id)}`;
    const choices = preset ?? allowedTargets(sc, def);
    const chosenKey = `${ctx}:${def.id}`;
    const target = def.target ? (targets[chosenKey] && choices.includes(targets[chosenKey]) ? targets[chosenKey] : choices[0]) : undefined;
    if (target !== undefined) targets[chosenKey] = target;
    const refusal = whyNot(game, sc, side, def.id, target);
    const isOpen = open.has(key);
    const body: (Node | null)[] = [];
    if (isOpen) {
      if (def.description) body.push(h('p', { class: 'desc' }, [textOf(def.description)]));
      if (def.heavyHanded) body.push(h('p', { class: 'warn' }, [t('actions.heavy')]));
      if (def.target && choices.length > 0) {
        body.push(
          h('label', { class: 'target' }, [
            `${t(def.target.type === 'site' ? 'actions.targetSite' : 'actions.targetDepartment')} `,
            h(
              'select',
              {
                id: `tgt-${key}`,
                onchange: (e: Event) => {
                  targets[chosenKey] = (e.target as HTMLSelectElement).value;
                  render();
                },
              },
              choices.map((id) => h('option', { value: id, selected: id === target }, [targetName(sc, id)])),
            ),
          ]),
        );
      }
      const limits = [
        def.limit?.perTurn !== undefined ? t('actions.perTurn', { n: def.limit.perTurn }) : '',
        def.limit?.perGame !== undefined ? t('actions.perGame', { n: def.limit.perGame }) : '',
        def.cooldown ? t('actions.cooldown', { n: def.cooldown }) : '',
      ]
        .filter(Boolean)
        .join('; ');
      if (limits) body.push(h('p', { class: 'meta' }, [t('actions.limit', { text: limits })]));
      const pv = previewAction(game, sc, side, def.id, target);
      const dep = targetDepartment(sc, target);
      const preview: (Node | null)[] = [h('h4', {}, [t('actions.expected')])];
      if (pv.ok) {
        preview.push(h('p', { class: 'sub' }, [t('actions.now')]));
        preview.push(pv.national.length > 0 ? deltaList(sc, pv.national) : h('p', { class: 'meta' }, [t('actions.nowNone')]));
        if (pv.local.length > 0 && pv.department) {
          preview.push(
            h('p', { class: 'sub' }, [t('actions.inDepartment', { department: departmentName(sc, pv.department) })]),
            deltaList(sc, pv.local),
          );
        }
      } else if (def.effects?.length) {
        // Not takeable now, so it cannot be simulated: show what the scenario says it does.
        preview.push(h('p', { class: 'sub' }, [t('actions.declared')]), lines(effectLines(sc, def.effects, dep)));
      }
      if (def.project) {
        preview.push(
          h('p', { class: 'sub' }, [t('actions.projectBuild', { turns: def.project.turns })]),
          lines(effectLines(sc, def.project.onComplete, dep)),
        );
        if (def.project.perTurn?.length)
          preview.push(h('p', { class: 'sub' }, [t('actions.projectYearly')]), lines(effectLines(sc, def.project.perTurn, dep)));
        if (def.project.lifetime) preview.push(h('p', { class: 'meta' }, [t('actions.projectLife', { turns: def.project.lifetime })]));
      }
      if (def.lasting)
        preview.push(
          h('p', { class: 'sub' }, [t('actions.lasting', { turns: def.lasting.turns })]),
          lines(effectLines(sc, def.lasting.effects, dep)),
        );
      body.push(h('div', { class: 'preview', id: `pv-${key}` }, preview));
      body.push(sourceList(sc, def.sources, def.assumption));
      if (refusal)
        body.push(h('p', { class: 'reason', id: `why-not-${key}` }, [t('actions.unavailable', { reason: refusalText(refusal) })]));
      body.push(
        h(
          'button',
          {
            type: 'button',
            class: def.heavyHanded ? 'confirm heavy' : 'confirm primary',
            id: `do-${key}`,
            disabled: !!refusal,
            'aria-describedby': refusal ? `why-not-${key}` : `pv-${key}`,
            onclick: () => {
              void store
                .getState()
                .dispatch({ type: 'takeAction', actor: side, action: def.id, ...(target !== undefined ? { target } : {}) })
                .then((o) => {
                  if (o.ok) {
                    open.delete(key);
                    live.textContent = t('actions.taken', { action: textOf(def.name) });
                    render();
                    document.getElementById(`sum-${key}`)?.focus();
                  }
                });
            },
          },
          [t('actions.confirm', { action: textOf(def.name) })],
        ),
      );
    }
    const details = h(
      'details',
      { class: `action${refusal ? ' unavailable' : ''}${def.heavyHanded ? ' heavy' : ''}`, open: isOpen, 'data-action': def.id },
      [
        h('summary', { id: `sum-${key}` }, [
          h('span', { class: 'action-name' }, [textOf(def.name)]),
          h('span', { class: 'cost' }, [costText(def)]),
          def.heavyHanded ? h('span', { class: 'tag heavy' }, [t('actions.heavyTag')]) : null,
          refusal && !isOpen ? h('span', { class: 'reason-short' }, [refusalText(refusal)]) : null,
        ]),
        h('div', { class: 'action-body' }, body),
      ],
    );
    details.addEventListener('toggle', () => {
      const was = open.has(key);
      if (details.open === was) return;
      if (details.open) open.add(key);
      else open.delete(key);
      render();
    });
    return details;
  };

  const render = (): void => {
    const { game, entry, choice, ui } = store.getState();
    if (!game || !entry || !choice) return;
    const sc = entry.scenario;
    // The side whose turn the interface shows (hot-seat: the player holding the device; watching: none).
    const side = viewerOf({ choice });
    if (!side) {
      renderInto(root, []);
      return;
    }
    const mine = sc.actions.filter((a) => a.actor === side);
    const parts: (Node | null)[] = [h('h2', { class: 'panel-title' }, [t('actions.title')]), live];
    if (mine.length === 0) parts.push(h('p', {}, [t('actions.none')]));
    const dep = ui.selectedDepartment;
    if (dep && sc.departments.some((d) => d.id === dep)) {
      const here = mine.filter((a) => targetsIn(sc, a, dep).length > 0);
      parts.push(
        h('section', { class: 'for-department', 'aria-labelledby': 'for-dep-title' }, [
          h('div', { class: 'for-dep-head' }, [
            h('h3', { id: 'for-dep-title' }, [t('actions.forDepartment', { department: departmentName(sc, dep) })]),
            h(
              'button',
              {
                type: 'button',
                id: 'clear-selection',
                class: 'small',
                onclick: () => store.getState().setUi({ selectedDepartment: null }),
              },
              [t('actions.clearSelection')],
            ),
          ]),
          here.length === 0 ? h('p', { class: 'meta' }, [t('actions.forDepartmentNone', { department: departmentName(sc, dep) })]) : null,
          ...here.map((a) => card(game, sc, side, a, `map-${dep}`, targetsIn(sc, a, dep))),
        ]),
      );
    } else if (mine.some((a) => a.target)) parts.push(h('p', { class: 'hint' }, [t('actions.pickOnMap')]));
    for (const kind of KINDS) {
      const list = mine.filter((a) => a.kind === kind);
      if (list.length === 0) continue;
      parts.push(
        h('section', { class: 'action-kind', 'aria-labelledby': `kind-${kind}` }, [
          h('h3', { id: `kind-${kind}` }, [t(`actions.kind.${kind}` as MessageKey)]),
          ...list.map((a) => card(game, sc, side, a, 'all')),
        ]),
      );
    }
    renderInto(root, parts);
  };
  render();
  return store.subscribe((s, p) => {
    if (s.game !== p.game || s.ui.selectedDepartment !== p.ui.selectedDepartment || s.choice !== p.choice) render();
  });
}
