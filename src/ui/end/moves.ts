import { html } from 'lit-html';
import { formatDelta, meterInfo } from '../../present/meterInfo';
import type { Words } from '../../present/words';
import { type GameState, type MoveThatMattered, movesThatMattered, type Scenario, type ScoreCard } from '../../sim';
import type { Mount } from '../view';

function moveText(w: Words, game: GameState, m: MoveThatMattered): string {
  if (m.kind === 'broken') return w.t('end.matteredMove', { by: w.actor(m.by), move: w.t('end.matteredBroken', { id: m.deal ?? '' }) });
  if (m.kind === 'deal') {
    const deal = game.deals.find((d) => d.id === m.deal);
    const terms = deal?.terms.map((x) => w.term(x.term)).join(', ') ?? '';
    return w.t('end.matteredDealBetween', { by: w.actor(m.by), with: w.actor(m.with), id: m.deal ?? '', terms });
  }
  return w.t('end.matteredMove', { by: w.actor(m.by), move: w.text(m.label) });
}

export function move(w: Words, sc: Scenario, game: GameState, m: MoveThatMattered) {
  const meters = m.meters
    .slice(0, 3)
    .map((x) => {
      const info = meterInfo(w, sc, x.meter);
      return w.t('end.matteredMeter', { name: info.name, change: formatDelta(w, info, x.change) });
    })
    .join(', ');
  const pts = `${m.points >= 0 ? '▲' : '▼'} ${w.t('end.matteredPoints', { points: w.signed(m.points, 1) })}`;
  // One line of inline text: the debrief is read, printed and copied as sentences.
  return html`<li class=${m.points >= 0 ? 'helped' : 'hurt'}><strong class="pts">${pts}</strong> ${moveText(w, game, m)}<span class="meters"> — ${w.t('end.matteredMeters', { list: meters })}</span></li>`;
}

/** Per side, the few moves (by anyone) that added or took the most points, with the meters they moved. */
export function matteredSection(w: Words, m: Mount, sc: Scenario, game: GameState, cards: readonly ScoreCard[]) {
  return html`<section class="end-section" aria-labelledby=${m.id('end-mattered')}>
    <h2 id=${m.id('end-mattered')}>${w.t('end.mattered')}</h2>
    <p class="note">${w.t('end.matteredNote')}</p>
    <div class="mattered">
      ${cards.map((c) => {
        const moves = movesThatMattered(game, sc, c.actor, 5);
        return html`<div class="mattered-side">
          <h3>${w.t('end.matteredFor', { actor: w.actor(c.actor) })}</h3>
          ${
            moves.length === 0
              ? html`<p>${w.t('end.matteredNone')}</p>`
              : html`<ol class="mattered-list">
                  ${moves.map((x) => move(w, sc, game, x))}
                </ol>`
          }
        </div>`;
      })}
    </div>
  </section>`;
}
