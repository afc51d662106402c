import { html, nothing, render } from 'lit-html';
import { api, classWelcome, openRoom } from '../../net/classClient';
import { type ClassSetup, type ClassStatus, type CreatedClass, MAX_DEADLINE_SECONDS, MIN_DEADLINE_SECONDS } from '../../net/protocol';
import { type Words, words } from '../../present/words';
import { type Said, said } from '../../sim';
import type { ScenarioEntry } from '../../state/gameChoice';
import { rebuild, remoteSession } from '../../state/remoteSession';
import { handOverReplay, REPLAY_HANDOVER_KEY } from '../../state/replayHandOver';
import { saveFileName, saveGame } from '../../state/saveFile';
import type { ScenarioCard } from '../../state/scenarioCard';
import { COMPARE_HREF } from '../compare/link';
import { downloadText } from '../download';
import { type CreateForm, createFormView, newCreateForm, setupOf } from './createForm';
import { type ConsoleRoom, type RoomControls, roomCard } from './roomCard';
import '../classroom/classroom.css';
import '../setup/setupPage.css';
import './console.css';

/** Fetches and checks a scenario as the game does (the card's hash). */
export type EntryLoader = (id: string) => Promise<ScenarioEntry | Said>;

type Page = {
  base: string;
  code: string;
  key: string;
  status: ClassStatus | null;
  entry: ScenarioEntry | null;
  rooms: ConsoleRoom[];
  problem: Said | null;
  allNews: string;
  confirmEnd: boolean;
};

const POLL_MS = 3000;

/**
 * The teacher's console (console.html): without a class in its address, the form that creates
 * one; with `?class=CODE&key=KEY`, every room of the class on one screen (where each game stands,
 * who is there, meters, scores, pending offers, last moves) with the controls for each room and
 * for all: pause and resume, a deadline per turn, an event brought in, a news line, and the end of
 * the game, after which each room's debrief opens in the game page and its save downloads for the
 * team comparison. A plain document: no store, no map; the teacher joins every room as teacher.
 */
export function mountConsolePage(root: HTMLElement, lang: string, cards: readonly ScenarioCard[], load: EntryLoader): void {
  const doc = root.ownerDocument;
  doc.body.classList.add('setup-page', 'console-page');
  const pw = words(lang);
  doc.documentElement.lang = pw.lang;
  doc.title = pw.t('console.pageTitle');
  const listed = cards.filter((c) => c.face.listed !== false);
  const q = new URLSearchParams(location.search);
  const page: Page = {
    base: location.origin,
    code: (q.get('class') ?? '').trim().toUpperCase(),
    key: (q.get('key') ?? '').trim(),
    status: null,
    entry: null,
    rooms: [],
    problem: null,
    allNews: '',
    confirmEnd: false,
  };
  const first = listed.find((c) => c.id === 'paz-pivot') ?? listed[0];
  let form: CreateForm | null = first ? newCreateForm(first) : null;

  const w = (): Words => words(lang, page.entry?.scenario ?? null);
  const draw = (): void => {
    const ww = w();
    render(
      html`<nav class="setup-bar no-print"><a href="./" id="console-back">${ww.t('setup.back')}</a></nav>
        <main class="setup-main console-main" aria-labelledby="console-title">
          <h1 id="console-title">${ww.t('console.title')}</h1>
          ${page.problem ? html`<p class="error" role="alert" id="console-problem">${ww.say(page.problem)}</p>` : nothing}
          ${page.code && page.key ? classView(ww) : form ? createFormView(lang, listed, form, setForm, () => void create()) : nothing}
        </main>`,
      root,
    );
  };
  const setForm = (patch: Partial<CreateForm>): void => {
    if (form) Object.assign(form, patch);
    draw();
  };

  const create = async (): Promise<void> => {
    if (!form || form.busy) return;
    const r = setupOf(form);
    if (!r.ok) return setForm({ problem: r.problem });
    setForm({ busy: true, problem: null });
    const made = await api<CreatedClass>(page.base, '/api/classes', { body: r.setup satisfies ClassSetup });
    if (!made.ok) return setForm({ busy: false, problem: made.said });
    page.code = made.value.code;
    page.key = made.value.teacherKey;
    // The address now opens this class's console again (bookmark it; it holds the teacher key).
    history.replaceState(null, '', `${location.pathname}?class=${encodeURIComponent(page.code)}&key=${encodeURIComponent(page.key)}`);
    form = null;
    void open();
  };

  // ── the class ──
  const poll = async (): Promise<void> => {
    const r = await api<ClassStatus>(page.base, `/api/classes/${encodeURIComponent(page.code)}`, { key: page.key });
    if (!r.ok) {
      page.problem = r.said;
      return draw();
    }
    page.problem = null;
    page.status = r.value;
    for (const st of r.value.rooms) {
      const room = page.rooms.find((x) => x.index === st.room);
      if (room) room.status = st;
    }
    draw();
  };

  const joinRoom = async (room: ConsoleRoom, entry: ScenarioEntry): Promise<void> => {
    try {
      const link = await openRoom(page.base, room.roomId, { code: page.code, teacherKey: page.key });
      const welcome = classWelcome(link.welcome, Date.now());
      const built = rebuild(entry, welcome);
      if (!built.ok) {
        room.problem = built.problem;
        return draw();
      }
      room.link = link;
      room.session = remoteSession(entry, welcome, link.wire);
      room.session.onChange(draw);
      room.session.classroom.onChange(draw);
      room.problem = null;
    } catch (e) {
      room.problem = (e as Said).key ? (e as Said) : said('classroom.join.unreachable');
    }
    draw();
  };

  const open = async (): Promise<void> => {
    draw();
    await poll();
    const st = page.status;
    if (!st) return;
    const entry = await load(st.setup.scenarioId);
    if ('key' in entry) {
      page.problem = entry;
      return draw();
    }
    page.entry = entry;
    page.rooms = st.rooms.map((r) => ({
      index: r.room,
      roomId: r.roomId,
      status: r,
      link: null,
      session: null,
      problem: null,
      deadlineText: r.deadlineAt === null ? '' : '',
      eventId: '',
      newsText: '',
    }));
    await Promise.all(page.rooms.map((r) => joinRoom(r, entry)));
    setInterval(() => void poll(), POLL_MS);
    // The rooms' deadlines count down on screen between the server's news.
    setInterval(() => {
      if (page.rooms.some((r) => r.session?.classroom.view().deadline != null)) draw();
    }, 1000);
  };

  const saveOf = (r: ConsoleRoom): { text: string; name: string } | null => {
    const s = r.session?.snapshot();
    if (!s) return null;
    const save = saveGame(
      s.entry,
      { ...s.choice, team: pw.t('console.room.title', { room: r.index + 1 }) },
      s.game,
      s.log,
      new Date().toISOString(),
    );
    return save ? { text: JSON.stringify(save), name: saveFileName(save) } : null;
  };
  const controls: RoomControls = {
    pause: (r, on) => r.link?.send(on ? 'pause' : 'resume', {}),
    deadline: (r, seconds) => {
      if (seconds !== null && !(Number.isInteger(seconds) && seconds >= MIN_DEADLINE_SECONDS && seconds <= MAX_DEADLINE_SECONDS)) {
        r.problem = said('console.deadlineBad', { min: MIN_DEADLINE_SECONDS, max: MAX_DEADLINE_SECONDS });
        return draw();
      }
      r.problem = null;
      r.link?.send('deadline', { seconds });
      draw();
    },
    inject: (r, eventId) => r.link?.send('injectEvent', { eventId }),
    news: (r, text) => r.link?.send('news', { text }),
    debrief: (r) => {
      const s = saveOf(r);
      // The game page opens the save's replay (src/state/replayHandOver.ts); a new tab (it copies this
      // tab's storage) keeps this console open, and the hand-over is then cleared here.
      if (!s || !handOverReplay(s.text, s.name)) return;
      window.open('index.html', '_blank');
      try {
        sessionStorage.removeItem(REPLAY_HANDOVER_KEY);
      } catch {
        // storage that cannot be cleared: the next game page of this tab would open the same replay, nothing else
      }
    },
    download: (r) => {
      const s = saveOf(r);
      if (s) downloadText(s.name, s.text, 'application/json');
    },
    redraw: () => draw(),
  };
  const everyRoom = (f: (r: ConsoleRoom) => void): void => {
    for (const r of page.rooms) f(r);
  };

  const classView = (ww: Words) => {
    const st = page.status;
    const sc = page.entry?.scenario;
    const over = page.rooms.length > 0 && page.rooms.every((r) => !!r.session?.snapshot().game.over);
    const joinAt = `${page.base}/`;
    return html`<section class="console-class" aria-labelledby="console-class-title">
        <h2 id="console-class-title">${ww.t('console.class', { code: page.code })}</h2>
        <p class="console-code">${ww.t('console.codeFor')} <strong id="console-code">${page.code}</strong></p>
        <p>${ww.t('console.studentsJoin', { address: joinAt, code: page.code })}</p>
        <p class="hint">${ww.t('console.keyHint')} <code id="console-teacher-link">${location.href}</code></p>
        ${st ? html`<p>${ww.t('console.summary', { rooms: st.rooms.length, teams: st.setup.teams.map((t) => ww.actor(t)).join(', ') })}</p>` : nothing}
      </section>
      ${
        sc && page.rooms.length > 0
          ? html`<section class="console-all" aria-labelledby="console-all-title">
              <h2 id="console-all-title">${ww.t('console.all')}</h2>
              ${
                over
                  ? html`<p>${ww.t('console.overAll')} <a href=${COMPARE_HREF} target="_blank" rel="noopener" id="console-compare">${ww.t('console.compare')}</a></p>
                      <p class="hint">${ww.t('console.compareHint')}</p>`
                  : html`<div class="console-controls">
                      <button type="button" id="console-pause-all" @click=${() => everyRoom((r) => controls.pause(r, true))}>${ww.t('console.pauseAll')}</button>
                      <button type="button" id="console-resume-all" @click=${() => everyRoom((r) => controls.pause(r, false))}>${ww.t('console.resumeAll')}</button>
                      <span class="console-control">
                        <label for="console-news-all">${ww.t('console.newsAll')}</label>
                        <input id="console-news-all" type="text" maxlength="500" .value=${page.allNews} @input=${(e: Event) => {
                          page.allNews = (e.target as HTMLInputElement).value;
                        }} />
                        <button type="button" id="console-news-all-send" @click=${() => {
                          const t = page.allNews.trim();
                          if (t === '') return;
                          everyRoom((r) => controls.news(r, t));
                          page.allNews = '';
                          draw();
                        }}>${ww.t('console.newsSend')}</button>
                      </span>
                      <span class="console-control">
                        <label><input type="checkbox" id="console-end-confirm" .checked=${page.confirmEnd} @change=${(e: Event) => {
                          page.confirmEnd = (e.target as HTMLInputElement).checked;
                          draw();
                        }} /> ${ww.t('console.endConfirm')}</label>
                        <button type="button" class="danger" id="console-end" ?disabled=${!page.confirmEnd} @click=${() => {
                          everyRoom((r) => r.link?.send('end', {}));
                          page.confirmEnd = false;
                          draw();
                        }}>${ww.t('console.end')}</button>
                      </span>
                    </div>`
              }
            </section>
            <div class="console-rooms">${page.rooms.map((r) => roomCard(ww, sc, r, controls))}</div>`
          : html`<p role="status">${ww.t('console.loading')}</p>`
      }`;
  };

  if (page.code && page.key) void open();
  else draw();
}
