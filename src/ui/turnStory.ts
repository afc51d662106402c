import { html, nothing } from 'lit-html';
import { formatDelta, meterInfo, meterSpan } from '../present/meterInfo';
import type { Words } from '../present/words';
import { type Cause, isDepartmentMeter, readMeter, type Scenario } from '../sim';
import type { TurnReport } from '../state/createGameStore';
import { causeLabel, populationShares } from './causes';
import { type NewsItem, newsLine, newsOf } from './news';
import { deltaSignal, type Looking } from './signals';

/** One beat of the story: what happened (a move, an event, a deal, the economy), and what it moved. */
export type Beat = {
  text: string;
  kind: NewsItem['kind'] | 'rule' | 'ongoing';
  /** A move of the side looking. */
  mine: boolean;
  /** The net change of each meter it moved (national; a department's change counts for its share of the population). */
  effects: Map<string, number>;
  /** How much it moved, each meter against its range: the story's order. */
  weight: number;
  order: number;
  /** The cause behind a beat made from meter changes alone (its words wait for the change's sign). */
  cause?: Cause;
};

/** The key a news item and the meter changes it caused share, so the move is told once with its effects. */
function newsKey(i: NewsItem): string | null {
  const e = i.event;
  switch (e.type) {
    case 'ActionTaken':
      return `action|${e.action}|${e.actor}`;
    case 'ProjectCompleted':
      return `project|${e.action}|${e.actor}`;
    case 'EventFired':
    case 'OptionChosen':
      return `event|${e.event}`;
    case 'DealSigned':
      return `deal|${e.deal}`;
    default:
      return null;
  }
}

function causeKey(c: Cause): string {
  switch (c.kind) {
    case 'action':
      return `action|${c.id}|${c.actor ?? ''}`;
    case 'project':
      return `project|${c.id}|${c.actor ?? ''}`;
    case 'event':
      return `event|${c.id}`;
    case 'deal':
      return c.params?.deal !== undefined ? `deal|${c.params.deal}` : `dealrule|${c.id}`;
    case 'rule':
      return `rule|${c.id}`;
    default:
      return `${c.kind}|${c.id}`;
  }
}

/** Beats with no line of news of their own: what the economy did, and moves of earlier turns still at work. */
function ongoingText(w: Words, sc: Scenario, c: Cause, delta: number): string {
  if (c.kind === 'action' || c.kind === 'project') return w.t('signals.story.ongoing', { what: causeLabel(w, sc, c, delta) });
  if (c.kind === 'deal' && c.rule === undefined) return w.t('signals.story.deal', { what: causeLabel(w, sc, c, delta) });
  return causeLabel(w, sc, c, delta);
}

/**
 * The turn as a short story: the reader's own moves first, then every other move, event and deal
 * told once, each with the meters it moved, and what moved on its own (prices settling, a bad
 * harvest), ordered by how much they moved (each meter against its range). `show` filters the news
 * (hot-seat keeps one side's bargaining with the computer private).
 */
export function turnStory(w: Words, at: Looking, r: TurnReport, startTurn: number, show: (n: NewsItem) => boolean): Beat[] {
  const sc = at.sc;
  const shares = populationShares(sc);
  const beats: Beat[] = [];
  const byKey = new Map<string, Beat>();
  for (const n of newsOf(r.events, startTurn)) {
    if (!show(n)) continue;
    const beat: Beat = {
      text: newsLine(w, sc, n).text,
      kind: n.kind,
      mine: at.side !== null && n.actor === at.side,
      effects: new Map(),
      weight: 0,
      order: beats.length,
    };
    beats.push(beat);
    const key = newsKey(n);
    // An event that fired and was answered in the same turn: its effects go with the answer.
    if (key !== null && (!byKey.has(key) || n.event.type === 'OptionChosen')) byKey.set(key, beat);
  }
  for (const e of r.events) {
    if (e.type !== 'MeterChanged') continue;
    const key = causeKey(e.cause);
    let beat = byKey.get(key);
    if (!beat) {
      beat = {
        text: '',
        kind: e.cause.kind === 'rule' ? 'rule' : 'ongoing',
        mine: false,
        effects: new Map(),
        weight: 0,
        order: beats.length,
        cause: e.cause,
      };
      beats.push(beat);
      byKey.set(key, beat);
    }
    const weight = isDepartmentMeter(e.meter) && e.department !== undefined ? (shares[e.department] ?? 0) : 1;
    beat.effects.set(e.meter, (beat.effects.get(e.meter) ?? 0) + (e.to - e.from) * weight);
  }
  for (const b of beats) {
    for (const [id, d] of b.effects) {
      const m = meterInfo(w, sc, id);
      b.weight += Math.abs(d) / meterSpan(m, readMeter(r.after, id));
      if (formatDelta(w, m, d) === '±0') b.effects.delete(id);
    }
    if (b.cause) {
      const net = [...b.effects.values()].reduce((a, d) => a + d, 0);
      const text = ongoingText(w, sc, b.cause, net);
      // A cause's words are a phrase ("prices slowly settle"); as a line of the story it opens with a capital.
      b.text = text.charAt(0).toLocaleUpperCase(w.lang) + text.slice(1);
    }
  }
  // Beats made of meter changes too small to show are left out; news always stays.
  // The reader's own moves open the story (what they did, then what followed); the rest by impact.
  return beats
    .filter((b) => !b.cause || b.effects.size > 0)
    .sort((a, b) => Number(b.mine) - Number(a.mine) || b.weight - a.weight || a.order - b.order);
}

/** How many beats of the economy's own movement the story tells before it sums up the rest. */
const SHOWN_RULES = 5;
const SHOWN_EFFECTS = 4;

function beatView(w: Words, at: Looking, b: Beat) {
  const effects = [...b.effects.entries()]
    .map(([id, d]) => ({ m: meterInfo(w, at.sc, id), d }))
    .sort((x, y) => Math.abs(y.d) / meterSpan(y.m, 1) - Math.abs(x.d) / meterSpan(x.m, 1))
    .slice(0, SHOWN_EFFECTS);
  return html`<li class="story-item story-${b.kind}${b.mine ? ' mine' : ''}" data-kind=${b.kind} data-mine=${b.mine ? 'true' : 'false'}>
    ${b.mine ? html`<span class="tag story-yours">${w.t('signals.story.yours')}</span> ` : nothing}<span class="story-text">${b.text}</span>
    ${
      effects.length > 0
        ? html`<span class="story-effects"
            ><span class="sr-only">${w.t('signals.story.effects')} </span>${effects.map(
              (x) => html`<span class="story-effect" data-meter=${x.m.id}>${x.m.name}${deltaSignal(w, at, x.m, x.d)}</span>`,
            )}</span
          >`
        : nothing
    }
  </li>`;
}

/** The story as a list: the moves and events, then at most a few of the economy's own movements. */
export function storyView(w: Words, at: Looking, beats: readonly Beat[]) {
  if (beats.length === 0) return html`<p>${w.t('signals.story.none')}</p>`;
  const told: Beat[] = [];
  let rules = 0;
  let left = 0;
  for (const b of beats) {
    if (b.kind === 'rule' && rules >= SHOWN_RULES) {
      left++;
      continue;
    }
    if (b.kind === 'rule') rules++;
    told.push(b);
  }
  return html`<p class="meta">${w.t('signals.story.lead')}</p>
    <ol class="story news">
      ${told.map((b) => beatView(w, at, b))}
    </ol>
    ${left > 0 ? html`<p class="meta">${w.t('signals.story.more', { count: left })}</p>` : nothing}`;
}
