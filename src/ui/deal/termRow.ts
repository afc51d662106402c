import { html, nothing } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import type { SourcePlace } from '../../present/sourcedEntries';
import type { Words } from '../../present/words';
import { onAmountGrid, type TermDef, type TermView, termAvailable, termInForce, viewTerms } from '../../sim';
import type { DealDraft } from '../../state/createGameStore';
import { foldedSources } from '../sources';
import { idPart } from '../view';
import { type Builder, editDraft } from './builderActions';
import { amountOf, isTicked, setAmount, stepOf, tick } from './draft';
import { termValue } from './terms';

/** The source places the deal builder shows: each term's sources, beside its description. */
export const DEAL_BUILDER_PLACES: readonly SourcePlace[] = ['term'];

const direction = (v: number): string => (v > 0 ? 'up' : v < 0 ? 'down' : 'flat');

/** What the partner makes of the term, counting trust: as part of the deal, or as it would count if added. */
function theirView(b: Builder, w: Words, d: DealDraft, def: TermDef, amount: number, view: TermView | undefined) {
  const v = view ?? viewTerms(b.game, b.sc, d.partner, b.me, [{ term: def.id, amount }])[0];
  const them = w.actor(d.partner);
  const value = v ? v.value : 0;
  const text = w.t('builder.toThem', { actor: them, value: w.signed(value, 1) });
  const note = v?.note
    ? w.say(v.note)
    : v && v.credibility < 1 && v.credibility > 0
      ? w.t('builder.credibility', { actor: them, pct: Math.round(v.credibility * 100) })
      : '';
  return html`<span class="term-value ${direction(value)}">${note ? w.t('builder.withNote', { text, note }) : text}</span>`;
}

/**
 * The amount's slider and its read-out. A slider snaps its value to its step, so an amount off
 * the step (one that came in with an offer) gets a free slider: nothing moves by itself.
 */
function amountControl(b: Builder, w: Words, def: TermDef, amount: number) {
  const a = def.amount;
  if (!a) return nothing;
  const key = idPart(def.id);
  const name = w.term(def.id);
  const label = a.unit ? w.t('builder.amount', { term: name, unit: w.text(a.unit) }) : w.t('builder.amountNoUnit', { term: name });
  const onInput = (e: Event): void => {
    const v = Number((e.target as HTMLInputElement).value);
    editDraft(b.m, (sc, d) => setAmount(sc, d, def.id, v));
  };
  return html`<div class="amount">
    <label for=${b.m.id(`amt-${key}`)} class="amount-label">${label}</label>
    <div class="amount-row">
      <input
        type="range"
        id=${b.m.id(`amt-${key}`)}
        min=${a.min}
        max=${a.max}
        step=${onAmountGrid(def, amount) ? stepOf(def) : 'any'}
        .value=${live(String(amount))}
        aria-label=${label}
        aria-valuetext=${w.amount(def, amount)}
        @input=${onInput}
      />
      <output class="amount-out" for=${b.m.id(`amt-${key}`)} id=${b.m.id(`amt-out-${key}`)}>${w.amount(def, amount)}</output>
    </div>
  </div>`;
}

/** One term the pair may put in a deal: tick it, set its amount, and see what it is worth to each side. */
export function termRow(b: Builder, w: Words, d: DealDraft, def: TermDef, views: Map<string, TermView>) {
  const key = idPart(def.id);
  const ticked = isTicked(d, def.id);
  const amount = amountOf(d, def);
  const inForce = termInForce(b.game, b.sc, b.me, d.partner, def.id);
  // A term whose `requires` fails cannot be agreed now: shown, but not to be ticked, with the scenario's reason.
  const barred = !termAvailable(b.game, def);
  const gate = b.m.id(`term-gate-${key}`);
  const mine = termValue(b.sc, b.me, def.id, amount);
  const meta = b.m.id(`term-meta-${key}`);
  const force = b.m.id(`term-force-${key}`);
  const describedBy = [meta, inForce ? force : '', barred ? gate : ''].filter(Boolean).join(' ');
  const runs = def.duration ? w.t('builder.runs', { turns: def.duration }) : w.t('builder.once');
  const onChange = (e: Event): void => {
    const on = (e.target as HTMLInputElement).checked;
    editDraft(b.m, (sc, x) => tick(sc, x, def.id, on));
  };
  return html`<li class="builder-term${ticked ? ' included' : ''}${barred ? ' unavailable' : ''}" data-term=${def.id}>
    <div class="term-head">
      <input
        type="checkbox"
        id=${b.m.id(`inc-${key}`)}
        .checked=${live(ticked)}
        ?disabled=${(!!inForce || barred) && !ticked}
        aria-describedby=${describedBy}
        @change=${onChange}
      />
      <label for=${b.m.id(`inc-${key}`)}><span class="sr-only">${w.t('builder.include', { term: '' })}</span>${w.term(def.id)}</label>
    </div>
    <p class="meta" id=${meta}>${w.t('builder.termMeta', { giver: w.t('builder.gives', { actor: w.actor(def.giver) }), runs })}</p>
    ${inForce ? html`<p class="reason" id=${force}>${w.t('builder.inForce', { id: inForce.id })}</p>` : nothing}
    ${
      barred
        ? html`<p class="reason term-unavailable" id=${gate}>${def.requiresText !== undefined ? w.t('builder.unavailable', { text: w.text(def.requiresText) }) : w.t('builder.unavailableDefault')}</p>`
        : nothing
    }
    ${def.description ? html`<p class="desc">${w.text(def.description)}</p>` : nothing}
    ${foldedSources(w, b.sc, def.sources, def.assumption, 'term-sources')}
    ${amountControl(b, w, def, amount)}
    <p class="values">
      <span class="term-value ${direction(mine)}">${w.t('builder.toYou', { value: w.signed(mine, 1) })}</span>
      ${theirView(b, w, d, def, amount, views.get(def.id))}
    </p>
  </li>`;
}
