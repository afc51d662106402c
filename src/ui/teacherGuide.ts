import { html, nothing, render, type TemplateResult } from 'lit-html';
import type { MessageKey } from '../i18n/catalogue';
import { isMarked, type SourcedEntry, type SourcePlace, sourcedEntries } from '../present/sourcedEntries';
import { type Words, words } from '../present/words';
import type { Said, Scenario, SourceRef, Text } from '../sim';
import type { ScenarioFace } from '../state/createGameStore';
import './sources.css';
import './teacherGuide.css';

export { teacherGuideHref, teacherGuideLink } from './teacherGuideLink';

import { teacherGuideHref } from './teacherGuideLink';

/** One marked claim in play: the entry, where it is shown, and one of its sources that is not simply confirmed. */
export type ClaimInPlay = { entry: SourcedEntry; source: SourceRef };

/** The claims students can find in play: every source marked with a verdict other than confirmed, with its entry. */
export function claimsInPlay(sc: Scenario): ClaimInPlay[] {
  return sourcedEntries(sc).flatMap((entry) => (entry.sources ?? []).filter(isMarked).map((source) => ({ entry, source })));
}

const placeKey = (p: SourcePlace): MessageKey => `teacher.place.${p}` as MessageKey;

function plan(w: Words, sc: Scenario) {
  const g = sc.teacherGuide;
  if (!g) return nothing;
  let at = 0;
  return html`<section class="tg-section" aria-labelledby="tg-plan">
    <h2 id="tg-plan">${w.t('teacher.plan', { minutes: g.minutes })}</h2>
    <ol class="tg-plan">
      ${g.plan.map((step) => {
        const from = at;
        at += step.minutes;
        return html`<li>
          <span class="tg-time"><strong>${w.t('teacher.planStep', { minutes: step.minutes })}</strong>
            <span class="tg-at">${w.t('teacher.planAt', { from, to: at })}</span></span>
          <span class="tg-step">${w.text(step.text)}</span>
        </li>`;
      })}
    </ol>
  </section>`;
}

function roles(w: Words, sc: Scenario) {
  const g = sc.teacherGuide;
  const names = (playable: boolean): string[] => sc.actors.filter((a) => !!a.playable === playable).map((a) => w.text(a.name));
  const list = (xs: string[]): string => new Intl.ListFormat(w.lang, { type: 'conjunction' }).format(xs);
  return html`<section class="tg-section" aria-labelledby="tg-roles">
    <h2 id="tg-roles">${w.t('teacher.roles')}</h2>
    <p>${w.t('teacher.playable', { list: list(names(true)), others: list(names(false)) })}</p>
    ${
      (g?.roles ?? []).length > 0
        ? html`<dl class="tg-roles">${(g?.roles ?? []).map((r) => html`<div><dt>${w.text(r.role)}</dt><dd>${w.text(r.text)}</dd></div>`)}</dl>`
        : nothing
    }
    <p>${w.t('teacher.seating')}</p>
  </section>`;
}

function watchFor(w: Words, sc: Scenario) {
  const items = sc.teacherGuide?.watchFor ?? [];
  if (items.length === 0) return nothing;
  return html`<section class="tg-section" aria-labelledby="tg-watch">
    <h2 id="tg-watch">${w.t('teacher.watchFor')}</h2>
    <ul>${items.map((x) => html`<li>${w.text(x)}</li>`)}</ul>
  </section>`;
}

/** Questions with their notes: what a good answer contains. */
function questionList(w: Words, id: string, title: string, questions: readonly Text[], notes: readonly Text[], extension: boolean) {
  if (questions.length === 0) return nothing;
  return html`<section class="tg-section" aria-labelledby=${id}>
    <h2 id=${id}>${title}</h2>
    <ol class="tg-questions${extension ? ' extensions' : ''}">
      ${questions.map((q, i) => {
        const note = notes[i];
        return html`<li>
          <p class="tg-question">${extension ? html`<span class="extension-label">${w.t('questions.extensionLabel')}:</span> ` : nothing}${w.text(q)}</p>
          ${note !== undefined ? html`<p class="tg-note"><strong>${w.t('teacher.note')}</strong> ${w.text(note)}</p>` : nothing}
        </li>`;
      })}
    </ol>
  </section>`;
}

function objectives(w: Words, sc: Scenario) {
  const items = sc.learning?.objectives ?? [];
  if (items.length === 0) return nothing;
  return html`<section class="tg-section" aria-labelledby="tg-objectives">
    <h2 id="tg-objectives">${w.t('teacher.objectives')}</h2>
    <ul>${items.map((x) => html`<li>${w.text(x)}</li>`)}</ul>
  </section>`;
}

function factCheck(w: Words, sc: Scenario) {
  const f = sc.teacherGuide?.factCheck;
  const inPlay = claimsInPlay(sc);
  const table = (head: TemplateResult, rows: TemplateResult[]) =>
    html`<table class="tg-claims"><thead>${head}</thead><tbody>${rows}</tbody></table>`;
  return html`<section class="tg-section" aria-labelledby="tg-factcheck">
    <h2 id="tg-factcheck">${w.t('teacher.factCheck')}</h2>
    ${
      f
        ? html`<p>${w.text(f.intro)}</p>
          ${
            f.claims.length > 0
              ? table(
                  html`<tr><th scope="col">${w.t('teacher.claim')}</th><th scope="col">${w.t('teacher.where')}</th><th scope="col">${w.t('teacher.answer')}</th></tr>`,
                  f.claims.map((c) => html`<tr><td>${w.text(c.claim)}</td><td>${w.text(c.where)}</td><td>${w.text(c.answer)}</td></tr>`),
                )
              : nothing
          }`
        : nothing
    }
    <h3 id="tg-inplay">${w.t('teacher.inPlay')}</h3>
    <p class="hint">${w.t('teacher.inPlayLead')}</p>
    ${
      inPlay.length === 0
        ? html`<p>${w.t('teacher.inPlayNone')}</p>`
        : table(
            html`<tr><th scope="col">${w.t('teacher.claim')}</th><th scope="col">${w.t('teacher.where')}</th><th scope="col">${w.t('teacher.verdict')}</th><th scope="col">${w.t('teacher.answer')}</th></tr>`,
            inPlay.map(
              ({ entry, source }) => html`<tr data-path=${entry.path}>
                <td><strong>${w.text(entry.title)}</strong>${source.quote ? html` <q lang="en">${source.quote}</q>${source.gloss?.[w.lang] && w.lang !== 'en' ? html` <span class="gloss">${w.t('sources.gloss', { text: source.gloss[w.lang] ?? '' })}</span>` : nothing}` : nothing}</td>
                <td>${w.t(placeKey(entry.place))}</td>
                <td><span class="verdict verdict-${source.verdict}">${w.t(`sources.verdict.${source.verdict}` as MessageKey)}</span></td>
                <td>${w.text(source.ref)}</td>
              </tr>`,
            ),
          )
    }
  </section>`;
}

/**
 * The printable teacher guide of one scenario: title, the timed lesson plan, roles and how to seat
 * teams, what to watch for, each core question and extension with its note, the learning
 * objectives, and the fact-check exercise (the guide's claims, then every claim in play that is not
 * simply confirmed, from the scenario's sources). Print and Back sit in a bar that never prints.
 */
export function teacherGuideView(w: Words, sc: Scenario, back: string) {
  const g = sc.teacherGuide;
  const title = w.t('teacher.pageTitle', { scenario: w.text(sc.title) });
  return html`<nav class="tg-bar no-print" aria-label=${w.t('teacher.link')}>
      <a href=${back} id="tg-back">${w.t('teacher.back')}</a>
      <button type="button" id="tg-print" @click=${() => window.print()}>${w.t('teacher.print')}</button>
    </nav>
    <main class="teacher-guide" id="teacher-guide" aria-labelledby="tg-title">
      <h1 id="tg-title">${title}</h1>
      ${
        g
          ? html`<p class="lead">${w.t('teacher.lead', { minutes: g.minutes, scenario: w.text(sc.title) })}</p>
            ${plan(w, sc)} ${roles(w, sc)} ${watchFor(w, sc)}
            ${questionList(w, 'tg-questions', w.t('teacher.questions'), sc.learning?.questions ?? [], g.questionNotes, false)}
            ${questionList(w, 'tg-extensions', w.t('teacher.extensions'), sc.learning?.extensions ?? [], g.extensionNotes ?? [], true)}
            ${objectives(w, sc)} ${factCheck(w, sc)}`
          : html`<p>${w.t('teacher.none')}</p>${roles(w, sc)} ${objectives(w, sc)} ${factCheck(w, sc)}`
      }
    </main>`;
}

/**
 * Renders the guide page into `root`: the guide of the scenario `id` names, once `load` has
 * fetched it (a loading line until then, and the reason if it cannot be), or, for an id that
 * names none, the guides there are. Sets the document's title and language to match.
 */
export async function mountTeacherGuidePage(
  root: HTMLElement,
  lang: string,
  cards: readonly { id: string; face: ScenarioFace }[],
  id: string,
  load: (id: string) => Promise<Scenario | Said>,
): Promise<void> {
  const doc = root.ownerDocument;
  doc.body.classList.add('teacher-guide-page');
  const card = cards.find((e) => e.id === id);
  const w = words(lang);
  doc.documentElement.lang = w.lang;
  if (card) {
    const title = w.text(card.face.title);
    doc.title = w.t('teacher.pageTitle', { scenario: title });
    render(html`<p class="loading" role="status">${w.t('scenarioLoad.loading', { scenario: title })}</p>`, root);
    const got = await load(id);
    if ('key' in got) {
      render(
        html`<main class="teacher-guide" id="teacher-guide">
          <h1>${doc.title}</h1>
          <p class="load-failed" role="alert">${w.say(got)}</p>
          <p><a href="./">${w.t('teacher.back')}</a></p>
        </main>`,
        root,
      );
      return;
    }
    render(teacherGuideView(words(lang, got), got, './'), root);
    return;
  }
  const listed = cards.filter((e) => e.face.listed !== false);
  doc.title = w.t('page.teacherGuide');
  render(
    html`<main class="teacher-guide" id="teacher-guide">
      <h1>${w.t('teacher.link')}</h1>
      <p>${w.t('teacher.unknown', { id })}</p>
      <ul>${listed.map((e) => html`<li><a href=${teacherGuideHref(e.id)}>${w.text(e.face.title)}</a></li>`)}</ul>
      <p><a href="./">${w.t('teacher.back')}</a></p>
    </main>`,
    root,
  );
}
