import type { Words } from '../../present/words';
import type { ScenarioFace } from '../../state/scenarioCard';
import { type ClassSetup, FULL_GAME } from '../../state/setupLink';

/** A setup's length in words: the full game, or the preset's name, each with its number of turns. */
export function lengthWords(w: Words, sc: ScenarioFace, preset: string): string {
  const p = preset === FULL_GAME ? undefined : (sc.presets ?? []).find((x) => x.id === preset);
  return p ? w.t('classSetup.preset', { name: w.text(p.name), turns: p.turns }) : w.t('classSetup.full', { turns: sc.turns });
}

/** Names as a list in the reader's language ("A, B and C"). */
export function listWords(w: Words, names: readonly string[]): string {
  return new Intl.ListFormat(w.lang, { type: 'conjunction' }).format(names);
}

/** The side or sides a team plays: its side, or in hot-seat every playable side in turn on one device. */
export function sideWords(w: Words, sc: ScenarioFace, s: Pick<ClassSetup, 'side' | 'controllers'>): string {
  if (s.controllers !== 'hotseat') return w.actor(s.side);
  return w.t('classSetup.hotseat', { sides: listWords(w, playableNames(w, sc)) });
}

export function playableNames(w: Words, sc: ScenarioFace): string[] {
  return sc.actors.filter((a) => a.playable).map((a) => w.text(a.name));
}

/** The actors the computer plays in a setup's game. */
export function computerNames(w: Words, sc: ScenarioFace, s: Pick<ClassSetup, 'side' | 'controllers'>): string[] {
  return sc.actors.filter((a) => (s.controllers === 'hotseat' ? !a.playable : a.id !== s.side)).map((a) => w.text(a.name));
}

/** "Class setup: <scenario> · <length> · you play <side> · seed N · for team X (code ABCD)": what a student sees of the setup. */
export function classLine(w: Words, sc: ScenarioFace, s: ClassSetup, code: string): string {
  return w.t('classSetup.line', {
    scenario: w.text(sc.title),
    length: lengthWords(w, sc, s.preset),
    side: sideWords(w, sc, s),
    seed: String(s.seed),
    team: s.team,
    code,
  });
}
