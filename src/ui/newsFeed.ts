import { html, nothing } from 'lit-html';
import type { StoreApi } from 'zustand/vanilla';
import type { Words } from '../present/words';
import { firstTurn, type GameState, type Scenario } from '../sim';
import type { GameStore } from '../state/createGameStore';
import { type NewsItem, newsLine, newsOf } from './news';
import { sourceCount, sourceList } from './sources';
import { turnLabel } from './turnLabel';
import { type MountOptions, mountView } from './view';

export { type NewsItem, newsLine, newsOf } from './news';

const SHOWN_TURNS = 6;

function newsEntry(w: Words, sc: Scenario, i: NewsItem, side: string | undefined) {
  const line = newsLine(w, sc, i);
  return html`<li class="news-item news-${i.kind}${i.actor && i.actor === side ? ' mine' : ''}">
    <span>${line.text}</span>
    ${line.detail ? html`<p class="detail">${line.detail}</p>` : nothing}
    ${
      sourceCount(line.sources, line.assumption) > 0
        ? html`<details class="news-sources">
            <summary>${w.t('news.sources')}</summary>
            ${sourceList(w, sc, line.sources, line.assumption)}
          </details>`
        : nothing
    }
  </li>`;
}

/** Hot-seat: one side's bargaining with a third party is not the other side's to read. */
function visible(s: GameStore, game: GameState, items: readonly NewsItem[]): NewsItem[] {
  const viewer = s.choice?.mode === 'hotseat' ? s.choice.side : null;
  if (viewer === null) return [...items];
  return items.filter((i) => {
    const d = i.deal === undefined ? undefined : game.deals.find((x) => x.id === i.deal);
    return !d || d.from === viewer || d.to === viewer;
  });
}

/** The story of the game, newest turn first: who did what, what happened, with sources. */
export function mountNewsFeed(root: HTMLElement, store: StoreApi<GameStore>, options: MountOptions = {}): () => void {
  // The story so far, gathered from each batch of events (the state keeps no event log); it
  // subscribes before the view, so each render already holds the batch that caused it.
  let items: NewsItem[] = [];
  // A replay shows the news as it stood at the turn shown; the game it covers gets its own back after.
  let beforeReplay: { setup: unknown; items: NewsItem[] } | null = null;
  const off = store.subscribe((s, p) => {
    if (!s.entry || !s.game) return;
    if (s.replay) {
      if (!p.replay) beforeReplay = { setup: p.game?.setup, items };
      if (s.replay !== p.replay) items = newsOf(s.replay.news, firstTurn(s.game.setup));
      return;
    }
    if (p.replay && beforeReplay?.setup === s.game.setup) {
      items = beforeReplay.items;
      beforeReplay = null;
      return;
    }
    beforeReplay = null;
    const fresh = s.game.setup !== p.game?.setup;
    if (fresh) items = [];
    if (s.revision !== p.revision) items = [...items, ...newsOf(s.lastEvents, fresh ? 1 : (p.game?.turn ?? 1))];
  });
  const unmount = mountView(
    root,
    store,
    (s) => [s.revision, s.choice, s.entry],
    (s, w) => {
      const { game, entry } = s;
      if (!game || !entry) return nothing;
      const sc = entry.scenario;
      const shown = visible(s, game, items);
      const turns = [...new Set(shown.map((i) => i.turn))].sort((a, b) => b - a).slice(0, SHOWN_TURNS);
      return html`<h2 class="panel-title">${w.t('news.title')}</h2>
        ${items.length === 0 ? html`<p class="hint">${w.t('news.empty')}</p>` : nothing}
        ${turns.map((turn) => {
          const date = turnLabel(w, sc, turn);
          return html`<section class="news-turn" aria-label=${date}>
            <h3>${w.t('news.turn', { date })}</h3>
            <ul class="news">
              ${shown.filter((i) => i.turn === turn).map((i) => newsEntry(w, sc, i, s.choice?.side))}
            </ul>
          </section>`;
        })}`;
    },
    options,
  );
  return () => {
    off();
    unmount();
  };
}
