import type { StoreApi } from 'zustand/vanilla';
import { type MessageKey, t } from '../i18n/messages';
import { isDepartmentMeter, readMeter, type Scenario, textOf, turnDate } from '../sim';
import type { GameStore } from '../state/createGameStore';
import { type CauseRow, causeAssumption, causeLabel, causesFor } from './causes';
import { h, idPart, renderInto } from './dom';
import { baseline } from './hudMeters';
import { arrow, formatDelta, formatValue, type MeterInfo, meterInfo } from './meterInfo';
import { actorName, departmentName } from '../present/names';
import { sourceList } from './sources';

const SHOWN_TURNS = 4;

function row(sc: Scenario, m: MeterInfo, r: CauseRow): HTMLElement {
  const dir = arrow(m, r.delta);
  const where =
    r.everywhere || r.departments.length >= sc.departments.length
      ? isDepartmentMeter(m.id)
        ? t('causes.everywhere')
        : ''
      : r.departments.length > 0
        ? t('causes.inDepartments', { list: r.departments.map((d) => departmentName(sc, d)).join(', ') })
        : '';
  return h('li', { class: `cause cause-${r.cause.kind}` }, [
    h('div', { class: 'cause-head' }, [
      h('span', { class: 'kind' }, [t(`causes.kind.${r.cause.kind}` as MessageKey)]),
      h('span', { class: 'label' }, [causeLabel(sc, r.cause)]),
      h('span', { class: `delta ${dir === '▲' ? 'up' : dir === '▼' ? 'down' : 'flat'}` }, [`${dir} ${formatDelta(m, r.delta)}`]),
    ]),
    r.cause.actor || where
      ? h('div', { class: 'cause-meta' }, [
          r.cause.actor ? t('causes.by', { actor: actorName(sc, r.cause.actor) }) : '',
          r.cause.actor && where ? ' · ' : '',
          where,
        ])
      : null,
    r.cause.kind === 'rule' ? collapsed(sc, r) : sourceList(sc, r.cause.sources, causeAssumption(r.cause)),
  ]);
}

/** Engine rules recur every turn: their sources fold away so the turn's story stays readable. */
function collapsed(sc: Scenario, r: CauseRow): HTMLElement | null {
  const assumption = causeAssumption(r.cause);
  const list = sourceList(sc, r.cause.sources, assumption);
  if (!list) return null;
  const n = (r.cause.sources?.length ?? 0) + (assumption ? 1 : 0);
  return h('details', { class: 'rule-sources' }, [h('summary', {}, [t('causes.ruleSources', { n })]), list]);
}

/**
 * "Why did this move?": every recorded cause of the chosen meter, grouped by turn,
 * each with its change, what it was (action, event, project, deal, rule), who, where,
 * and the sources or design assumption behind it.
 */
export function mountCausesPanel(root: HTMLElement, store: StoreApi<GameStore>): () => void {
  let showAll = false;
  let lastMeter = '';
  root.id = 'causes-panel';
  root.setAttribute('role', 'region');
  root.setAttribute('aria-labelledby', 'causes-title');
  root.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close();
  });
  const close = (): void => {
    const m = store.getState().ui.meterDetail?.meter;
    store.getState().setUi({ meterDetail: null });
    if (m) document.getElementById(`why-${idPart(m)}`)?.focus();
  };

  const render = (): void => {
    const { game, entry, ui } = store.getState();
    const detail = ui.meterDetail;
    root.hidden = !detail || !game || !entry;
    if (!detail || !game || !entry) {
      renderInto(root, []);
      return;
    }
    const sc = entry.scenario;
    if (detail.meter !== lastMeter) showAll = false;
    const m = meterInfo(sc, detail.meter);
    const v = readMeter(game, m.id, detail.department);
    const base = baseline(game);
    const baseV = detail.department !== undefined ? (game.history.at(-2) ?? game.history[0])?.departments[detail.department] : undefined;
    const before =
      detail.department !== undefined && baseV
        ? m.id === 'stability'
          ? baseV.stability
          : (baseV.influence[m.id.slice(10)] ?? v)
        : (base.values[m.id] ?? v);
    const groups = causesFor(sc, game, m.id, detail.department);
    const shown = showAll ? groups : groups.slice(0, SHOWN_TURNS);
    const title =
      detail.department !== undefined
        ? `${t('causes.title', { meter: m.name })} ${t('causes.in', { department: departmentName(sc, detail.department) })}`
        : t('causes.title', { meter: m.name });
    const where = isDepartmentMeter(m.id)
      ? h('label', { class: 'where' }, [
          t('causes.where'),
          h(
            'select',
            {
              id: 'causes-where',
              onchange: (e: Event) => {
                const val = (e.target as HTMLSelectElement).value;
                store.getState().setUi({ meterDetail: val ? { meter: m.id, department: val } : { meter: m.id } });
              },
            },
            [
              h('option', { value: '', selected: detail.department === undefined }, [t('causes.national')]),
              ...sc.departments.map((d) => h('option', { value: d.id, selected: detail.department === d.id }, [textOf(d.name)])),
            ],
          ),
        ])
      : null;
    const about =
      m.def?.description || m.def?.sources || m.def?.assumption
        ? h('details', { class: 'about' }, [
            h('summary', {}, [t('causes.description')]),
            m.def?.description ? h('p', {}, [textOf(m.def.description)]) : null,
            sourceList(sc, m.def?.sources, m.def?.assumption),
          ])
        : null;
    renderInto(root, [
      h('div', { class: 'causes-top' }, [
        h('h2', { id: 'causes-title', tabindex: '-1' }, [title]),
        h('button', { type: 'button', id: 'causes-close', class: 'close', onclick: close }, [t('causes.close')]),
      ]),
      h('p', { class: 'now' }, [
        t('causes.now', { value: formatValue(m, v) }),
        ' ',
        h('span', { class: 'delta' }, [
          `${arrow(m, v - before)} ${formatDelta(m, v - before)} `,
          t('hud.since', { date: turnDate(sc, base.turn).label }),
        ]),
      ]),
      where,
      isDepartmentMeter(m.id) && detail.department === undefined
        ? h('p', { class: 'hint' }, [t('causes.deptNote', { meter: m.name })])
        : null,
      about,
      groups.length === 0 ? h('p', {}, [t('causes.none')]) : null,
      ...shown.map((g) =>
        h('section', { class: 'turn-causes', 'aria-label': turnDate(sc, g.turn).label }, [
          h('h3', {}, [
            t('causes.turn', { date: turnDate(sc, g.turn).label, turn: g.turn }),
            g.turn === game.turn && !game.over ? ` · ${t('causes.thisTurn')}` : '',
            h('span', { class: 'net' }, [t('causes.total', { delta: `${arrow(m, g.total)} ${formatDelta(m, g.total)}` })]),
          ]),
          h(
            'ul',
            { class: 'causes' },
            g.rows.map((r) => row(sc, m, r)),
          ),
        ]),
      ),
      !showAll && groups.length > SHOWN_TURNS
        ? h('button', { type: 'button', id: 'causes-more', onclick: () => ((showAll = true), render()) }, [
            t('causes.earlier', { count: groups.length - SHOWN_TURNS }),
          ])
        : null,
    ]);
    if (detail.meter !== lastMeter) {
      lastMeter = detail.meter;
      (document.getElementById('causes-title') as HTMLElement | null)?.focus();
    }
  };
  render();
  return store.subscribe((s, p) => {
    if (s.ui.meterDetail !== p.ui.meterDetail || s.game !== p.game) {
      if (!s.ui.meterDetail) lastMeter = '';
      render();
    }
  });
}
