import type { StoreApi } from 'zustand/vanilla';
import { signed } from '../present/format';
import { t } from '../i18n/messages';
import {
  type DecisionRecord,
  type GameState,
  type MoveThatMattered,
  movesThatMattered,
  type Scenario,
  type ScoreCard,
  scoreAll,
  textOf,
  turnDate,
} from '../sim';
import type { GameStore } from '../state/createGameStore';
import { lineChart } from './charts';
import { h, renderInto } from './dom';
import { formatDelta, formatValue, meterInfo, meterList } from './meterInfo';
import { actionName, actorName, eventDef, objectiveText, targetName, termDef } from '../present/names';

function decisionText(sc: Scenario, d: DecisionRecord): string {
  switch (d.kind) {
    case 'action':
      return d.detail
        ? t('end.decision.actionAt', { action: actionName(sc, d.id), target: targetName(sc, d.detail) })
        : t('end.decision.action', { action: actionName(sc, d.id) });
    case 'chooseOption': {
      const ev = eventDef(sc, d.id);
      const opt = ev?.options?.find((o) => o.id === d.detail);
      return t('end.decision.chooseOption', { event: textOf(ev?.title) || d.id, option: textOf(opt?.label) || (d.detail ?? '') });
    }
    case 'proposeDeal':
      return t('end.decision.proposeDeal', { detail: d.detail ? `→ ${d.detail.replace(/^to /, '')}` : '' });
    case 'rejectDeal':
      return t('end.decision.rejectDeal', { id: d.id });
    case 'signDeal':
      return t('end.decision.signDeal', { id: d.id });
    default:
      return t('end.decision.other', { kind: d.kind, id: d.id });
  }
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

function moveText(sc: Scenario, game: GameState, m: MoveThatMattered): string {
  if (m.kind === 'deal' || m.kind === 'broken') {
    const deal = game.deals.find((d) => d.id === m.deal);
    const terms = deal?.terms.map((x) => textOf(termDef(sc, x.term)?.name) || x.term).join(', ') ?? '';
    if (m.kind === 'broken') return t('end.matteredMove', { by: actorName(sc, m.by), move: t('end.matteredBroken', { id: m.deal ?? '' }) });
    return t('end.matteredDealBetween', { by: actorName(sc, m.by), with: actorName(sc, m.with), id: m.deal ?? '', terms });
  }
  return t('end.matteredMove', { by: actorName(sc, m.by), move: textOf(m.label) });
}

/** Per side, the few moves (by anyone) that added or took the most points, with the meters they moved. */
function matteredSection(sc: Scenario, game: GameState, cards: ScoreCard[]): HTMLElement {
  return h('section', { class: 'end-section', 'aria-labelledby': 'end-mattered' }, [
    h('h2', { id: 'end-mattered' }, [t('end.mattered')]),
    h('p', { class: 'note' }, [t('end.matteredNote')]),
    h(
      'div',
      { class: 'mattered' },
      cards.map((c) => {
        const moves = movesThatMattered(game, sc, c.actor, 5);
        return h('div', { class: 'mattered-side' }, [
          h('h3', {}, [t('end.matteredFor', { actor: actorName(sc, c.actor) })]),
          moves.length === 0
            ? h('p', {}, [t('end.matteredNone')])
            : h(
                'ol',
                { class: 'mattered-list' },
                moves.map((m) =>
                  h('li', { class: m.points >= 0 ? 'helped' : 'hurt' }, [
                    h('strong', { class: 'pts' }, [
                      `${m.points >= 0 ? '▲' : '▼'} ${t('end.matteredPoints', { points: signed(m.points, 1) })}`,
                    ]),
                    ' ',
                    moveText(sc, game, m),
                    h('span', { class: 'meters' }, [
                      ` — ${t('end.matteredMeters', {
                        list: m.meters
                          .slice(0, 3)
                          .map((x) => {
                            const info = meterInfo(sc, x.meter);
                            return `${info.name} ${formatDelta(info, x.change)}`;
                          })
                          .join(', '),
                      })}`,
                    ]),
                  ]),
                ),
              ),
        ]);
      }),
    ),
  ]);
}

function scoreCard(sc: Scenario, card: ScoreCard, mine: boolean): HTMLElement {
  const name = actorName(sc, card.actor);
  return h(
    'section',
    { class: `score-card${card.won ? ' won' : ' lost'}${mine ? ' mine' : ''}`, 'aria-labelledby': `score-${card.actor}` },
    [
      h('h3', { id: `score-${card.actor}` }, [`${card.won ? '★ ' : ''}${name}`]),
      h('p', { class: 'verdict-line' }, [
        t(card.won ? 'end.won' : 'end.lost', { actor: name, score: round1(card.score), max: card.max, winAt: card.winAt }),
      ]),
      h('table', { class: 'scores' }, [
        h('thead', {}, [
          h('tr', {}, [
            h('th', { scope: 'col' }, [t('end.objective')]),
            h('th', { scope: 'col' }, [t('end.points')]),
            h('th', { scope: 'col' }, [t('end.met')]),
          ]),
        ]),
        h(
          'tbody',
          {},
          card.lines.map((l) =>
            h('tr', {}, [
              h('td', {}, [objectiveText(sc, card.actor, l.objective)]),
              h('td', { class: 'num' }, [`${round1(l.points)} / ${l.max}`]),
              h('td', { class: l.met ? 'met' : l.points > 0 ? 'partial' : 'unmet' }, [
                l.met ? t('end.yes') : l.points > 0 ? t('end.partial') : t('end.no'),
              ]),
            ]),
          ),
        ),
      ]),
    ],
  );
}

/**
 * The debrief: scores against the objectives and who won, the moves that mattered most,
 * the meters over the game, the timeline of decisions, and the scenario's learning objectives and questions.
 * Printable for a class.
 */
export function mountEndScreen(root: HTMLElement, store: StoreApi<GameStore>): () => void {
  const render = (): void => {
    const { game, entry, choice, ui } = store.getState();
    root.hidden = ui.screen !== 'end';
    if (ui.screen !== 'end' || !game || !entry || !choice) return;
    const sc = entry.scenario;
    const scores = game.over?.scores ?? scoreAll(game, sc);
    const lastDate = turnDate(sc, game.turn).label;
    const collapse = game.over?.reason === 'collapse' ? sc.endConditions?.find((e) => e.id === game.over?.endCondition) : undefined;
    const cards = Object.values(scores).sort((a, b) => (a.actor === choice.side ? -1 : b.actor === choice.side ? 1 : 0));
    const meters = meterList(sc);
    const start = turnDate(sc, 1).label;
    const byTurn = new Map<number, DecisionRecord[]>();
    for (const d of game.decisions) byTurn.set(d.turn, [...(byTurn.get(d.turn) ?? []), d]);
    const series = (id: string): number[] => game.history.map((s) => s.national[id] ?? 0);
    renderInto(root, [
      h('div', { class: 'end-inner' }, [
        h('header', { class: 'end-head' }, [
          h('h1', { id: 'end-title', tabindex: '-1' }, [t('end.title', { scenario: textOf(sc.title) })]),
          h('p', { class: 'winners' }, [
            cards.some((c) => c.won)
              ? t('end.winners', {
                  list: cards
                    .filter((c) => c.won)
                    .map((c) => actorName(sc, c.actor))
                    .join(', '),
                })
              : t('end.noWinner'),
          ]),
          h('p', {}, [collapse ? t('end.reasonCollapse', { text: textOf(collapse.text) }) : t('end.reasonLength', { date: lastDate })]),
          h('p', { class: 'meta' }, [
            choice.mode === 'watch'
              ? t('end.watched')
              : choice.mode === 'hotseat'
                ? t('end.twoPlayers', {
                    actors: sc.actors
                      .filter((a) => a.playable)
                      .map((a) => actorName(sc, a.id))
                      .join(' & '),
                  })
                : t('end.you', { actor: actorName(sc, choice.side) }),
            ' ',
            t('end.seed', { scenario: sc.id, seed: game.setup.seed, turns: game.setup.turns }),
          ]),
          h('div', { class: 'buttons no-print' }, [
            h('button', { type: 'button', class: 'primary', id: 'new-game', onclick: () => store.getState().toStart() }, [t('end.again')]),
            h(
              'button',
              {
                type: 'button',
                id: 'replay',
                onclick: () => store.getState().startGame({ ...choice, seed: game.setup.seed, turns: game.setup.turns }),
              },
              [t('end.replay')],
            ),
            h('button', { type: 'button', id: 'print', onclick: () => window.print() }, [t('end.print')]),
          ]),
        ]),
        h('section', { class: 'end-section', 'aria-labelledby': 'end-scores' }, [
          h('h2', { id: 'end-scores' }, [t('end.scores')]),
          h(
            'div',
            { class: 'score-cards' },
            cards.map((c) => scoreCard(sc, c, c.actor === choice.side && choice.mode !== 'watch')),
          ),
        ]),
        matteredSection(sc, game, cards),
        sc.learning
          ? h('section', { class: 'end-section learning', 'aria-labelledby': 'end-questions' }, [
              h('h2', { id: 'end-questions' }, [t('end.questions')]),
              h(
                'ol',
                { class: 'questions' },
                sc.learning.questions.map((q) => h('li', {}, [textOf(q)])),
              ),
              h('h2', {}, [t('end.learning')]),
              h(
                'ul',
                {},
                sc.learning.objectives.map((q) => h('li', {}, [textOf(q)])),
              ),
            ])
          : null,
        h('section', { class: 'end-section', 'aria-labelledby': 'end-charts' }, [
          h('h2', { id: 'end-charts' }, [t('end.charts')]),
          h(
            'div',
            { class: 'charts' },
            meters.map((m) => {
              const v = series(m.id);
              const fmtV = (x: number): string => formatValue(m, x);
              return lineChart(
                m.name,
                v,
                [start, lastDate],
                fmtV,
                t('end.chart', { name: m.name, from: fmtV(v[0] ?? 0), to: fmtV(v[v.length - 1] ?? 0) }),
              );
            }),
          ),
        ]),
        h('section', { class: 'end-section', 'aria-labelledby': 'end-timeline' }, [
          h('h2', { id: 'end-timeline' }, [t('end.timeline')]),
          game.decisions.length === 0 ? h('p', {}, [t('end.timelineEmpty')]) : null,
          h(
            'ol',
            { class: 'timeline' },
            [...byTurn.entries()].map(([turn, list]) =>
              h('li', {}, [
                h('strong', { class: 'when' }, [turnDate(sc, turn).label]),
                h(
                  'ul',
                  {},
                  list.map((d) =>
                    h('li', { class: d.actor === choice.side ? 'mine' : '' }, [
                      h('span', { class: 'who' }, [actorName(sc, d.actor)]),
                      ': ',
                      decisionText(sc, d),
                    ]),
                  ),
                ),
              ]),
            ),
          ),
        ]),
      ]),
    ]);
    (document.getElementById('end-title') as HTMLElement | null)?.focus();
  };
  render();
  return store.subscribe((s, p) => {
    if (s.ui.screen !== p.ui.screen || (s.ui.screen === 'end' && s.game !== p.game)) render();
  });
}
