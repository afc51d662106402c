import { html, nothing } from 'lit-html';
import { arrow, formatDelta, meterInfo } from '../../present/meterInfo';
import type { Words } from '../../present/words';
import type { ActionDef, ActionPreview, MeterDelta, Scenario } from '../../sim';
import { effectLines } from '../effectText';

function deltaList(w: Words, sc: Scenario, list: readonly MeterDelta[]) {
  return html`<ul class="deltas">
    ${list.map((d) => {
      const m = meterInfo(w, sc, d.meter);
      const dir = arrow(m, d.delta);
      return html`<li data-meter=${d.meter}>
        <span class="delta ${dir === '▲' ? 'up' : dir === '▼' ? 'down' : 'flat'}">${dir} ${formatDelta(w, m, d.delta)}</span>
        <span class="name">${m.name}</span>
      </li>`;
    })}
  </ul>`;
}

function lines(items: readonly string[]) {
  return html`<ul class="deltas">
    ${items.map((x) => html`<li>${x}</li>`)}
  </ul>`;
}

const sub = (text: string) => html`<p class="sub">${text}</p>`;

/** What taking the action would do now, as the sim previewed it; when it cannot be taken now, what the scenario says it does. */
function now(w: Words, sc: Scenario, def: ActionDef, pv: ActionPreview | null, dep: string | undefined) {
  if (pv?.ok)
    return html`${sub(w.t('actions.now'))}
    ${pv.national.length > 0 ? deltaList(w, sc, pv.national) : html`<p class="meta">${w.t('actions.nowNone')}</p>`}
    ${pv.local.length > 0 && pv.department ? html`${sub(w.t('actions.inDepartment', { department: w.department(pv.department) }))}${deltaList(w, sc, pv.local)}` : nothing}`;
  if (def.effects?.length) return html`${sub(w.t('actions.declared'))}${lines(effectLines(w, sc, def.effects, dep))}`;
  return nothing;
}

/** What a project builds, and what a lasting action keeps doing, turn after turn. */
function later(w: Words, sc: Scenario, def: ActionDef, dep: string | undefined) {
  const p = def.project;
  return html`${
    p
      ? html`${sub(w.t('actions.projectBuild', { turns: p.turns }))}${lines(effectLines(w, sc, p.onComplete, dep))}
        ${p.perTurn?.length ? html`${sub(w.t('actions.projectYearly'))}${lines(effectLines(w, sc, p.perTurn, dep))}` : nothing}
        ${p.lifetime ? html`<p class="meta">${w.t('actions.projectLife', { turns: p.lifetime })}</p>` : nothing}`
      : nothing
  }
  ${def.lasting ? html`${sub(w.t('actions.lasting', { turns: def.lasting.turns }))}${lines(effectLines(w, sc, def.lasting.effects, dep))}` : nothing}`;
}

/** The card's "Expected effect" block. */
export function actionPreview(w: Words, sc: Scenario, def: ActionDef, pv: ActionPreview | null, dep: string | undefined, id: string) {
  return html`<div class="preview" id=${id}>
    <h4>${w.t('actions.expected')}</h4>
    ${now(w, sc, def, pv, dep)} ${later(w, sc, def, dep)}
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
