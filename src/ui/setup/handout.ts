import { html, nothing } from 'lit-html';
import type { Words } from '../../present/words';
import { type GameObjectives, objectivesFor, type Scenario } from '../../sim';
import type { ScenarioFace } from '../../state/scenarioCard';
import { type ClassSetup, FULL_GAME, teamFilePart } from '../../state/setupLink';
import { lengthWords, sideWords } from './classLine';
import { qrDataUrl } from './qr';

/** One team's part of a class setup: its name, the side it plays, its link and check code. */
export type TeamLink = { n: number; setup: ClassSetup; link: string; code: string };

/** The objectives of the game a setup plays, for each side the team plays. */
function objectivesOf(sc: Scenario, s: ClassSetup): GameObjectives[] {
  const p = s.preset === FULL_GAME ? undefined : sc.presets?.find((x) => x.id === s.preset);
  const all = objectivesFor(sc, p ? { turns: p.turns, preset: p.id, startTurn: p.startTurn } : { turns: sc.turns });
  const sides = s.controllers === 'hotseat' ? sc.actors.filter((a) => a.playable).map((a) => a.id) : [s.side];
  return all.filter((o) => sides.includes(o.actor));
}

/** One side's briefing in short (what it wants and fears) and its objectives with their points. */
function sidePart(w: Words, face: ScenarioFace, o: GameObjectives, id: string) {
  const b = face.actors.find((a) => a.id === o.actor)?.briefing;
  return html`<section class="handout-side" aria-labelledby=${id}>
    <h3 id=${id}>${w.t('handout.briefing', { side: w.actor(o.actor) })}</h3>
    ${
      b
        ? html`<p><strong>${w.t('start.wants')}:</strong> ${w.text(b.wants)}</p>
          <p><strong>${w.t('start.fears')}:</strong> ${w.text(b.fears)}</p>`
        : nothing
    }
    <h4>${w.t('handout.objectives')}</h4>
    <p>${w.t('handout.winAt', { winAt: w.num(o.winAt, Number.isInteger(o.winAt) ? 0 : 1), max: w.num(o.max, Number.isInteger(o.max) ? 0 : 1) })}</p>
    <ul class="handout-objectives">
      ${o.items.map((i) => html`<li>${w.text(i.text)} <span class="pts">(${w.t('handout.points', { points: i.points })})</span></li>`)}
    </ul>
  </section>`;
}

/** A link as a person types it from paper: letters shown as letters (ó, not %C3%B3); what must stay escaped stays so. */
function readable(link: string): string {
  try {
    return decodeURI(link);
  } catch {
    return link;
  }
}

/**
 * A printable page for one team: who they are and what they play, the link and its QR code, how
 * to tell they opened the right game, their briefing in short and objectives, and what to hand in.
 * Words are the students' language (the setup's), not the teacher's.
 */
export function handout(w: Words, sc: Scenario, face: ScenarioFace, t: TeamLink) {
  const s = t.setup;
  const id = `handout-${t.n}`;
  const file = `altiplano-${teamFilePart(s.team)}-${s.scenarioId}-….json`;
  // Hot-seat: both sides on the one page, side by side.
  const sides = objectivesOf(sc, s);
  return html`<section class="handout${sides.length > 1 ? ' two-sides' : ''}" id=${id} aria-labelledby=${`${id}-title`}>
    <h2 id=${`${id}-title`}>${w.t('handout.title', { team: s.team })}</h2>
    <p class="handout-game">${w.t('handout.game', { scenario: w.text(face.title), length: lengthWords(w, face, s.preset), seed: String(s.seed) })}</p>
    <p class="handout-you"><strong>${w.t('handout.youPlay', { side: sideWords(w, face, s) })}</strong></p>
    <div class="handout-open">
      <img class="handout-qr" src=${qrDataUrl(t.link)} alt=${w.t('handout.qrAlt', { team: s.team })} width="180" height="180" />
      <div>
        <p>${w.t('handout.open')}</p>
        <p class="handout-url"><a href=${t.link}>${readable(t.link)}</a></p>
        <p class="hint">${w.t('handout.checkLine', { team: s.team, code: t.code })}</p>
      </div>
    </div>
    <div class="handout-sides">${sides.map((o) => sidePart(w, face, o, `${id}-${o.actor}`))}</div>
    <section class="handout-hand-in" aria-labelledby=${`${id}-hand-in`}>
      <h3 id=${`${id}-hand-in`}>${w.t('handout.handIn')}</h3>
      <p>${w.t('handout.handInText', { file })}</p>
    </section>
  </section>`;
}
