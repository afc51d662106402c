import { html, nothing } from 'lit-html';
import type { StoreApi } from 'zustand/vanilla';
import { api } from '../../net/classClient';
import { playInClass } from '../../net/playInClass';
import { type JoinReply, MAX_NAME, type SeatOption } from '../../net/protocol';
import { type Words, words } from '../../present/words';
import type { Said } from '../../sim';
import type { GameStore } from '../../state/createGameStore';
import { type Mount, mountView } from '../view';
import './classroom.css';

type JoinState = {
  address: string;
  code: string;
  name: string;
  /** The seats offered when the teacher lets students choose. */
  options: readonly SeatOption[] | null;
  /** The class's scenario, when the server says it with the seats (their sides are named from it). */
  scenarioId: string | null;
  chosen: string | null;
  busy: boolean;
  problem: Said | null;
};

const optionKey = (o: SeatOption): string => `${o.room}:${o.side}`;

/**
 * "Join a class": the class server's address (the page's own origin by default, since the class
 * server serves the game), the class code and a display name; then the seat (assigned by the
 * server, or chosen from the rooms and sides the teacher allows); then the game screen, played
 * through the class room. Every refusal is said under the form, and what was typed stays.
 */
export function mountJoinClass(root: HTMLElement, store: StoreApi<GameStore>, close: () => void): () => void {
  const st: JoinState = {
    address: location.origin,
    code: '',
    name: '',
    options: null,
    scenarioId: null,
    chosen: null,
    busy: false,
    problem: null,
  };
  let m: Mount | null = null;
  const set = (patch: Partial<JoinState>): void => {
    Object.assign(st, patch);
    m?.refresh();
  };
  const base = (): string | null => {
    try {
      const u = new URL(st.address.trim());
      return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
    } catch {
      return null;
    }
  };

  const join = async (): Promise<void> => {
    const b = base();
    const code = st.code.trim().toUpperCase();
    const name = st.name.trim();
    if (!b) return set({ problem: { key: 'classroom.join.badAddress' } });
    // The page's security policy lets it talk only to the server it came from (connect-src 'self').
    if (b !== location.origin) return set({ problem: { key: 'classroom.join.otherOrigin', params: { address: `${b}/` } } });
    if (code === '') return set({ problem: { key: 'classroom.join.noCode' } });
    if (name === '' || name.length > MAX_NAME) return set({ problem: { key: 'classServer.refused.badName', params: { max: MAX_NAME } } });
    const choice = st.options?.find((o) => optionKey(o) === st.chosen);
    if (st.options && !choice) return set({ problem: { key: 'classroom.join.chooseOne' } });
    set({ busy: true, problem: null });
    const r = await api<JoinReply>(b, '/api/join', { body: { code, name, ...(choice ? { room: choice.room, side: choice.side } : {}) } });
    if (!r.ok) return set({ busy: false, problem: r.said });
    const reply = r.value;
    if ('choose' in reply) {
      const named = (reply as { scenarioId?: unknown }).scenarioId;
      return set({ busy: false, options: reply.choose, chosen: null, scenarioId: typeof named === 'string' ? named : null });
    }
    const played = await playInClass(store, b, reply.seat.roomId, { code, name: reply.name });
    if (!played.ok) return set({ busy: false, problem: played.said });
    set({ busy: false });
    close();
  };

  const field = (w: Words, mm: Mount, key: keyof Pick<JoinState, 'address' | 'code' | 'name'>, extra: { hint?: string; max?: number }) => {
    const id = mm.id(`join-${key}`);
    return html`<div class="field">
      <label for=${id}>${w.t(`classroom.join.${key}`)}</label>
      <input id=${id} type=${key === 'address' ? 'url' : 'text'} .value=${st[key]} maxlength=${extra.max ?? 200}
        autocomplete=${key === 'name' ? 'nickname' : 'off'} ?disabled=${st.busy}
        aria-describedby=${extra.hint ? `${id}-hint` : nothing}
        @input=${(e: Event) => {
          st[key] = (e.target as HTMLInputElement).value;
        }} />
      ${extra.hint ? html`<p class="hint" id=${`${id}-hint`}>${extra.hint}</p>` : nothing}
    </div>`;
  };

  // The reply names sides by id, before the class's scenario is known: a side's name from the page's scenarios.
  const sideName = (w: Words, id: string): string => {
    const cards = store.getState().cards;
    const card = cards.find((c) => c.id === st.scenarioId) ?? cards.find((c) => c.face.actors.some((a) => a.id === id));
    return card ? words(w.lang, card.face).actor(id) : id;
  };
  const seats = (w: Words, mm: Mount, options: readonly SeatOption[]) => html`<fieldset class="join-seats">
    <legend>${w.t('classroom.join.seats')}</legend>
    ${options.map((o) => {
      const full = o.members >= o.capacity;
      return html`<label class="choice-card${st.chosen === optionKey(o) ? ' chosen' : ''}">
        <input type="radio" name=${mm.id('join-seat')} id=${mm.id(`join-seat-${o.room}-${o.side}`)} value=${optionKey(o)}
          .checked=${st.chosen === optionKey(o)} ?disabled=${full || st.busy} @change=${() => set({ chosen: optionKey(o) })} />
        <span class="choice-text">
          <strong>${w.t('classroom.join.seat', { room: o.room + 1, side: sideName(w, o.side) })}</strong>
          <span class="meta">${w.t(full ? 'classroom.join.seatFull' : 'classroom.join.seatCount', { members: o.members, capacity: o.capacity })}</span>
        </span>
      </label>`;
    })}
  </fieldset>`;

  return mountView(
    root,
    store,
    (s) => [s.scenarioLoad],
    (_s, w, mm) => {
      m = mm;
      const submit = (e: Event): void => {
        e.preventDefault();
        void join();
      };
      return html`<section class="class-join" aria-labelledby=${mm.id('join-title')}>
        <h2 id=${mm.id('join-title')}>${w.t('classroom.join.title')}</h2>
        <p class="lead">${w.t('classroom.join.lead')}</p>
        <form class="class-join-form" @submit=${submit}>
          ${field(w, mm, 'code', { hint: w.t('classroom.join.codeHint'), max: 20 })}
          ${field(w, mm, 'name', { hint: w.t('classroom.join.nameHint', { max: MAX_NAME }), max: MAX_NAME })}
          <details class="join-address">
            <summary>${w.t('classroom.join.addressMore')}</summary>
            ${field(w, mm, 'address', { hint: w.t('classroom.join.addressHint') })}
          </details>
          ${st.options ? seats(w, mm, st.options) : nothing}
          <p class="class-join-buttons">
            <button type="submit" class="primary big" id=${mm.id('join-go')} ?disabled=${st.busy}>
              ${w.t(st.options ? 'classroom.join.takeSeat' : 'classroom.join.go')}
            </button>
            <button type="button" id=${mm.id('join-cancel')} @click=${close}>${w.t('classroom.join.cancel')}</button>
          </p>
          ${st.busy ? html`<p role="status" id=${mm.id('join-busy')}>${w.t('classroom.join.busy')}</p>` : nothing}
          ${st.problem ? html`<p class="error" role="alert" id=${mm.id('join-problem')}>${w.say(st.problem)}</p>` : nothing}
        </form>
      </section>`;
    },
  );
}
