import { html, nothing } from 'lit-html';
import type { StoreApi } from 'zustand/vanilla';
import type { MessageKey } from '../i18n/catalogue';
import { formatValue, type MeterInfo, meterInfo, shownChange } from '../present/meterInfo';
import { meterEntries, type SourcePlace } from '../present/sourcedEntries';
import type { Words } from '../present/words';
import { type GameState, gameTurn, influencePower, isDepartmentMeter, readMeter, type Scenario } from '../sim';
import type { GameStore, UiState } from '../state/createGameStore';
import { type CauseRow, causeAssumption, causeLabel, causesFor, type TurnCauses } from './causes';
import { baseline } from './hudMeters';
import { deltaSignal, type Looking, looking } from './signals';
import { foldedSources, sourceCount, sourceList } from './sources';
import { turnLabel } from './turnLabel';
import { idPart, type Mount, type MountOptions, mountView } from './view';

const SHOWN_TURNS = 4;

/** The source places the meter notes show: a meter's sources, its starting value and the rules that move it. */
export const CAUSES_PANEL_PLACES: readonly SourcePlace[] = ['meterNote'];

type Detail = NonNullable<UiState['meterDetail']>;

function where(w: Words, sc: Scenario, m: MeterInfo, r: CauseRow): string {
  if (r.everywhere || r.departments.length >= sc.departments.length) return isDepartmentMeter(m.id) ? w.t('causes.everywhere') : '';
  if (r.departments.length === 0) return '';
  return w.t('causes.inDepartments', { list: r.departments.map((d) => w.department(d)).join(', ') });
}

/** Engine rules recur every turn: their sources fold away so the turn's story stays readable. */
function ruleSources(w: Words, sc: Scenario, r: CauseRow) {
  const assumption = causeAssumption(w, r.cause);
  const n = sourceCount(r.cause.sources, assumption);
  if (n === 0) return nothing;
  return html`<details class="rule-sources">
    <summary>${w.t('causes.ruleSources', { n })}</summary>
    ${sourceList(w, sc, r.cause.sources, assumption)}
  </details>`;
}

function row(w: Words, at: Looking, m: MeterInfo, r: CauseRow) {
  const sc = at.sc;
  const place = where(w, sc, m, r);
  const by = r.cause.actor ? w.t('causes.by', { actor: w.actor(r.cause.actor) }) : '';
  return html`<li class="cause cause-${r.cause.kind}">
    <div class="cause-head">
      <span class="kind">${w.t(`causes.kind.${r.cause.kind}` as MessageKey)}</span>
      <span class="label">${causeLabel(w, sc, r.cause, r.delta)}</span>
      ${deltaSignal(w, at, m, r.delta)}
    </div>
    ${by || place ? html`<div class="cause-meta">${by}${by && place ? ' · ' : ''}${place}</div>` : nothing}
    ${r.cause.kind === 'rule' ? ruleSources(w, sc, r) : sourceList(w, sc, r.cause.sources, causeAssumption(w, r.cause))}
  </li>`;
}

function turnSection(w: Words, at: Looking, game: GameState, m: MeterInfo, g: TurnCauses) {
  const sc = at.sc;
  const date = turnLabel(w, sc, g.turn);
  return html`<section class="turn-causes" aria-label=${date}>
    <h3>
      ${w.t('causes.turn', { date, turn: gameTurn(game.setup, g.turn) })}${g.turn === game.turn && !game.over ? ` · ${w.t('causes.thisTurn')}` : ''}
      <span class="net">${w.t('signals.net')} ${deltaSignal(w, at, m, g.total)}</span>
    </h3>
    <ul class="causes">
      ${g.rows.map((r) => row(w, at, m, r))}
    </ul>
  </section>`;
}

/** The meter's value at the start of last turn: nationally from the baseline, in a department from its snapshot. */
function before(game: GameState, m: MeterInfo, detail: Detail, now: number): number {
  if (detail.department === undefined) return baseline(game).values[m.id] ?? now;
  const snap = (game.history.at(-2) ?? game.history[0])?.departments[detail.department];
  if (!snap) return now;
  if (m.id === 'stability') return snap.stability;
  const power = influencePower(m.id);
  return power === null ? now : (snap.influence[power] ?? now);
}

function whereSelect(w: Words, sc: Scenario, s: GameStore, m: MeterInfo, detail: Detail, mount: Mount) {
  if (!isDepartmentMeter(m.id)) return nothing;
  const pick = (e: Event): void => {
    const val = (e.target as HTMLSelectElement).value;
    const all = detail.allTurns ? { allTurns: true } : {};
    s.setUi({ meterDetail: val ? { meter: m.id, department: val, ...all } : { meter: m.id, ...all } });
  };
  return html`<label class="where">
    ${w.t('causes.where')}<select id=${mount.id('causes-where')} @change=${pick}>
      <option value="" ?selected=${detail.department === undefined}>${w.t('causes.national', { host: w.host() })}</option>
      ${sc.departments.map((d) => html`<option value=${d.id} ?selected=${detail.department === d.id}>${w.text(d.name)}</option>`)}
    </select>
  </label>`;
}

function about(w: Words, sc: Scenario, m: MeterInfo) {
  const def = m.def;
  // Besides the meter's own sources: where its starting value and the rules that move it come from.
  const notes = meterEntries(sc, m.id).filter((e) => e.kind !== 'meter');
  if (!def?.description && !def?.sources && !def?.assumption && notes.length === 0) return nothing;
  return html`<details class="about">
    <summary>${w.t('causes.description')}</summary>
    ${def?.description ? html`<p>${w.text(def.description)}</p>` : nothing}
    ${sourceList(w, sc, def?.sources, def?.assumption)}
    ${notes.map(
      (e) => html`<div class="meter-note" data-path=${e.path}>
        <span class="meter-note-title">${w.t(`sourcesPage.kind.${e.kind}` as MessageKey, { title: w.text(e.title) })}</span>
        ${foldedSources(w, sc, e.sources, e.assumption)}
      </div>`,
    )}
  </details>`;
}

function panel(s: GameStore, w: Words, mount: Mount, game: GameState, sc: Scenario, detail: Detail, close: () => void) {
  const m = meterInfo(w, sc, detail.meter);
  const v = readMeter(game, m.id, detail.department);
  // The change since last turn as the difference of the values shown then and now.
  const { digits, delta: d } = shownChange(m, before(game, m, detail, v), v);
  const at = looking(s, sc);
  const groups = causesFor(sc, game, m.id, detail.department);
  const shown = detail.allTurns ? groups : groups.slice(0, SHOWN_TURNS);
  const title = w.t('causes.title', { meter: m.name });
  const showAll = (): void => s.setUi({ meterDetail: { ...detail, allTurns: true } });
  return html`<div class="causes-top">
      <h2 id=${mount.id('causes-title')} tabindex="-1">
        ${detail.department !== undefined ? `${title} ${w.t('causes.in', { department: w.department(detail.department) })}` : title}
      </h2>
      <button type="button" id=${mount.id('causes-close')} class="close" @click=${close}>${w.t('causes.close')}</button>
    </div>
    <p class="now">
      ${w.t('causes.now', { value: formatValue(w, m, v, digits) })}
      ${deltaSignal(w, at, m, d, digits)} ${w.t('hud.since', { date: turnLabel(w, sc, baseline(game).turn) })}
    </p>
    ${whereSelect(w, sc, s, m, detail, mount)}
    ${isDepartmentMeter(m.id) && detail.department === undefined ? html`<p class="hint">${w.t('causes.deptNote', { meter: m.name })}</p>` : nothing}
    ${about(w, sc, m)}
    ${groups.length === 0 ? html`<p>${w.t('causes.none')}</p>` : nothing}
    ${shown.map((g) => turnSection(w, at, game, m, g))}
    ${
      !detail.allTurns && groups.length > SHOWN_TURNS
        ? html`<button type="button" id=${mount.id('causes-more')} @click=${showAll}>
            ${w.t('causes.earlier', { count: groups.length - SHOWN_TURNS })}
          </button>`
        : nothing
    }`;
}

/**
 * "Why did this move?": every recorded cause of the chosen meter, grouped by turn,
 * each with its change, what it was (action, event, project, deal, rule), who, where,
 * and the sources or design assumption behind it. Opening it (or another meter) moves
 * focus to its title; closing it (button or Escape) returns focus to the meter's button.
 */
export function mountCausesPanel(root: HTMLElement, store: StoreApi<GameStore>, options: MountOptions = {}): () => void {
  const scoped = (part: string): string => (options.scope ? `${options.scope}-${part}` : part);
  root.id = scoped('causes-panel');
  root.setAttribute('role', 'region');
  root.setAttribute('aria-labelledby', scoped('causes-title'));
  const close = (): void => {
    const meter = store.getState().ui.meterDetail?.meter;
    store.getState().setUi({ meterDetail: null });
    if (meter) document.getElementById(scoped(`why-${idPart(meter)}`))?.focus();
  };
  const onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') close();
  };
  root.addEventListener('keydown', onKey);
  // The meter whose title last took focus: focus moves once per opening, not on every re-render.
  let focused = '';
  const unmount = mountView(
    root,
    store,
    (s) => [s.game, s.entry, s.ui.meterDetail, s.choice],
    (s, w, mount) => {
      const { game, entry } = s;
      const detail = s.ui.meterDetail;
      root.hidden = !detail || !game || !entry;
      if (!detail || !game || !entry) {
        focused = '';
        return nothing;
      }
      if (detail.meter !== focused) {
        focused = detail.meter;
        queueMicrotask(() => root.querySelector<HTMLElement>(`#${mount.id('causes-title')}`)?.focus());
      }
      return panel(s, w, mount, game, entry.scenario, detail, close);
    },
    options,
  );
  return () => {
    root.removeEventListener('keydown', onKey);
    unmount();
  };
}
