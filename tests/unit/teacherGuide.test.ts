import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/headless';
import { en } from '../../src/i18n/catalogue';
import { SOURCE_PLACES } from '../../src/present/sourcedEntries';
import { crossCheck } from '../../src/scenario/crossCheck';
import type { Scenario, TeacherGuide } from '../../src/sim/index';
import { claimsInPlay } from '../../src/ui/teacherGuide';
import { scenarioFiles, tinyScenario } from './helpers';

const guide = (patch: Partial<TeacherGuide> = {}): TeacherGuide => ({
  minutes: 50,
  plan: [
    { minutes: 10, text: 'Set up' },
    { minutes: 30, text: 'Play' },
    { minutes: 10, text: 'Debrief' },
  ],
  questionNotes: ['a', 'b', 'c'],
  ...patch,
});

const withGuide = (g: TeacherGuide, extensions?: string[]): Scenario =>
  tinyScenario({
    learning: { objectives: ['o'], questions: ['q1', 'q2', 'q3'], ...(extensions ? { extensions } : {}) },
    teacherGuide: g,
  });

const guideProblems = (sc: Scenario): string[] =>
  crossCheck(sc)
    .filter((p) => p.path[0] === 'teacherGuide')
    .map((p) => `${p.path.join('.')}: ${p.message}`);

describe('the validator checks a teacher guide against itself and the questions', () => {
  it('accepts a guide whose plan adds up and that has one note per question and extension', () => {
    expect(guideProblems(withGuide(guide({ extensionNotes: ['x', 'y'] }), ['e1', 'e2']))).toEqual([]);
  });

  it("refuses a plan whose steps do not add up to the guide's minutes", () => {
    const g = guide({
      plan: [
        { minutes: 20, text: 'Play' },
        { minutes: 25, text: 'Debrief' },
      ],
    });
    expect(guideProblems(withGuide(g))).toEqual(["teacherGuide.plan: the plan's steps add up to 45 minutes, not the guide's 50"]);
  });

  it('refuses too few or too many question notes', () => {
    expect(guideProblems(withGuide(guide({ questionNotes: ['a', 'b'] })))).toEqual([
      'teacherGuide.questionNotes: 2 question notes for 3 core questions: give one note per question, in order',
    ]);
    expect(guideProblems(withGuide(guide({ questionNotes: ['a', 'b', 'c', 'd'] })))).toHaveLength(1);
  });

  it('refuses extension notes that do not match the extensions, and allows leaving them out', () => {
    expect(guideProblems(withGuide(guide({ extensionNotes: ['x'] }), ['e1', 'e2']))).toEqual([
      'teacherGuide.extensionNotes: 1 extension notes for 2 extensions: give one note per extension, in order',
    ]);
    expect(guideProblems(withGuide(guide({ extensionNotes: ['x'] })))).toHaveLength(1);
    expect(guideProblems(withGuide(guide(), ['e1', 'e2']))).toEqual([]);
  });

  it('a scenario with no guide has nothing to check', () => {
    expect(guideProblems(tinyScenario())).toEqual([]);
  });
});

describe('shipped scenarios are ready for a class', () => {
  const shipped = scenarioFiles()
    .map((f) => loadScenario(f).scenario)
    .filter((sc) => sc.listed !== false);

  it('there are shipped scenarios to check', () => {
    expect(shipped.length).toBeGreaterThanOrEqual(2);
  });

  for (const sc of shipped) {
    it(`${sc.id} has exactly three core questions and a teacher guide with a note for each`, () => {
      expect(sc.learning?.questions).toHaveLength(3);
      expect(sc.teacherGuide).toBeDefined();
      expect(sc.teacherGuide?.questionNotes).toHaveLength(3);
      expect(sc.teacherGuide?.plan.reduce((t, x) => t + x.minutes, 0)).toBe(sc.teacherGuide?.minutes);
    });
  }
});

describe("the guide's list of claims in play", () => {
  it('names every place a sourced entry can be shown', () => {
    for (const p of SOURCE_PLACES) expect(Object.hasOwn(en, `teacher.place.${p}`), p).toBe(true);
  });

  it('keeps every source marked other than confirmed, and only those', () => {
    const sc = tinyScenario({
      actions: [
        ...tinyScenario().actions,
        {
          id: 'claimed',
          actor: 'p',
          kind: 'domestic',
          name: 'Claimed',
          cost: { capital: 1 },
          effects: [],
          sources: [
            { doc: 'a.txt', verdict: 'confirmed' },
            { doc: 'a.txt', verdict: 'wrong', ref: 'no such summit' },
            { doc: 'a.txt', verdict: 'prediction' },
            { doc: 'a.txt' },
          ],
        },
      ],
    });
    const found = claimsInPlay(sc).filter((c) => c.entry.path === 'actions.claimed');
    expect(found.map((c) => c.source.verdict)).toEqual(['wrong', 'prediction']);
    expect(found[0]?.entry.place).toBe('action');
  });
});
