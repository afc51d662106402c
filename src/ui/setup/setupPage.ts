import { html, nothing, render } from 'lit-html';
import { LANGUAGES, loadLanguage, type MessageKey } from '../../i18n/catalogue';
import { type Words, words } from '../../present/words';
import type { AiLevel, Reading, Said, Scenario } from '../../sim';
import type { ScenarioCard } from '../../state/scenarioCard';
import { type ClassSetup, type Controllers, checkCode, cleanTeam, FULL_GAME, MAX_TEAM, setupLink } from '../../state/setupLink';
import { readingField } from '../readingField';
import { freshSeed } from '../seed';
import { computerNames, listWords, playableNames } from './classLine';
import { handout, type TeamLink } from './handout';
import './classSetup.css';
import './setupPage.css';

/** What the teacher has chosen so far. Team names are kept as typed; a blank one is "Team n". */
type Form = {
  scenarioId: string;
  preset: string;
  sides: string[];
  controllers: Controllers;
  level: AiLevel;
  seed: number;
  lang: string;
  reading: Reading;
  teamCount: number;
  teams: string[];
  /** The seed and team-count boxes as typed: a value that is not a whole number in range holds the links back, saying why. */
  seedText: string;
  countText: string;
};

const MAX_TEAMS = 40;
const LEVELS: readonly AiLevel[] = ['easy', 'normal', 'hard'];

/** Whether a box's text is a whole number from `min` to `max`. */
function wholeIn(text: string, min: number, max: number): boolean {
  const t = text.trim();
  return /^\d{1,9}$/.test(t) && Number(t) >= min && Number(t) <= max;
}

/** Every team's setup and link, or the first problems that keep the form from making them (message keys). */
function teamsOf(f: Form, card: ScenarioCard, w: Words, base: string): { teams: TeamLink[]; problems: string[] } {
  const problems: string[] = [];
  if (!/^\d{1,9}$/.test(f.seedText.trim())) problems.push(w.t('setup.seedBad'));
  if (!wholeIn(f.countText, 1, MAX_TEAMS)) problems.push(w.t('setup.countBad', { max: MAX_TEAMS }));
  if (f.controllers === 'ai' && f.sides.length === 0) problems.push(w.t('setup.sidesNone'));
  const names = Array.from({ length: f.teamCount }, (_, i) => {
    const typed = f.teams[i] ?? '';
    const name = typed.trim() === '' ? w.t('setup.teamDefault', { n: i + 1 }) : cleanTeam(typed);
    if (name === null) problems.push(w.t('setup.teamBad', { n: i + 1, max: MAX_TEAM }));
    return name ?? '';
  });
  const twice = names.find((n, i) => n !== '' && names.indexOf(n) !== i);
  if (twice !== undefined) problems.push(w.t('setup.teamsSame', { name: twice }));
  if (problems.length > 0) return { teams: [], problems };
  // In hot-seat the side that moves first, as the start screen's two-player game starts (playModeField's startingSide).
  const sc = card.face;
  const first = sc.turnOrder.find((id) => sc.actors.find((a) => a.id === id)?.playable) ?? f.sides[0] ?? '';
  const teams = names.map((team, i): TeamLink => {
    const setup: ClassSetup = {
      scenarioId: card.id,
      preset: f.preset,
      side: f.controllers === 'hotseat' ? first : (f.sides[i % f.sides.length] ?? first),
      controllers: f.controllers,
      level: f.level,
      seed: f.seed,
      lang: f.lang,
      team,
      reading: f.reading,
    };
    return { n: i + 1, setup, link: setupLink(base, setup), code: checkCode(setup) };
  });
  return { teams, problems };
}

/**
 * The teacher's setup page (setup.html): chooses the game every team plays and makes one link per
 * team and one printable handout per team. No store and no map: a form, drawn again on each
 * change; the chosen scenario's data is fetched for the handouts' objectives.
 */
export function mountSetupPage(
  root: HTMLElement,
  pageLang: string,
  cards: readonly ScenarioCard[],
  load: (card: ScenarioCard) => Promise<Scenario | Said>,
): void {
  const doc = root.ownerDocument;
  doc.body.classList.add('setup-page');
  const listed = cards.filter((c) => c.face.listed !== false);
  const first = listed.find((c) => c.id === 'paz-pivot') ?? listed[0];
  const pw = words(pageLang);
  doc.documentElement.lang = pw.lang;
  doc.title = pw.t('setup.pageTitle');
  if (!first) {
    render(html`<main class="setup-main"><h1>${pw.t('setup.title')}</h1><p>${pw.t('start.none')}</p></main>`, root);
    return;
  }
  const playableOf = (c: ScenarioCard): string[] => c.face.actors.filter((a) => a.playable).map((a) => a.id);
  const f: Form = {
    scenarioId: first.id,
    preset: FULL_GAME,
    sides: playableOf(first).slice(0, 1),
    controllers: 'ai',
    level: 'normal',
    seed: freshSeed(),
    lang: pageLang,
    reading: 'advanced',
    teamCount: 4,
    teams: [],
    seedText: '',
    countText: '4',
  };
  f.seedText = String(f.seed);
  // Scenarios fetched so far for the handouts (or why one could not be).
  const loaded = new Map<string, Scenario | Said>();
  const want = (c: ScenarioCard): void => {
    if (loaded.has(c.id)) return;
    void load(c).then((r) => {
      loaded.set(c.id, r);
      draw();
    });
  };
  const set = (patch: Partial<Form>): void => {
    Object.assign(f, patch);
    draw();
  };

  const draw = (): void => {
    const card = listed.find((c) => c.id === f.scenarioId) ?? first;
    const w = words(pageLang, card.face);
    want(card);
    const { teams, problems } = teamsOf(f, card, words(f.lang, card.face, f.reading), doc.location.href);
    render(
      html`<nav class="setup-bar no-print"><a href="./" id="setup-back">${w.t('setup.back')}</a></nav>
        <main class="setup-main" aria-labelledby="setup-title">
          <div class="no-print">
            <h1 id="setup-title">${w.t('setup.title')}</h1>
            <p class="lead">${w.t('setup.lead')}</p>
            ${form(w, f, card, set)}
            ${linksPart(w, card, teams, problems)}
          </div>
          ${handoutsPart(w, f, card, teams, loaded.get(card.id))}
        </main>`,
      root,
    );
  };
  const form = (w: Words, f: Form, card: ScenarioCard, set: (p: Partial<Form>) => void) => {
    const sc = card.face;
    const chooseScenario = (id: string): void => {
      const c = listed.find((x) => x.id === id);
      if (c) set({ scenarioId: id, preset: FULL_GAME, sides: playableOf(c).slice(0, 1) });
    };
    const toggleSide = (id: string, on: boolean): void => {
      const order = playableOf(card);
      set({ sides: order.filter((x) => (x === id ? on : f.sides.includes(x))) });
    };
    const seedInput = (e: Event): void => {
      const text = (e.target as HTMLInputElement).value;
      set(/^\d{1,9}$/.test(text.trim()) ? { seedText: text, seed: Number(text) } : { seedText: text });
    };
    const count = (e: Event): void => {
      const text = (e.target as HTMLInputElement).value;
      set(wholeIn(text, 1, MAX_TEAMS) ? { countText: text, teamCount: Number(text) } : { countText: text });
    };
    const others = computerNames(w, sc, { side: f.sides[0] ?? '', controllers: 'hotseat' });
    return html`<form class="setup-form" @submit=${(e: Event) => e.preventDefault()}>
      <fieldset>
        <legend>${w.t('start.scenario')}</legend>
        ${listed.map(
          (c) => html`<label class="choice-card${c.id === card.id ? ' chosen' : ''}">
            <input type="radio" name="setup-scenario" id=${`setup-sc-${c.id}`} value=${c.id} .checked=${c.id === card.id}
              @change=${() => chooseScenario(c.id)} />
            <span class="choice-text"><strong>${words(pageLang, c.face).text(c.face.title)}</strong></span>
          </label>`,
        )}
      </fieldset>
      <div class="field">
        <label for="setup-length">${w.t('start.length')}</label>
        <select id="setup-length" @change=${(e: Event) => set({ preset: (e.target as HTMLSelectElement).value })}>
          <option value=${FULL_GAME} ?selected=${f.preset === FULL_GAME}>${w.t('start.full', { turns: sc.turns })}</option>
          ${(sc.presets ?? []).map((p) => html`<option value=${p.id} ?selected=${f.preset === p.id}>${w.t('start.presetTurns', { name: w.text(p.name), turns: p.turns })}</option>`)}
        </select>
      </div>
      <fieldset>
        <legend>${w.t('setup.others')}</legend>
        ${(['ai', 'hotseat'] as const).map(
          (k) => html`<label class="choice-card${f.controllers === k ? ' chosen' : ''}">
            <input type="radio" name="setup-controllers" id=${`setup-controllers-${k}`} value=${k} .checked=${f.controllers === k}
              aria-describedby=${`setup-controllers-${k}-hint`} @change=${() => set({ controllers: k })} />
            <span class="choice-text">
              <strong>${w.t(k === 'ai' ? 'setup.othersAi' : 'setup.othersHotseat')}</strong>
              <span class="summary" id=${`setup-controllers-${k}-hint`}>${
                k === 'ai' ? w.t('setup.othersAiHint') : w.t('setup.othersHotseatHint', { sides: listWords(w, playableNames(w, sc)) })
              }</span>
            </span>
          </label>`,
        )}
        ${others.length > 0 ? html`<p class="hint">${w.t('setup.alwaysAi', { actors: listWords(w, others) })}</p>` : nothing}
      </fieldset>
      ${
        // In hot-seat every team plays every playable side: there is no side to choose.
        f.controllers === 'ai'
          ? html`<fieldset>
              <legend>${w.t('setup.sides')}</legend>
              ${sc.actors
                .filter((a) => a.playable)
                .map(
                  (a) => html`<label class="choice-card side${f.sides.includes(a.id) ? ' chosen' : ''}">
                    <input type="checkbox" id=${`setup-side-${a.id}`} value=${a.id} .checked=${f.sides.includes(a.id)}
                      @change=${(e: Event) => toggleSide(a.id, (e.target as HTMLInputElement).checked)} />
                    <span class="choice-text"><strong>${w.text(a.name)}</strong></span>
                  </label>`,
                )}
              <p class="hint">${w.t('setup.sidesHint')}</p>
            </fieldset>`
          : nothing
      }
      <div class="field">
        <label for="setup-level">${w.t('start.level')}</label>
        <select id="setup-level" @change=${(e: Event) => set({ level: (e.target as HTMLSelectElement).value as AiLevel })}>
          ${LEVELS.map((l) => html`<option value=${l} ?selected=${f.level === l}>${w.t(`start.level.${l}` as MessageKey)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="setup-seed">${w.t('start.seed')}</label>
        <div class="seed-row">
          <input id="setup-seed" type="number" min="0" step="1" inputmode="numeric" .value=${f.seedText} aria-describedby="setup-seed-hint"
            @input=${seedInput} />
          <button type="button" id="setup-new-seed" @click=${() => {
            const seed = freshSeed();
            set({ seed, seedText: String(seed) });
          }}>${w.t('start.newSeed')}</button>
        </div>
        <p class="hint" id="setup-seed-hint">${w.t('start.seedHint')}</p>
      </div>
      <div class="field">
        <label for="setup-lang">${w.t('setup.language')}</label>
        <select id="setup-lang" @change=${(e: Event) => {
          // The handouts are worded in the chosen language: its words are fetched first.
          const code = (e.target as HTMLSelectElement).value;
          void loadLanguage(code).then((got) => set({ lang: got }));
        }}>
          ${Object.entries(LANGUAGES).map(([code, l]) => html`<option value=${code} lang=${code} ?selected=${code === f.lang}>${l.name}</option>`)}
        </select>
      </div>
      ${readingField(w, 'setup-reading', f.reading, (reading) => set({ reading }))}
      <fieldset>
        <legend>${w.t('setup.teams')}</legend>
        <div class="field">
          <label for="setup-team-count">${w.t('setup.teamCount')}</label>
          <input id="setup-team-count" type="number" min="1" max=${MAX_TEAMS} step="1" .value=${f.countText} @input=${count} />
        </div>
        <ol class="setup-team-names">
          ${Array.from(
            { length: f.teamCount },
            (_, i) => html`<li class="field">
              <label for=${`setup-team-${i + 1}`}>${w.t('setup.teamName', { n: i + 1 })}</label>
              <input id=${`setup-team-${i + 1}`} type="text" maxlength=${MAX_TEAM * 2} .value=${f.teams[i] ?? ''}
                placeholder=${w.t('setup.teamDefault', { n: i + 1 })} @input=${(e: Event) => {
                  const teams = [...f.teams];
                  teams[i] = (e.target as HTMLInputElement).value;
                  set({ teams });
                }} />
            </li>`,
          )}
        </ol>
      </fieldset>
    </form>`;
  };
  draw();
}

/** The links, one per team, or what keeps the form from making them. */
function linksPart(w: Words, card: ScenarioCard, teams: readonly TeamLink[], problems: readonly string[]) {
  if (problems.length > 0)
    return html`<section class="setup-links" aria-labelledby="setup-links-title">
      <h2 id="setup-links-title">${w.t('setup.links')}</h2>
      <div class="setup-problems error" role="alert" id="setup-problems">
        <ul>${problems.map((p) => html`<li>${p}</li>`)}</ul>
        <p>${w.t('setup.fix')}</p>
      </div>
    </section>`;
  return html`<section class="setup-links" aria-labelledby="setup-links-title">
    <h2 id="setup-links-title">${w.t('setup.links')}</h2>
    <p class="hint">${w.t('setup.linksHint')}</p>
    <ol class="setup-link-list">
      ${teams.map(
        (t) => html`<li>
          <strong>${w.t('setup.linkFor', {
            team: t.setup.team,
            side:
              t.setup.controllers === 'hotseat'
                ? w.t('setup.hotseatSides', { sides: listWords(w, playableNames(w, card.face)) })
                : w.actor(t.setup.side),
          })}</strong>
          <span class="meta">(${w.t('setup.linkCode', { code: t.code })})</span><br />
          <a class="setup-team-link" id=${`setup-link-${t.n}`} href=${t.link} target="_blank" rel="noopener">${t.link}</a>
        </li>`,
      )}
    </ol>
    <p>
      <button type="button" class="primary" id="setup-print" aria-describedby="setup-print-hint" @click=${() => window.print()}>${w.t('setup.print')}</button>
    </p>
    <p class="hint" id="setup-print-hint">${w.t('setup.printHint')}</p>
  </section>`;
}

/** The handouts: previewed on the page, one sheet each in print. They need the scenario's objectives, fetched on demand. */
function handoutsPart(w: Words, f: Form, card: ScenarioCard, teams: readonly TeamLink[], got: Scenario | Said | undefined) {
  if (teams.length === 0) return nothing;
  const body =
    got === undefined
      ? html`<p class="loading" role="status">${w.t('handout.loading', { scenario: w.text(card.face.title) })}</p>`
      : 'key' in got
        ? html`<p class="load-failed error" role="alert">${w.say(got)}</p>`
        : teams.map((t) => handout(words(f.lang, got, f.reading), got, card.face, t));
  return html`<section class="setup-handouts" aria-labelledby="setup-handouts-title">
    <h2 id="setup-handouts-title" class="no-print">${w.t('setup.handouts')}</h2>
    ${body}
  </section>`;
}
