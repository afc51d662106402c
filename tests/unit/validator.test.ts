import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadScenarioText, MAX_SCENARIO_BYTES, type Problem } from '../../src/scenario/loadScenario';
import { scenarioFiles } from './helpers';

const FIXTURES = join(__dirname, '..', 'fixtures');
/** A small valid scenario; the tests below break it line by line (see the file for line numbers). */
const MINIMAL = readFileSync(join(FIXTURES, 'minimal.yaml'), 'utf8');

/** MINIMAL with some lines (1-based) replaced; a replacement may hold several lines. */
function edit(changes: Record<number, string>): string {
  return MINIMAL.split('\n')
    .map((l, i) => changes[i + 1] ?? l)
    .join('\n');
}

function problems(text: string, file = 'f.yaml'): Problem[] {
  const r = loadScenarioText(text, file);
  if (r.ok) expect.fail('expected the scenario to be refused');
  return r.problems;
}

/** Expects exactly one problem, at line:column, whose message matches. */
function expectOne(text: string, line: number, column: number, message: RegExp): void {
  const ps = problems(text);
  expect(ps.map(formatProblem)).toHaveLength(1);
  expect(ps[0]).toMatchObject({ file: 'f.yaml', line, column, message: expect.stringMatching(message) });
}

describe('good files', () => {
  it('the minimal fixture is valid', () => {
    const r = loadScenarioText(MINIMAL, 'minimal.yaml');
    expect(r.ok ? r.scenario.id : r.problems.map(formatProblem)).toBe('minimal');
  });

  it.each(scenarioFiles().map((f) => [basename(f), f]))('%s loads without problems', (_name, file) => {
    const r = loadScenarioText(readFileSync(file, 'utf8'), file);
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual([]);
    if (r.ok) {
      expect(`${r.scenario.id}.yaml`).toBe(basename(file));
      expect(r.hash).toMatch(/^[0-9a-f]{16}$/);
    }
  });

  it('formats a problem as FILE:LINE:COLUMN: message', () => {
    const p = { file: 'a.yaml', line: 3, column: 7, key: 'validator.plain', params: { text: 'bad' }, message: 'bad' } as const;
    expect(formatProblem({ ...p, severity: 'error' })).toBe('a.yaml:3:7: bad');
    expect(formatProblem({ ...p, severity: 'warning' })).toBe('a.yaml:3:7: warning: bad');
  });
});

describe('files that are not a scenario at all', () => {
  it('a YAML syntax error, at its line', () => {
    const ps = problems(edit({ 10: '    name: United: States' }));
    expect(ps[0]).toMatchObject({ line: 10, message: expect.stringMatching(/^YAML: /) });
  });

  it('tabs used as indentation, at their line', () => {
    expect(problems(edit({ 10: '\tname: x' }))[0]).toMatchObject({
      line: 10,
      column: 1,
      message: 'YAML: a tab is used to indent this line; YAML allows only spaces. Replace the tab with spaces',
    });
  });

  it('an empty file', () => {
    expectOne('', 1, 1, /the file is empty/);
    expectOne('  \n\n', 1, 1, /the file is empty/);
  });

  it('a binary file (NUL bytes)', () => {
    expectOne('id: x\n\u0000\u0001\u0002\n', 1, 1, /not a text file/);
  });

  it('a top-level list, or a bare scalar', () => {
    expectOne('- id: a\n- id: b\n', 1, 1, /must be a YAML mapping/);
    expectOne('just words\n', 1, 1, /must be a YAML mapping/);
  });

  it(`huge input (> ${MAX_SCENARIO_BYTES} characters) is refused before parsing`, () => {
    const huge = `${MINIMAL}\n# ${'x'.repeat(MAX_SCENARIO_BYTES)}\n`;
    expectOne(huge, 1, 1, new RegExp(`at most ${MAX_SCENARIO_BYTES}`));
  });

  it('an alias bomb (billion laughs) is refused, not expanded', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    expectOne(lines.join('\n'), 1, 1, /alias/i);
    expectOne(
      `${MINIMAL}\nx1: &x1 [1,1,1,1,1,1,1,1,1,1]\nx2: &x2 [*x1,*x1,*x1,*x1,*x1,*x1,*x1,*x1,*x1,*x1]\nx3: [*x2,*x2,*x2,*x2,*x2,*x2,*x2,*x2,*x2,*x2]\n`,
      1,
      1,
      /alias/i,
    );
  });

  it('a few ordinary anchors are fine', () => {
    expect(loadScenarioText(edit({ 7: '  - &p { id: short, name: Short, turns: 2 }' }), 'f.yaml').ok).toBe(true);
  });

  it('never throws, whatever the text', () => {
    for (const t of ['{', ']]]', '!!js/function "x"', '? : :', '&a *a', 'id: !!binary AAAA', '%YAML 9.9\n---\na: 1']) {
      expect(() => loadScenarioText(t, 'f.yaml')).not.toThrow();
      expect(loadScenarioText(t, 'f.yaml').ok).toBe(false);
    }
  });
});

describe('hostile keys', () => {
  it('__proto__ at the top level is rejected as an unknown key, at its line', () => {
    expectOne(edit({ 3: 'version: 1\n__proto__: { polluted: true }' }), 4, 1, /unknown key "__proto__"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('__proto__ inside a map is harmless: not kept, and nothing polluted', () => {
    const r = loadScenarioText(
      edit({ 24: '  - { id: BO-L, name: La Paz, population: 3, stability: 50, influence: { us: 20, __proto__: { polluted: 1 } } }' }),
      'f.yaml',
    );
    if (r.ok) {
      const inf = r.scenario.departments[0]!.influence;
      expect(Object.getPrototypeOf(inf)).toBe(Object.prototype);
      expect(Object.keys(inf)).toEqual(['us']);
      expect((inf as Record<string, unknown>).polluted).toBeUndefined();
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('constructor as a key is an unknown actor, at its line', () => {
    expectOne(edit({ 45: '    values: { us: -1, bolivia: 1, constructor: 3 }' }), 45, 35, /unknown actor "constructor"/);
  });
});

describe('schema problems, located', () => {
  it('duplicate keys', () => expectOne(edit({ 3: 'version: 1\nversion: 2' }), 4, 1, /the key "version" appears twice in the same mapping/));

  it('an unknown key (a typo) at its own line', () => {
    const ps = problems(edit({ 36: '    nmae: Visit' }));
    expect(ps).toContainEqual(
      expect.objectContaining({ file: 'f.yaml', line: 36, column: 5, message: 'actions[visit]: unknown key "nmae"; did you mean "name"?' }),
    );
  });

  it('a wrong type', () => {
    expectOne(edit({ 5: 'turns: four' }), 5, 8, /^turns: .*expected number, received string/);
    expectOne(edit({ 50: '    chance: "high"' }), 50, 13, /^events\[protest\]\.chance: .*expected number/);
  });
});

describe('cross-reference problems, located', () => {
  const cases: [string, Record<number, string>, number, number, RegExp][] = [
    ['unknown actor', { 34: '    actor: usa' }, 34, 12, /^actions\[visit\]\.actor: unknown actor "usa"; did you mean "us"\?$/],
    [
      'unknown meter',
      { 39: '      - { meter: inflation, add: 2 }' },
      39,
      18,
      /^actions\[visit\]\.effects\[0\]\.meter: unknown meter "inflation"/,
    ],
    [
      'unknown department',
      { 26: '  - { id: uyuni, name: Uyuni, department: BO-X }' },
      26,
      43,
      /^sites\[uyuni\]\.department: unknown department "BO-X" \(known: BO-L\); did you mean "BO-L"\?$/,
    ],
    ['unknown site', { 37: '    cost: { capital: 1 }\n    target: { type: site, allowed: [atacama] }' }, 38, 37, /unknown site "atacama"/],
    [
      'unknown action',
      { 62: '      - { id: calm, text: Calm, when: { project: dam, status: built }, points: 20 }' },
      62,
      50,
      /unknown action "dam"/,
    ],
    [
      'unknown term',
      { 62: '      - { id: calm, text: Calm, when: { deal: signed, term: loan }, points: 20 }' },
      62,
      61,
      /unknown term "loan"/,
    ],
    [
      'meter initial outside its range',
      { 22: '  - { id: unrest, name: Unrest, min: 0, max: 100, initial: 200 }' },
      22,
      60,
      /initial 200 is outside 0\.\.100/,
    ],
    ['term default outside its range', { 44: '    amount: { min: 1, max: 10, default: 50 }' }, 44, 41, /default 50 is outside 1\.\.10/],
    [
      'term default off its step (a slider would move it by itself)',
      { 44: '    amount: { min: 0, max: 12, step: 4, default: 5 }' },
      44,
      50,
      /default 5 is not on the step: 0 plus a multiple of 4/,
    ],
    [
      'unknown meter in a lead objective',
      { 58: '      - { id: inf, text: Influence, meter: influence.us, minus: influence.cn, from: 0, to: 10, points: 20 }' },
      58,
      65,
      /^objectives\[us\]\.items\[inf\]\.minus: unknown meter "influence\.cn".*did you mean "influence\.us"\?$/,
    ],
    ['winAt above the total', { 56: '    winAt: 30' }, 56, 12, /winAt 30 is more than the 20 points available/],
    [
      'preset longer than the scenario',
      { 7: '  - { id: short, name: Short, turns: 9 }' },
      7,
      38,
      /preset length 9 is longer than the scenario \(4\)/,
    ],
    [
      'event options without chooser',
      {
        53: '      - { flag: protested }\n    options:\n      - { id: a, label: A, effects: [] }\n      - { id: b, label: B, effects: [] }',
      },
      47,
      5,
      /event "protest" has options but no chooser/,
    ],
  ];
  it.each(cases)('%s', (_name, changes, line, column, message) => expectOne(edit(changes), line, column, message));

  it('duplicate ids', () => {
    // Both copies are pointed at, each naming the other's line.
    const ps = problems(edit({ 14: '  - id: us' }));
    expect(ps.map(formatProblem).slice(0, 2)).toEqual([
      'f.yaml:9:9: actors[0].id: actor id "us" is given again at line 14; every actor needs its own id',
      'f.yaml:14:9: actors[1].id: duplicate actor id "us" (first given at line 9); every actor needs its own id',
    ]);
    expect(ps[1]).toMatchObject({ key: 'validator.duplicateId', params: { what: 'actor', id: 'us', otherLine: 9 } });
    const twoDepartments =
      '  - { id: BO-L, name: La Paz, stability: 50, influence: {} }\n  - { id: BO-L, name: Again, stability: 50, influence: {} }';
    expect(problems(edit({ 24: twoDepartments })).map((p) => [p.line, p.column, p.key])).toEqual([
      [24, 11, 'validator.duplicateFirst'],
      [25, 11, 'validator.duplicateId'],
    ]);
  });

  it('meter min above max', () => {
    const ps = problems(edit({ 22: '  - { id: unrest, name: Unrest, min: 100, max: 0, initial: 20 }' }));
    expect(ps[0]).toMatchObject({ line: 22, column: 48, message: 'meters[unrest].max: max (0) must be greater than min (100)' });
  });
});

describe('every problem in one run', () => {
  it('three cross-reference errors give three problems, each at its line', () => {
    const ps = problems(edit({ 7: '  - { id: short, name: Short, turns: 9 }', 34: '    actor: usa', 56: '    winAt: 30' }));
    expect(ps.map((p) => [p.line, p.column])).toEqual([
      [7, 38],
      [34, 12],
      [56, 12],
    ]);
  });

  it('three schema errors give (at least) three problems, each at its line, in line order', () => {
    const ps = problems(edit({ 5: 'turns: four', 36: '    nmae: Visit', 50: '    chance: "high"' }));
    const lines = ps.map((p) => p.line);
    expect(lines).toEqual(expect.arrayContaining([5, 36, 50]));
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('the bad fixture file reports its three problems', () => {
    const file = join(FIXTURES, 'bad-three-errors.yaml');
    const ps = problems(readFileSync(file, 'utf8'), file);
    expect(ps.map(formatProblem)).toEqual([
      `${file}:5:8: turns: Invalid input: expected number, received string`,
      `${file}:12:5: actors[us]: unknown key "playabel"; did you mean "playable"?`,
      `${file}:50:13: events[protest].chance: Invalid input: expected number, received string`,
    ]);
  });
});
