import { html, nothing } from 'lit-html';
import type { RoomLink } from '../../net/classClient';
import { MAX_DEADLINE_SECONDS, MAX_TEXT, MIN_DEADLINE_SECONDS, type RoomStatus } from '../../net/protocol';
import { formatValue, meterList } from '../../present/meterInfo';
import type { Words } from '../../present/words';
import { currentActor, gameTurn, hashValue, readMeter, type Said, type Scenario, scoreAll } from '../../sim';
import type { RemoteSession } from '../../state/remoteSession';
import { clock, moveWords } from '../classroom/classPanel';

/** One room of the class as the console holds it: the server's summary, the teacher's link and the game rebuilt from it. */
export type ConsoleRoom = {
  index: number;
  roomId: string;
  status: RoomStatus | null;
  link: RoomLink | null;
  session: RemoteSession | null;
  problem: Said | null;
  /** The controls' boxes as typed. */
  deadlineText: string;
  eventId: string;
  newsText: string;
};

/** What a room's controls do (the console page sends them to the room). */
export type RoomControls = {
  pause(r: ConsoleRoom, on: boolean): void;
  deadline(r: ConsoleRoom, seconds: number | null): void;
  inject(r: ConsoleRoom, eventId: string): void;
  news(r: ConsoleRoom, text: string): void;
  debrief(r: ConsoleRoom): void;
  download(r: ConsoleRoom): void;
  redraw(): void;
};

/** The meters the console shows per room: the economy's and each power's influence (the scenario's own are on the game's screen). */
function meters(w: Words, sc: Scenario, r: ConsoleRoom) {
  const game = r.session?.snapshot().game;
  if (!game) return nothing;
  const shown = meterList(w, sc).filter((m) => m.group !== 'scenario' && m.id !== 'gdp');
  return html`<dl class="console-meters">
    ${shown.map((m) => html`<div><dt>${m.name}</dt><dd>${formatValue(w, m, readMeter(game, m.id))}${m.unit.startsWith('/') ? m.unit : ''}</dd></div>`)}
  </dl>`;
}

function scores(w: Words, sc: Scenario, r: ConsoleRoom) {
  const game = r.session?.snapshot().game;
  if (!game) return nothing;
  const cards = Object.values(game.over?.scores ?? scoreAll(game, sc));
  return html`<dl class="console-scores">
    ${cards.map((c) => html`<div><dt>${w.actor(c.actor)}</dt><dd>${w.t('console.room.score', { score: Math.round(c.score * 10) / 10, max: c.max })}</dd></div>`)}
  </dl>`;
}

function members(w: Words, r: ConsoleRoom) {
  const ms = r.session?.classroom.view().members ?? [];
  if (ms.length === 0) return html`<p class="hint">${w.t('console.room.nobody')}</p>`;
  return html`<ul class="console-members">
    ${ms.map(
      (m) => html`<li data-online=${m.online ? 'yes' : 'no'}>
        ${m.online ? '●' : '○'} ${w.t(m.online ? 'console.room.memberOnline' : 'console.room.memberAway', { name: m.name, side: w.actor(m.side) })}
      </li>`,
    )}
  </ul>`;
}

function lastMoves(w: Words, r: ConsoleRoom) {
  const s = r.session?.snapshot();
  const moves = r.session?.classroom.view().moves.slice(-5) ?? [];
  if (!s || moves.length === 0) return nothing;
  return html`<ol class="console-moves">
    ${moves.map((x) => {
      const a = s.log[x.first];
      const move = a ? moveWords(w, a) : '';
      return html`<li>${x.by ? w.t('console.room.moveBy', { name: x.by, side: w.actor(x.side ?? undefined), move }) : w.t('console.room.moveAi', { move })}</li>`;
    })}
  </ol>`;
}

/** The room's card: where its game stands, who is there, and the teacher's controls for it. */
export function roomCard(w: Words, sc: Scenario, r: ConsoleRoom, c: RoomControls) {
  const id = (part: string): string => `room-${r.index + 1}-${part}`;
  const s = r.session?.snapshot();
  const view = r.session?.classroom.view();
  const game = s?.game;
  const over = !!game?.over;
  const paused = view?.paused ?? r.status?.paused ?? false;
  const mover = game ? currentActor(game, sc) : undefined;
  const events = sc.events ?? [];
  const pending = r.status?.pendingOffers ?? game?.deals.filter((d) => d.status === 'proposed').length ?? 0;
  return html`<article class="console-room" id=${id('card')} aria-labelledby=${id('title')} data-paused=${paused ? 'yes' : 'no'}>
    <h2 id=${id('title')}>${w.t('console.room.title', { room: r.index + 1 })}</h2>
    ${r.problem ? html`<p class="error" role="alert">${w.say(r.problem)}</p>` : nothing}
    ${
      game
        ? html`<p class="console-room-state" id=${id('state')}>
            ${w.t('hud.turn', { turn: gameTurn(game.setup, game.turn), turns: game.setup.turns })} ·
            ${over ? w.t('console.room.over') : mover ? w.t('watch.status', { actor: w.actor(mover) }) : ''}
            ${paused ? html` · <strong id=${id('paused')}>${w.t('console.room.paused')}</strong>` : nothing}
            ${
              view?.deadline != null && !over
                ? html` · <span id=${id('deadline-left')}>${w.t('console.room.deadlineLeft', { time: clock(view.deadline - Date.now()) })}</span>`
                : nothing
            }
          </p>`
        : html`<p role="status">${w.t('console.room.connecting')}</p>`
    }
    ${
      // The server's hash of its game beside this console's rebuilt copy (a poll may be a move behind while play goes on).
      game && r.status?.hash !== undefined && r.status.hash === hashValue(game)
        ? html`<p class="hint" id=${id('same')}>${w.t('console.room.sameGame')}</p>`
        : nothing
    }
    ${members(w, r)} ${meters(w, sc, r)} ${scores(w, sc, r)}
    <p>${w.t('console.room.pending', { count: pending })}</p>
    ${lastMoves(w, r)}
    ${
      game && !over
        ? html`<div class="console-controls" role="group" aria-label=${w.t('console.room.controls', { room: r.index + 1 })}>
            <button type="button" id=${id('pause')} @click=${() => c.pause(r, !paused)}>${w.t(paused ? 'console.resume' : 'console.pause')}</button>
            <span class="console-control">
              <label for=${id('deadline')}>${w.t('console.deadline')}</label>
              <input id=${id('deadline')} type="number" min=${MIN_DEADLINE_SECONDS} max=${MAX_DEADLINE_SECONDS} step="1" inputmode="numeric" .value=${r.deadlineText}
                aria-describedby=${id('deadline-hint')} @input=${(e: Event) => {
                  r.deadlineText = (e.target as HTMLInputElement).value;
                }} />
              <button type="button" id=${id('deadline-set')} @click=${() => {
                const t = r.deadlineText.trim();
                c.deadline(r, t === '' ? null : Number(t));
              }}>${w.t('console.deadlineSet')}</button>
              <span class="hint" id=${id('deadline-hint')}>${w.t('console.deadlineHint', { min: MIN_DEADLINE_SECONDS, max: MAX_DEADLINE_SECONDS })}</span>
            </span>
            <span class="console-control">
              <label for=${id('event')}>${w.t('console.event')}</label>
              <select id=${id('event')} @change=${(e: Event) => {
                r.eventId = (e.target as HTMLSelectElement).value;
              }}>
                <option value="" ?selected=${r.eventId === ''}>${w.t('console.eventPick')}</option>
                ${events.map((e) => html`<option value=${e.id} ?selected=${r.eventId === e.id}>${w.event(e.id)}</option>`)}
              </select>
              <button type="button" id=${id('inject')} @click=${() => r.eventId && c.inject(r, r.eventId)}>${w.t('console.inject')}</button>
            </span>
            <span class="console-control">
              <label for=${id('news')}>${w.t('console.news')}</label>
              <input id=${id('news')} type="text" maxlength=${MAX_TEXT} .value=${r.newsText} @input=${(e: Event) => {
                r.newsText = (e.target as HTMLInputElement).value;
              }} />
              <button type="button" id=${id('news-send')} @click=${() => {
                if (r.newsText.trim() === '') return;
                c.news(r, r.newsText.trim());
                r.newsText = '';
                c.redraw();
              }}>${w.t('console.newsSend')}</button>
            </span>
          </div>`
        : nothing
    }
    ${
      over
        ? html`<p class="console-debrief">
            <button type="button" class="primary" id=${id('debrief')} @click=${() => c.debrief(r)}>${w.t('console.debrief')}</button>
            <button type="button" id=${id('download')} @click=${() => c.download(r)}>${w.t('console.download')}</button>
          </p>`
        : nothing
    }
  </article>`;
}
