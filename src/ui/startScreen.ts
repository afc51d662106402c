import { html, nothing } from 'lit-html';
import type { StoreApi } from 'zustand/vanilla';
import type { SourcePlace } from '../present/sourcedEntries';
import { type Words, words } from '../present/words';
import { type AiLevel, turnDate } from '../sim';
import type { GameStore, PresetFace, ScenarioCard, ScenarioFace, SetupDraft } from '../state/createGameStore';
import { classJoinEntry } from './classroom/joinEntry';
import { compareLink } from './compare/link';
import { glossed, glossing } from './glossary';
import { languageField } from './languageField';
import { loadShownScenario, openSources, openWhosWho } from './openPages';
import { playModeField, startingSide } from './playModeField';
import { scenarioPending } from './scenarioPending';
import { classLinkRefused, classStart, setupPageLink } from './setup/classStart';
import { foldedSources, referenceItem, sourceCount } from './sources';
import { teacherGuideLink } from './teacherGuideLink';
import { TEACHER_PAGES } from './teacherPages';
import { type Mount, type MountOptions, mountView } from './view';

// The setup page draws seeds too, without the start screen.
export { freshSeed } from './seed';

import { freshSeed } from './seed';

/** The draft made to fit the scenarios: a scenario that exists, a side it lets people play, one of its lengths. */
function settle(d: SetupDraft, cards: readonly ScenarioCard[]): { draft: SetupDraft; sc: ScenarioFace } | null {
  const sc = (cards.find((e) => e.id === d.scenarioId) ?? cards[0])?.face;
  if (!sc) return null;
  const playable = sc.actors.filter((a) => a.playable);
  const side = playable.some((a) => a.id === d.side) ? d.side : (playable[0]?.id ?? '');
  // A preset chosen by id (two presets may be as long); else by its length, as older drafts hold it.
  const preset = (sc.presets ?? []).find((p) => (d.preset ? p.id === d.preset : d.turns !== 0 && p.turns === d.turns));
  const { preset: _drop, ...rest } = d;
  return { draft: { ...rest, scenarioId: sc.id, side, turns: preset?.turns ?? 0, ...(preset ? { preset: preset.id } : {}) }, sc };
}

/** A preset as the length choice offers it: its name and length, and its first quarter when it starts later. */
function presetLabel(w: Words, sc: ScenarioFace, p: PresetFace): string {
  if ((p.startTurn ?? 1) <= 1) return w.t('start.presetTurns', { name: w.text(p.name), turns: p.turns });
  const d = turnDate(sc, p.startTurn ?? 1);
  return w.t('start.presetFrom', { name: w.text(p.name), turns: p.turns, date: w.quarter(d.year, d.quarter) });
}

type Ctx = { w: Words; m: Mount; d: SetupDraft; sc: ScenarioFace; set: (patch: Partial<SetupDraft>) => void };

function scenarioField({ m, d, sc, set }: Ctx, lang: string, ordered: readonly ScenarioCard[]) {
  return html`<fieldset><legend>${words(lang).t('start.scenario')}</legend>
    ${ordered.map(({ id, face }) => {
      const e = { id, scenario: face };
      const ws = words(lang, e.scenario);
      const first = e.scenario.start;
      return html`<label class="choice-card${e.id === sc.id ? ' chosen' : ''}">
        <input type="radio" name=${m.id('scenario')} id=${m.id(`sc-${e.id}`)} value=${e.id} .checked=${e.id === d.scenarioId}
          @change=${() => set({ scenarioId: e.id })} />
        <span class="choice-text">
          <strong>${ws.text(e.scenario.title)}</strong>
          <span class="meta">${ws.t('start.turns', { turns: e.scenario.turns, date: ws.quarter(first.year, first.quarter) })}</span>
          ${e.scenario.summary ? html`<span class="summary">${ws.text(e.scenario.summary)}</span>` : nothing}
        </span>
      </label>
      ${e.scenario.teacherGuide ? html`<p class="teacher-guide-row">${teacherGuideLink(ws, e.scenario, m.id(`guide-${e.id}`), true)}</p>` : nothing}`;
    })}
    <p class="teacher-guide-row compare-row">${compareLink(words(lang), m.id('compare-link'))}</p>
  </fieldset>`;
}

function sideField({ w, m, d, sc, set }: Ctx) {
  return html`<fieldset><legend>${w.t('start.side')}</legend>
    ${sc.actors
      .filter((a) => a.playable)
      .map(
        (a) => html`<label class="choice-card side${a.id === d.side ? ' chosen' : ''}">
          <input type="radio" name=${m.id('side')} id=${m.id(`side-${a.id}`)} value=${a.id} .checked=${a.id === d.side}
            @change=${() => set({ side: a.id })} />
          <span class="choice-text">
            <strong>${w.text(a.name)}</strong>
            ${a.interests ? html`<span class="summary">${w.text(a.interests)}</span>` : nothing}
          </span>
        </label>`,
      )}
  </fieldset>`;
}

function othersField({ w, m, d, sc, set }: Ctx) {
  const others = sc.actors
    .filter((a) => (d.mode === 'watch' ? true : d.mode === 'hotseat' ? !a.playable : a.id !== d.side))
    .map((a) => w.text(a.name));
  const level = m.id('start-level');
  return html`<fieldset>
    <legend>${w.t('start.others')}</legend>
    <p>${w.t('start.othersAi', { actors: new Intl.ListFormat(w.lang, { type: 'conjunction' }).format(others) })}</p>
    <div class="field">
      <label for=${level}>${w.t('start.level')}</label>
      <select id=${level} @change=${(e: Event) => set({ aiLevel: (e.target as HTMLSelectElement).value as AiLevel })}>
        ${(['easy', 'normal', 'hard'] as const).map((l) => html`<option value=${l} ?selected=${d.aiLevel === l}>${w.t(`start.level.${l}`)}</option>`)}
      </select>
    </div>
  </fieldset>`;
}

function lengthAndSeed({ w, m, d, sc, set }: Ctx) {
  const seedInput = (e: Event): void => {
    // Only a whole number is taken: a half-typed value stays in the box until it is one.
    const text = (e.target as HTMLInputElement).value;
    if (/^\d+$/.test(text)) set({ seed: Number(text) });
  };
  return html`<div class="field">
      <label for=${m.id('start-length')}>${w.t('start.length')}</label>
      <select id=${m.id('start-length')} @change=${(e: Event) => {
        const id = (e.target as HTMLSelectElement).value;
        set({ preset: id, turns: (sc.presets ?? []).find((p) => p.id === id)?.turns ?? 0 });
      }}>
        <option value="" ?selected=${!d.preset}>${w.t('start.full', { turns: sc.turns })}</option>
        ${(sc.presets ?? []).map((p) => html`<option value=${p.id} ?selected=${d.preset === p.id}>${presetLabel(w, sc, p)}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for=${m.id('start-seed')}>${w.t('start.seed')}</label>
      <div class="seed-row">
        <input id=${m.id('start-seed')} type="number" min="0" step="1" inputmode="numeric" .value=${String(d.seed)}
          aria-describedby=${m.id('seed-hint')} @input=${seedInput} />
        <button type="button" id=${m.id('new-seed')} @click=${() => set({ seed: freshSeed() })}>${w.t('start.newSeed')}</button>
      </div>
      <p class="hint" id=${m.id('seed-hint')}>${w.t('start.seedHint')}</p>
    </div>`;
}

/** The source places the start screen shows: the side's briefing, and the starting world of a shorter game. */
export const START_SCREEN_PLACES: readonly SourcePlace[] = ['actor', 'preset'];

/** Where the chosen shorter game's starting figures come from, when it starts in a world of its own. */
function presetSources(w: Words, sc: ScenarioFace, d: SetupDraft) {
  const p = (sc.presets ?? []).find((x) => d.turns !== 0 && x.turns === d.turns);
  const initial = p?.initial;
  if (!initial || sourceCount(initial.sources, initial.assumption) === 0) return nothing;
  return html`<section class="preset-sources" aria-label=${w.t('start.presetSources')}>
    <h4>${w.t('start.presetSources')}</h4>
    ${foldedSources(w, sc, initial.sources, initial.assumption)}
  </section>`;
}

/** Every reference of the scenario: they come with its data, fetched when the list of documents is first opened. */
function allReferences(w: Words, m: Mount, face: ScenarioFace) {
  const s = m.store.getState();
  const refs = s.scenarios.find((e) => e.id === face.id)?.scenario.references;
  // Only the wait is said here; a failure is said once, under Start (loadLine).
  if (!refs)
    return s.scenarioLoad?.id === face.id && !s.scenarioLoad.failed ? (scenarioPending(s, w, m, 'references') ?? nothing) : nothing;
  if (refs.length === 0) return nothing;
  return html`<p class="hint">${w.t('sources.referencesAll', { count: refs.length })}</p>
    <ul class="reference-list">
      ${refs.map((r) => referenceItem(w, r))}
    </ul>`;
}

function briefing({ w, m, d, sc }: Ctx) {
  const me = sc.actors.find((a) => a.id === d.side);
  const b = me?.briefing;
  const docs = sc.documents ?? [];
  // The briefing is where a player first meets the scenario's terms of art: each opens its meaning.
  const g = glossing(w, sc, m, 'brief');
  return html`${
    me && b
      ? html`<section class="briefing" aria-labelledby=${m.id('briefing-title')}>
          <h3 id=${m.id('briefing-title')}>${w.t('start.briefing', { actor: w.text(me.name) })}</h3>
          <h4>${w.t('start.situation')}</h4><p>${glossed(g, w.text(b.situation))}</p>
          <h4>${w.t('start.wants')}</h4><p>${glossed(g, w.text(b.wants))}</p>
          <h4>${w.t('start.fears')}</h4><p>${glossed(g, w.text(b.fears))}</p>
          ${foldedSources(w, sc, me.sources, me.assumption, 'briefing-sources')}
        </section>`
      : nothing
  }
  ${presetSources(w, sc, d)}
  <p class="sources-link">
    <button type="button" id=${m.id('start-sources')} @click=${(e: Event) => openSources(m.store, e.currentTarget)}>${w.t('start.sourcesLink')}</button>
    <button type="button" id=${m.id('start-whos-who')} @click=${(e: Event) => openWhosWho(m.store, e.currentTarget)}>${w.t('whosWho.open')}</button>
  </p>
  ${
    docs.length > 0
      ? html`<details class="documents" @toggle=${(e: Event) => (e.currentTarget as HTMLDetailsElement).open && void m.store.getState().loadScenario(sc.id)}>
          <summary>${w.t('start.sources')}</summary>
          <p class="hint">${w.t('start.sourcesNote')}</p>
          <ul>${docs.map((x) => html`<li><strong>${w.text(x.title)}</strong>${x.date ? ` (${w.text(x.date)})` : ''} <code translate="no">${x.file}</code></li>`)}</ul>
          ${allReferences(w, m, sc)}
        </details>`
      : nothing
  }`;
}

/** The title, the default game one click away, the way back to a game in progress, and the language. */
function startHead(
  s: GameStore,
  w0: Words,
  m: Mount,
  d: SetupDraft,
  defaults: { scenario: string; side: string },
  start: (quick: boolean) => void,
  joinButton: unknown = nothing,
) {
  const def = s.cards.find((e) => e.id === defaults.scenario)?.face;
  const wd = def ? words(s.lang, def, s.reading) : null;
  return html`<header class="start-head">
    <h1 id=${m.id('start-title')}>${w0.t('start.title')}</h1>
    <p class="lead">${w0.t('start.lead')}</p>
    ${
      def && wd
        ? html`<button type="button" class="primary big" id=${m.id('quick-start')} @click=${() => start(true)}>
          ${wd.t('start.quick', { scenario: wd.text(def.title), actor: wd.actor(defaults.side) })}
        </button>`
        : nothing
    }
    <p class="hint">${w0.t('start.quickHint', { seed: String(d.seed) })}</p>
    ${
      s.game && !s.game.over
        ? html`<button type="button" id=${m.id('resume')} @click=${() => s.setUi({ screen: 'game' })}>${w0.t('start.resume')}</button>`
        : nothing
    }
    <button type="button" id=${m.id('start-help')} @click=${() => {
      loadShownScenario(m.store);
      s.openDialog({ kind: 'howToPlay' });
    }}>${w0.t('help.open')}</button>
    ${joinButton}
    ${setupPageLink(w0, m.id('class-setup-link'))}
    ${TEACHER_PAGES ? html`<a class="setup-page-link" id=${m.id('workshop-link')} href="./workshop.html">${w0.t('workshop.openWorkshop')}</a>` : nothing}
    ${languageField(w0, m, 'start-language')}
  </header>`;
}

/** The set-up: scenario, who plays, side, the others, length and seed, beside the side's briefing. */
/** While the chosen scenario's data is fetched, a line saying so; if it could not be, why, and a way to try again. */
function loadLine(s: GameStore, w0: Words, m: Mount, start: () => void) {
  const l = s.scenarioLoad;
  const card = l && s.cards.find((c) => c.id === l.id);
  if (!l || !card) return nothing;
  if (!l.failed)
    return html`<p class="scenario-loading" role="status" id=${m.id('scenario-loading')}>${w0.t('scenarioLoad.loading', { scenario: w0.text(card.face.title) })}</p>`;
  return html`<div class="scenario-load-failed error" role="alert" id=${m.id('scenario-load-failed')}>
    <p>${w0.say(l.failed)}</p>
    <button type="button" id=${m.id('scenario-retry')} @click=${start}>${w0.t('scenarioLoad.retry')}</button>
  </div>`;
}

function setupForm(s: GameStore, w0: Words, ctx: Ctx, ordered: readonly ScenarioCard[], start: (quick: boolean) => void) {
  const { m, d, sc, set } = ctx;
  const submit = (e: Event): void => {
    e.preventDefault();
    start(false);
  };
  return html`<form class="setup" aria-labelledby=${m.id('setup-title')} @submit=${submit}>
    <h2 id=${m.id('setup-title')}>${w0.t('start.setup')}</h2>
    <div class="setup-grid">
      <div class="setup-col">
        ${scenarioField(ctx, s.lang, ordered)}
        ${playModeField(ctx.w, m, sc, d.mode, d.side, (mode) => set({ mode }))}
        ${sideField(ctx)} ${othersField(ctx)} ${lengthAndSeed(ctx)}
      </div>
      <div class="setup-col">${briefing(ctx)}</div>
    </div>
    <button type="submit" class="primary big" id=${m.id('start-game')}>${w0.t('start.begin')}</button>
    ${loadLine(s, w0, m, () => start(false))}
  </form>`;
}

/**
 * The first screen: the default game one click away, or a set-up (scenario, side, who plays
 * the others, length, seed) with the side's briefing and the scenario's sources; then Start.
 * The set-up lives in the store's UI state, so a re-render (a change of language) keeps it.
 */
export function mountStartScreen(
  root: HTMLElement,
  store: StoreApi<GameStore>,
  defaultScenario: string,
  defaultSide: string,
  options: MountOptions = {},
  reveal: string | null = null,
): () => void {
  // A scenario marked `listed: false` (a test world) is offered only when the page asks for it by name.
  const offered = (s: GameStore): ScenarioCard[] =>
    s.cards.filter((e) => e.face.listed !== false || e.id === reveal || e.id === defaultScenario);
  const initial: SetupDraft = {
    scenarioId: defaultScenario,
    side: defaultSide,
    turns: 0,
    seed: freshSeed(),
    aiLevel: 'normal',
    mode: 'solo',
  };
  const draftOf = (s: GameStore): SetupDraft => s.ui.setup ?? initial;
  // The draft is in the store from the start, so the pages opened from here (sources, who's who) show its scenario.
  if (!store.getState().ui.setup) store.getState().setUi({ setup: initial });
  const set = (patch: Partial<SetupDraft>): void => store.getState().setUi({ setup: { ...draftOf(store.getState()), ...patch } });
  const start = (quick: boolean): void => {
    const s = store.getState();
    const settled = settle(quick ? { ...initial, seed: draftOf(s).seed } : draftOf(s), offered(s));
    if (!settled) return;
    const { draft: d, sc } = settled;
    // The scenario's data is fetched now if it is not yet: loadLine says so, and why if it fails.
    void s.startGame({
      scenarioId: sc.id,
      side: quick ? d.side : startingSide(sc, d.mode, d.side),
      seed: d.seed,
      ...(!quick && d.preset ? { preset: d.preset, turns: d.turns } : {}),
      ...(quick ? {} : { aiLevel: d.aiLevel, mode: d.mode }),
    });
  };
  const defaults = { scenario: defaultScenario, side: defaultSide };
  // "Join a class" (issue 14): its form takes the set-up's place while it is open.
  const joinClass = classJoinEntry(store);
  return mountView(
    root,
    store,
    (s) => [s.ui.screen, s.game, s.ui.setup, s.cards, s.scenarios, s.scenarioLoad, s.ui.classLink],
    (s, w0, m) => {
      if (s.ui.screen !== 'start') return nothing;
      const list = offered(s);
      const settled = settle(draftOf(s), list);
      if (!settled) return html`<p>${w0.t('start.none')}</p>`;
      const { draft: d, sc } = settled;
      const ctx: Ctx = { w: words(s.lang, sc, s.reading), m, d, sc, set };
      // The default scenario first; the others in file order.
      const ordered = [...list].sort((a, b) => (a.id === defaultScenario ? -1 : b.id === defaultScenario ? 1 : 0));
      // A class setup link locks the screen to its game (src/ui/setup/classStart.ts) until the player leaves it.
      const link = s.ui.classLink;
      if (joinClass.isOpen())
        return html`<div class="start-inner"><header class="start-head"><h1 id=${m.id('start-title')}>${w0.t('start.title')}</h1></header>
          ${joinClass.host(m)}</div>`;
      if (link.kind === 'ok')
        return html`<div class="start-inner"><header class="start-head"><h1 id=${m.id('start-title')}>${w0.t('start.title')}</h1></header>
          ${classStart(s, m, link, briefing(ctx), (retry) => loadLine(s, w0, m, retry))}</div>`;
      return html`<div class="start-inner">${classLinkRefused(s, m)} ${startHead(s, w0, m, d, defaults, start, joinClass.button(w0, m))} ${setupForm(s, w0, ctx, ordered, start)}</div>`;
    },
    options,
  );
}
