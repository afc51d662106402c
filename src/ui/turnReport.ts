import type { StoreApi } from 'zustand/vanilla';
import { t } from '../i18n/messages';
import { type Cause, type GameEvent, type GameState, isDepartmentMeter, readMeter, type Scenario, turnDate } from '../sim';
import type { GameStore } from '../state/createGameStore';
import { causeLabel, populationShares } from './causes';
import { h, renderInto } from './dom';
import { arrow, formatDelta, formatValue, meterList, meterSpan } from './meterInfo';
import { newsOf } from './newsFeed';

type Moved = { id: string; from: number; to: number; causes: { label: string; delta: number }[] };

/** The meters that moved most between two states, each with its main causes from the events. */
export function biggestChanges(sc: Scenario, before: GameState, after: GameState, events: readonly GameEvent[], top = 5): Moved[] {
  const shares = populationShares(sc);
  const moved: (Moved & { weight: number })[] = [];
  for (const m of meterList(sc)) {
    const from = readMeter(before, m.id);
    const to = readMeter(after, m.id);
    const d = to - from;
    if (Math.abs(d) < 1e-6) continue;
    const byCause = new Map<string, { label: string; delta: number }>();
    for (const e of events) {
      if (e.type !== 'MeterChanged' || e.meter !== m.id) continue;
      const c: Cause = e.cause;
      const w = isDepartmentMeter(m.id) && e.department !== undefined ? (shares[e.department] ?? 0) : 1;
      const label = causeLabel(sc, c);
      const key = c.kind === 'rule' ? c.id : label;
      const row = byCause.get(key) ?? { label, delta: 0 };
      row.delta += (e.to - e.from) * w;
      byCause.set(key, row);
    }
    const causes = [...byCause.values()]
      .filter((c) => Math.abs(c.delta) > 1e-6)
      .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta))
      .slice(0, 3);
    moved.push({ id: m.id, from, to, causes, weight: Math.abs(d) / meterSpan(m, from) });
  }
  return moved.sort((a, b) => b.weight - a.weight).slice(0, top);
}

/**
 * After the turn ends: a dialog with what changed most and why, and what happened.
 * Closed with its button or Escape; focus goes back to where play continues.
 */
export function mountTurnReport(root: HTMLElement, store: StoreApi<GameStore>): () => void {
  const dialog = h('dialog', { class: 'turn-report', id: 'turn-report', 'aria-labelledby': 'report-title' });
  root.append(dialog);
  dialog.addEventListener('close', () => {
    const { game, choice } = store.getState();
    const pending = game?.pending.some((p) => p.actor === choice?.side);
    (document.getElementById(pending ? 'events-title' : 'end-turn') as HTMLElement | null)?.focus();
  });

  const show = (before: GameState, after: GameState, events: readonly GameEvent[]): void => {
    const { entry, choice } = store.getState();
    if (!entry) return;
    const sc = entry.scenario;
    const ended = events.find((e) => e.type === 'TurnEnded');
    const turn = ended && ended.type === 'TurnEnded' ? ended.turn : before.turn;
    const moved = biggestChanges(sc, before, after, events);
    const list = meterList(sc);
    // Hot-seat: the report is read by the next player too, so a side's bargaining with the
    // computer's actors stays out of it (offers between the two players are no secret).
    const hotseat = choice?.mode === 'hotseat';
    const open = (id: number | undefined): boolean => {
      const d = id === undefined ? undefined : after.deals.find((x) => x.id === id);
      return !d || (after.actors[d.from]?.controller === 'human' && after.actors[d.to]?.controller === 'human');
    };
    const news = newsOf(sc, events, turn).filter((n) => !hotseat || open(n.deal));
    const waiting = !hotseat && after.pending.some((p) => p.actor === choice?.side);
    renderInto(dialog, [
      h('h2', { id: 'report-title' }, [t('report.title', { date: turnDate(sc, turn).label })]),
      h('p', { class: 'lead' }, [t('report.lead')]),
      h('h3', {}, [t('report.changes')]),
      moved.length === 0
        ? h('p', {}, [t('report.noChange')])
        : h(
            'ol',
            { class: 'report-changes' },
            moved.map((mv) => {
              const m = list.find((x) => x.id === mv.id);
              if (!m) return null;
              const d = mv.to - mv.from;
              const dir = arrow(m, d);
              return h('li', { 'data-meter': m.id }, [
                h('div', { class: 'report-head' }, [
                  h('strong', {}, [m.name]),
                  h('span', { class: `delta ${dir === '▲' ? 'up' : dir === '▼' ? 'down' : 'flat'}` }, [`${dir} ${formatDelta(m, d)}`]),
                  h('span', { class: 'meta' }, [t('report.from', { from: formatValue(m, mv.from), to: formatValue(m, mv.to) })]),
                ]),
                mv.causes.length > 0
                  ? h('p', { class: 'report-causes' }, [
                      t('report.mainCauses'),
                      ' ',
                      mv.causes.map((c) => `${c.label} (${formatDelta(m, c.delta)})`).join('; '),
                    ])
                  : null,
              ]);
            }),
          ),
      h('p', { class: 'hint' }, [t('report.more')]),
      h('h3', {}, [t('report.happened')]),
      news.length === 0
        ? h('p', {}, [t('report.nothing')])
        : h(
            'ul',
            { class: 'news' },
            news.map((n) => h('li', { class: `news-item news-${n.kind}` }, [n.text])),
          ),
      waiting ? h('p', { class: 'warn' }, [t('report.waiting')]) : null,
      h('div', { class: 'buttons' }, [
        h('button', { type: 'button', class: 'primary', id: 'report-close', onclick: () => dialog.close() }, [t('report.close')]),
      ]),
    ]);
    if (!dialog.open) dialog.showModal();
    (document.getElementById('report-close') as HTMLElement | null)?.focus({ preventScroll: true });
    dialog.scrollTop = 0;
  };

  return store.subscribe((s, p) => {
    // The report belongs to the game screen: leaving it (the end, a new game) closes it.
    if (s.ui.screen !== 'game' && dialog.open) dialog.close();
    if (s.revision === p.revision || !s.game || !p.game || s.game.over || s.ui.screen !== 'game') return;
    if (s.game.setup !== p.game.setup) return;
    // Watching the computer play: the game runs on; the news and meters tell the story.
    if (s.choice?.mode === 'watch') return;
    if (!s.lastEvents.some((e) => e.type === 'TurnEnded')) return;
    show(p.game, s.game, s.lastEvents);
  });
}
