import type { StoreApi } from 'zustand/vanilla';
import { t } from '../i18n/messages';
import { type GameEvent, type Scenario, type SourceRef, textOf, turnDate } from '../sim';
import type { GameStore } from '../state/createGameStore';
import { h, renderInto } from './dom';
import { actionName, actorName, departmentName, eventDef, targetName, termDef } from '../present/names';
import { englishWords } from '../present/words';
import { sourceList } from './sources';

export type NewsItem = {
  turn: number;
  text: string;
  detail?: string;
  actor?: string;
  kind: string;
  sources?: SourceRef[];
  assumption?: string /** The offer this item is about (offers are private to their two parties in hot-seat). */;
  deal?: number;
};

/** Turns a batch of sim events into the sentences of the news, each with its sources. */
export function newsOf(sc: Scenario, events: readonly GameEvent[], startTurn: number): NewsItem[] {
  let turn = startTurn;
  const out: NewsItem[] = [];
  for (const e of events) {
    switch (e.type) {
      case 'TurnStarted':
        turn = e.turn;
        break;
      case 'ActionTaken': {
        const def = sc.actions.find((a) => a.id === e.action);
        out.push({
          turn,
          kind: 'action',
          actor: e.actor,
          text:
            e.target !== undefined
              ? t('news.actionAt', { actor: actorName(sc, e.actor), action: actionName(sc, e.action), target: targetName(sc, e.target) })
              : t('news.action', { actor: actorName(sc, e.actor), action: actionName(sc, e.action) }),
          ...(def?.sources ? { sources: def.sources } : {}),
          ...(def?.assumption ? { assumption: def.assumption } : {}),
        });
        break;
      }
      case 'ProjectCompleted':
        out.push({
          turn,
          kind: 'project',
          actor: e.actor,
          text: e.department
            ? t('news.projectDoneIn', {
                action: actionName(sc, e.action),
                department: departmentName(sc, e.department),
                actor: actorName(sc, e.actor),
              })
            : t('news.projectDone', { action: actionName(sc, e.action), actor: actorName(sc, e.actor) }),
        });
        break;
      case 'ProjectRetired':
        out.push({ turn, kind: 'project', text: t('news.projectRetired', { action: actionName(sc, e.action) }) });
        break;
      case 'EventFired': {
        const ev = eventDef(sc, e.event);
        out.push({
          turn,
          kind: 'event',
          text:
            e.choice !== undefined && e.chooser
              ? t('news.eventWaiting', { title: textOf(e.title), actor: actorName(sc, e.chooser) })
              : t('news.event', { title: textOf(e.title) }),
          ...(ev ? { detail: textOf(ev.text) } : {}),
          ...(ev?.sources ? { sources: ev.sources } : {}),
          ...(ev?.assumption ? { assumption: ev.assumption } : {}),
        });
        break;
      }
      case 'OptionChosen': {
        const ev = eventDef(sc, e.event);
        const opt = ev?.options?.find((o) => o.id === e.option);
        out.push({
          turn,
          kind: 'event',
          actor: e.actor,
          text: t('news.option', {
            actor: actorName(sc, e.actor),
            event: textOf(ev?.title) || e.event,
            option: textOf(opt?.label) || e.option,
          }),
          ...(opt?.sources ? { sources: opt.sources } : {}),
        });
        break;
      }
      case 'DealProposed':
        out.push({
          turn,
          kind: 'deal',
          actor: e.from,
          deal: e.deal,
          text: t('news.dealProposed', {
            from: actorName(sc, e.from),
            to: actorName(sc, e.to),
            terms: e.terms.map((x) => textOf(termDef(sc, x.term)?.name) || x.term).join(', '),
          }),
        });
        break;
      case 'DealSigned':
        out.push({ turn, kind: 'deal', text: t('news.dealSigned', { from: actorName(sc, e.from), to: actorName(sc, e.to) }) });
        break;
      case 'DealRejected':
        out.push({
          turn,
          kind: 'deal',
          actor: e.by,
          deal: e.deal,
          text: e.reason
            ? t('news.dealRejectedWhy', { by: actorName(sc, e.by), reason: englishWords(sc).say(e.reason) })
            : t('news.dealRejected', { by: actorName(sc, e.by) }),
        });
        break;
      case 'DealCountered':
        out.push({ turn, kind: 'deal', actor: e.by, deal: e.deal, text: t('news.dealCountered', { by: actorName(sc, e.by) }) });
        break;
      case 'DealWithdrawn':
        out.push({ turn, kind: 'deal', deal: e.deal, text: t('news.dealWithdrawn') });
        break;
      case 'ObligationEnded':
        out.push({ turn, kind: 'deal', text: t('news.obligationEnded', { term: textOf(termDef(sc, e.term)?.name) || e.term }) });
        break;
      case 'GameEnded':
        out.push({ turn, kind: 'end', text: e.text ? textOf(e.text) : t('news.gameEnded') });
        break;
      default:
        break;
    }
  }
  return out;
}

const SHOWN_TURNS = 6;

/** The story of the game, newest turn first: who did what, what happened, with sources. */
export function mountNewsFeed(root: HTMLElement, store: StoreApi<GameStore>): () => void {
  let items: NewsItem[] = [];
  const render = (): void => {
    const { game, entry, choice } = store.getState();
    if (!game || !entry) return;
    const sc = entry.scenario;
    // Hot-seat: one side's bargaining with a third party is not the other side's to read.
    const viewer = choice?.mode === 'hotseat' ? choice.side : null;
    const privateTo = (i: NewsItem): boolean => {
      if (viewer === null || i.deal === undefined) return false;
      const d = game.deals.find((x) => x.id === i.deal);
      return !!d && d.from !== viewer && d.to !== viewer;
    };
    const shown = items.filter((i) => !privateTo(i));
    const turns = [...new Set(shown.map((i) => i.turn))].sort((a, b) => b - a).slice(0, SHOWN_TURNS);
    renderInto(root, [
      h('h2', { class: 'panel-title' }, [t('news.title')]),
      items.length === 0 ? h('p', { class: 'hint' }, [t('news.empty')]) : null,
      ...turns.map((turn) =>
        h('section', { class: 'news-turn', 'aria-label': turnDate(sc, turn).label }, [
          h('h3', {}, [t('news.turn', { date: turnDate(sc, turn).label })]),
          h(
            'ul',
            { class: 'news' },
            shown
              .filter((i) => i.turn === turn)
              .map((i) => {
                const src = sourceList(sc, i.sources, i.assumption);
                return h('li', { class: `news-item news-${i.kind}${i.actor && i.actor === choice?.side ? ' mine' : ''}` }, [
                  h('span', {}, [i.text]),
                  i.detail ? h('p', { class: 'detail' }, [i.detail]) : null,
                  src ? h('details', { class: 'news-sources' }, [h('summary', {}, [t('news.sources')]), src]) : null,
                ]);
              }),
          ),
        ]),
      ),
    ]);
  };
  render();
  return store.subscribe((s, p) => {
    if (!s.entry || !s.game) return;
    if (s.game.setup !== p.game?.setup) items = [];
    if (s.revision !== p.revision) {
      const start = s.game.setup !== p.game?.setup ? 1 : (p.game?.turn ?? 1);
      items = [...items, ...newsOf(s.entry.scenario, s.lastEvents, start)];
      render();
    } else if (s.choice !== p.choice) render();
  });
}
