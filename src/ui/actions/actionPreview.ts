import { html, nothing } from 'lit-html';
import { meterInfo } from '../../present/meterInfo';
import type { Words } from '../../present/words';
import { type ActionDef, type ActionPreview, type GameSetup, gameTurn, type MeterDelta, type ProjectTiming } from '../../sim';
import { type EffectItem, effectItems } from '../effectText';
import { deltaSignal, effectSignal, type Looking } from '../signals';

function deltaList(w: Words, at: Looking, list: readonly MeterDelta[]) {
  return html`<ul class="deltas">
    ${list.map((d) => {
      const m = meterInfo(w, at.sc, d.meter);
      return html`<li data-meter=${d.meter}>
        ${deltaSignal(w, at, m, d.delta)}
        <span class="name">${m.name}</span>
      </li>`;
    })}
  </ul>`;
}

function lines(w: Words, at: Looking, items: readonly EffectItem[]) {
  return html`<ul class="deltas">
    ${items.map((x) => html`<li data-meter=${x.meter ?? nothing}>${effectSignal(w, at, x)}</li>`)}
  </ul>`;
}

const sub = (text: string) => html`<p class="sub">${text}</p>`;

/** What taking the action would do now, as the sim previewed it; when it cannot be taken now, what the scenario says it does. */
function now(w: Words, at: Looking, def: ActionDef, pv: ActionPreview | null, dep: string | undefined) {
  if (pv?.ok)
    return html`${sub(w.t('actions.now'))}
    ${pv.national.length > 0 ? deltaList(w, at, pv.national) : html`<p class="meta">${w.t('actions.nowNone')}</p>`}
    ${pv.local.length > 0 && pv.department ? html`${sub(w.t('actions.inDepartment', { department: w.department(pv.department) }))}${deltaList(w, at, pv.local)}` : nothing}`;
  if (def.effects?.length) return html`${sub(w.t('actions.declared'))}${lines(w, at, effectItems(w, at.sc, def.effects, dep))}`;
  return nothing;
}

/** A project's timing in the turns a player counts ("turn 1 of 6" from a preset's start), not the scenario's. */
export function inGameTurns(setup: GameSetup, timing: ProjectTiming | null): ProjectTiming | null {
  return timing && { ...timing, doneTurn: gameTurn(setup, timing.doneTurn), lastTurn: gameTurn(setup, timing.lastTurn) };
}

/** When a project decided now would be built, and a warning when that is after the game ends. */
export function projectWhen(w: Words, timing: ProjectTiming | null, id?: string) {
  if (!timing) return nothing;
  const params = { done: timing.doneTurn, last: timing.lastTurn };
  return timing.finishes
    ? html`<p class="meta project-on-time">${w.t('signals.projectOnTime', params)}</p>`
    : html`<p class="warn project-late" id=${id ?? nothing}>${w.t('signals.projectLate', params)}</p>`;
}

/** What a project builds, and what a lasting action keeps doing, turn after turn. */
function later(w: Words, at: Looking, def: ActionDef, dep: string | undefined, timing: ProjectTiming | null) {
  const p = def.project;
  const sc = at.sc;
  return html`${
    p
      ? html`${sub(w.t('actions.projectBuild', { turns: p.turns }))}${projectWhen(w, timing)}${lines(w, at, effectItems(w, sc, p.onComplete, dep))}
        ${p.perTurn?.length ? html`${sub(w.t('actions.projectYearly'))}${lines(w, at, effectItems(w, sc, p.perTurn, dep))}` : nothing}
        ${p.lifetime ? html`<p class="meta">${w.t('actions.projectLife', { turns: p.lifetime })}</p>` : nothing}`
      : nothing
  }
  ${def.lasting ? html`${sub(w.t('actions.lasting', { turns: def.lasting.turns }))}${lines(w, at, effectItems(w, sc, def.lasting.effects, dep))}` : nothing}`;
}

/**
 * The card's "Expected effect" block, each change marked good or bad for the side acting (`at`),
 * and for a project, when it would be built (and that it cannot be, when the game ends first).
 */
export function actionPreview(
  w: Words,
  at: Looking,
  def: ActionDef,
  pv: ActionPreview | null,
  dep: string | undefined,
  id: string,
  timing: ProjectTiming | null = null,
) {
  return html`<div class="preview" id=${id}>
    <h4>${w.t('actions.expected')}</h4>
    ${now(w, at, def, pv, dep)} ${later(w, at, def, dep, timing)}
  </div>`;
}

/** The action's limits in one line ("at most 1 a turn; 2 turns between uses"), or nothing. */
export function actionLimits(w: Words, def: ActionDef) {
  const parts = [
    def.limit?.perTurn !== undefined ? w.t('actions.perTurn', { n: def.limit.perTurn }) : '',
    def.limit?.perGame !== undefined ? w.t('actions.perGame', { n: def.limit.perGame }) : '',
    def.cooldown ? w.t('actions.cooldown', { n: def.cooldown }) : '',
  ].filter(Boolean);
  return parts.length > 0
    ? html`<p class="meta">${w.t('actions.limit', { text: parts.join(w.t('actions.limitSeparator')) })}</p>`
    : nothing;
}

/** What an action costs ("2 capital + $5 M", or "free"). */
export function costText(w: Words, def: ActionDef): string {
  const parts: string[] = [];
  if (def.cost.capital) parts.push(w.t('actions.costCapital', { n: def.cost.capital }));
  if (def.cost.money) parts.push(w.t('actions.costMoney', { n: def.cost.money }));
  return parts.length > 0 ? parts.join(w.t('actions.costSeparator')) : w.t('actions.free');
}
