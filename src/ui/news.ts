import type { Words } from '../present/words';
import type { GameEvent, Scenario, SourceRef, Text } from '../sim';

type NewsEvent = Extract<
  GameEvent,
  {
    type:
      | 'ActionTaken'
      | 'ProjectCompleted'
      | 'ProjectRetired'
      | 'EventFired'
      | 'OptionChosen'
      | 'DealProposed'
      | 'DealSigned'
      | 'DealRejected'
      | 'DealCountered'
      | 'DealWithdrawn'
      | 'DealUnwound'
      | 'ObligationEnded'
      | 'GameEnded';
  }
>;

/**
 * One item of the news: the event it tells of and the turn it happened in. Kept as data and
 * worded only when shown (`newsLine`), so a change of language rewords the whole story.
 */
export type NewsItem = {
  turn: number;
  event: NewsEvent;
  kind: 'action' | 'project' | 'event' | 'deal' | 'end';
  /** Whose move it was, if anyone's. */
  actor?: string;
  /** The offer this item is about (offers are private to their two parties in hot-seat). */
  deal?: number;
};

export type NewsLine = { text: string; detail?: string; sources?: readonly SourceRef[]; assumption?: Text };

function item(turn: number, e: GameEvent): NewsItem | null {
  switch (e.type) {
    case 'ActionTaken':
    case 'ProjectCompleted':
      return { turn, event: e, kind: e.type === 'ActionTaken' ? 'action' : 'project', actor: e.actor };
    case 'ProjectRetired':
      return { turn, event: e, kind: 'project' };
    case 'EventFired':
      return { turn, event: e, kind: 'event' };
    case 'OptionChosen':
      return { turn, event: e, kind: 'event', actor: e.actor };
    case 'DealProposed':
      return { turn, event: e, kind: 'deal', actor: e.from, deal: e.deal };
    case 'DealSigned':
    case 'ObligationEnded':
      return { turn, event: e, kind: 'deal' };
    case 'DealRejected':
    case 'DealCountered':
      return { turn, event: e, kind: 'deal', actor: e.by, deal: e.deal };
    case 'DealWithdrawn':
      return { turn, event: e, kind: 'deal', deal: e.deal };
    case 'DealUnwound':
      return { turn, event: e, kind: 'deal' };
    case 'GameEnded':
      return { turn, event: e, kind: 'end' };
    default:
      return null;
  }
}

/** The news in a batch of sim events, each item dated by the turn it happened in. */
export function newsOf(events: readonly GameEvent[], startTurn: number): NewsItem[] {
  let turn = startTurn;
  const out: NewsItem[] = [];
  for (const e of events) {
    if (e.type === 'TurnStarted') turn = e.turn;
    const it = item(turn, e);
    if (it) out.push(it);
  }
  return out;
}

function eventLine(w: Words, sc: Scenario, e: Extract<NewsEvent, { type: 'EventFired' | 'OptionChosen' }>): NewsLine {
  const ev = sc.events?.find((x) => x.id === e.event);
  if (e.type === 'OptionChosen') {
    const opt = ev?.options?.find((o) => o.id === e.option);
    const text = w.t('news.option', { actor: w.actor(e.actor), event: w.event(e.event), option: w.text(opt?.label) || e.option });
    return { text, ...(opt?.sources ? { sources: opt.sources } : {}) };
  }
  const title = w.text(e.title);
  const text =
    e.choice !== undefined && e.chooser ? w.t('news.eventWaiting', { title, actor: w.actor(e.chooser) }) : w.t('news.event', { title });
  return { text, ...(ev ? { detail: w.text(ev.text), sources: ev.sources, assumption: ev.assumption } : {}) };
}

function dealLine(w: Words, e: Extract<NewsEvent, { type: `Deal${string}` | 'ObligationEnded' }>): string {
  switch (e.type) {
    case 'DealProposed':
      return w.t('news.dealProposed', {
        from: w.actor(e.from),
        to: w.actor(e.to),
        terms: new Intl.ListFormat(w.lang, { type: 'conjunction' }).format(e.terms.map((x) => w.term(x.term))),
      });
    case 'DealSigned':
      return w.t('news.dealSigned', { from: w.actor(e.from), to: w.actor(e.to) });
    case 'DealRejected':
      return e.reason?.length
        ? w.t('news.dealRejectedWhy', { by: w.actor(e.by), reason: w.say(e.reason) })
        : w.t('news.dealRejected', { by: w.actor(e.by) });
    case 'DealCountered':
      return w.t('news.dealCountered', { by: w.actor(e.by) });
    case 'DealWithdrawn':
      return w.t('news.dealWithdrawn');
    case 'DealUnwound':
      return w.t('news.dealUnwound', {
        deal: e.deal,
        from: w.actor(e.from),
        to: w.actor(e.to),
        term: w.term(e.term),
        cause: w.text(e.cause.label) || w.event(e.cause.id),
      });
    case 'ObligationEnded':
      return w.t('news.obligationEnded', { term: w.term(e.term) });
  }
}

/** A news item in the reader's words, with the sources behind it. */
export function newsLine(w: Words, sc: Scenario, i: NewsItem): NewsLine {
  const e = i.event;
  switch (e.type) {
    case 'ActionTaken': {
      const def = sc.actions.find((a) => a.id === e.action);
      const who = { actor: w.actor(e.actor), action: w.action(e.action) };
      const text = e.target !== undefined ? w.t('news.actionAt', { ...who, target: w.target(e.target) }) : w.t('news.action', who);
      return { text, ...(def ? { sources: def.sources, assumption: def.assumption } : {}) };
    }
    case 'ProjectCompleted': {
      const who = { action: w.action(e.action), actor: w.actor(e.actor) };
      return {
        text: e.department ? w.t('news.projectDoneIn', { ...who, department: w.department(e.department) }) : w.t('news.projectDone', who),
      };
    }
    case 'ProjectRetired':
      return { text: w.t('news.projectRetired', { action: w.action(e.action) }) };
    case 'EventFired':
    case 'OptionChosen':
      return eventLine(w, sc, e);
    case 'GameEnded':
      return { text: e.text ? w.text(e.text) : w.t('news.gameEnded') };
    default:
      return { text: dealLine(w, e) };
  }
}
