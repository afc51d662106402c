import { html, nothing } from 'lit-html';
import type { StoreApi } from 'zustand/vanilla';
import type { MessageKey } from '../../i18n/catalogue';
import type { Words } from '../../present/words';
import type { Action } from '../../sim';
import type { ClassMessage, ClassroomView } from '../../state/classroom';
import { MAX_CLASS_MESSAGE } from '../../state/classroom';
import type { GameStore } from '../../state/createGameStore';
import { type Mount, mountView } from '../view';
import './classroom.css';

/** A move in a few words: the action's name for a catalogue action, else what kind of move it was. */
export function moveWords(w: Words, a: Action): string {
  if (a.type === 'takeAction') return w.action(a.action);
  if (a.type === 'fireEvent') return w.t('classroom.move.fireEvent', { event: w.event(a.event) });
  if (a.type === 'proposeDeal') return w.t('classroom.move.proposeDeal', { to: w.actor(a.to) });
  if (a.type === 'respondDeal') return w.t(a.response === 'accept' ? 'classroom.move.accept' : 'classroom.move.reject');
  return w.t(`classroom.move.${a.type}` as MessageKey);
}

/** "1:05": minutes and seconds left. */
export function clock(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

function classLine(w: Words, m: Mount, c: ClassroomView) {
  const online = c.members.filter((x) => x.online);
  const team = online.filter((x) => x.side === c.side).map((x) => x.name);
  return html`<p class="class-line" id=${m.id('class-line')}>
    <span>${w.t('classroom.line.code', { code: c.code })}</span>
    <span>${w.t('classroom.line.room', { room: c.room + 1 })}</span>
    <span>${c.side ? w.t('classroom.line.seat', { side: w.actor(c.side), name: c.name }) : w.t('classroom.line.teacher')}</span>
    <span title=${team.join(', ')}>${w.t('classroom.line.online', { count: online.length, team: team.length })}</span>
    <span class="class-connection" data-state=${c.connection}>${w.t(`classroom.connection.short.${c.connection}` as MessageKey)}</span>
  </p>`;
}

function banners(w: Words, m: Mount, c: ClassroomView, now: number) {
  return html`${
    c.paused
      ? html`<p class="class-paused" role="status" id=${m.id('class-paused')}><strong>${w.t('classroom.paused')}</strong> ${w.t('classroom.pausedHint')}</p>`
      : nothing
  }
  ${
    c.deadline !== null && !c.ended
      ? html`<p class="class-deadline" id=${m.id('class-deadline')} data-soon=${c.deadline - now < 30_000 ? 'yes' : 'no'}>
          ${w.t('classroom.deadline', { time: clock(c.deadline - now) })}
        </p>`
      : nothing
  }
  ${c.problem ? html`<p class="class-problem" role="alert" id=${m.id('class-problem')}>${w.say(c.problem)}</p>` : nothing}`;
}

function movesList(s: GameStore, w: Words, m: Mount, c: ClassroomView) {
  // Who did each of the team's moves (a move is its first action; the computer players' replies follow it).
  const mine = c.moves.filter((x) => x.side === c.side && x.by !== null).slice(-6);
  if (mine.length === 0) return nothing;
  return html`<details class="class-moves">
    <summary>${w.t('classroom.moves')}</summary>
    <ol id=${m.id('class-moves')}>
      ${mine.map((x) => {
        const a = s.log[x.first];
        return html`<li>${w.t('classroom.moveBy', { name: x.by ?? '', move: a ? moveWords(w, a) : '' })}</li>`;
      })}
    </ol>
  </details>`;
}

function messageItem(w: Words, x: ClassMessage) {
  return html`<li><span class="meta">${w.t('classroom.messageFrom', { name: x.by, from: w.actor(x.from), to: w.actor(x.to) })}</span> ${x.text}</li>`;
}

function newsList(w: Words, m: Mount, c: ClassroomView) {
  if (c.news.length === 0) return nothing;
  const last = c.news[c.news.length - 1];
  return html`<p class="class-news" id=${m.id('class-news')} aria-live="polite"><strong>${w.t('classroom.news')}</strong> ${last?.text ?? ''}</p>`;
}

/**
 * The class around a game played on a class server: the class line (code, room, seat, who is
 * online, the connection), a pause banner, the turn's deadline counting down, who did the
 * team's moves, the teacher's news and the private messages with the other team. Shows nothing
 * for a game on this device.
 */
export function mountClassPanel(root: HTMLElement, store: StoreApi<GameStore>): () => void {
  let draft = '';
  let to: string | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;
  const tick = (m: Mount, on: boolean): void => {
    if (on && timer === null) timer = setInterval(() => m.refresh(), 1000);
    if (!on && timer !== null) {
      clearInterval(timer);
      timer = null;
    }
  };
  const off = mountView(
    root,
    store,
    (s) => [s.classroom, s.log, s.ui.screen],
    (s, w, m) => {
      const c = s.classroom;
      root.hidden = !c;
      tick(m, !!c && c.deadline !== null && !c.ended);
      if (!c) return nothing;
      const others = c.teams.filter((t) => t !== c.side);
      const target = to !== null && others.includes(to) ? to : (others[0] ?? null);
      const send = (e: Event): void => {
        e.preventDefault();
        const link = store.getState().session?.classroom;
        if (target && link?.sendMessage(target, draft)) {
          draft = '';
          m.refresh();
        }
      };
      return html`<section class="class-panel" aria-label=${w.t('classroom.panel')}>
        ${classLine(w, m, c)} ${banners(w, m, c, Date.now())} ${newsList(w, m, c)}
        <div class="class-columns">
          ${movesList(s, w, m, c)}
          <details class="class-messages">
            <summary>${w.t('classroom.messages', { count: c.messages.length })}</summary>
            <ul id=${m.id('class-messages')} aria-live="polite">${c.messages.slice(-20).map((x) => messageItem(w, x))}</ul>
            ${
              c.side && target && !c.ended
                ? html`<form class="class-message-form" @submit=${send}>
                    ${
                      others.length > 1
                        ? html`<label for=${m.id('class-message-to')}>${w.t('classroom.messageTo')}</label>
                          <select id=${m.id('class-message-to')} @change=${(e: Event) => {
                            to = (e.target as HTMLSelectElement).value;
                          }}>${others.map((o) => html`<option value=${o} ?selected=${o === target}>${w.actor(o)}</option>`)}</select>`
                        : nothing
                    }
                    <label for=${m.id('class-message-text')}>${w.t('classroom.messageLabel', { to: w.actor(target) })}</label>
                    <textarea id=${m.id('class-message-text')} rows="2" maxlength=${MAX_CLASS_MESSAGE} .value=${draft}
                      aria-describedby=${m.id('class-message-hint')} @input=${(e: Event) => {
                        draft = (e.target as HTMLTextAreaElement).value;
                      }}></textarea>
                    <p class="hint" id=${m.id('class-message-hint')}>${w.t('classroom.messageHint')}</p>
                    <button type="submit" id=${m.id('class-message-send')}>${w.t('classroom.messageSend')}</button>
                  </form>`
                : nothing
            }
          </details>
        </div>
      </section>`;
    },
  );
  return () => {
    if (timer !== null) clearInterval(timer);
    off();
  };
}

/** The debrief's part for a class game: every team's private messages, opened to all at the end. */
export function classDebrief(s: GameStore, w: Words, m: Mount) {
  const c = s.classroom;
  if (!c) return nothing;
  return html`<section class="end-section class-debrief" aria-labelledby=${m.id('class-debrief-title')}>
    <h2 id=${m.id('class-debrief-title')}>${w.t('classroom.debrief')}</h2>
    ${
      c.messages.length === 0
        ? html`<p>${w.t('classroom.debriefNone')}</p>`
        : html`<ul id=${m.id('class-debrief-messages')}>${c.messages.map((x) => messageItem(w, x))}</ul>`
    }
  </section>`;
}
