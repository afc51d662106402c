import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../../src/cli/cliIo';
import { scenarioCheckCli } from '../../src/cli/scenarioCheck';
import { en } from '../../src/i18n/catalogue';
import { formatProblem, loadScenarioText, type Problem } from '../../src/scenario/loadScenario';
import { closest, distance } from '../../src/scenario/suggest';

/** Issue 15 part 4: a validator that teaches. Each new message and warning, on a real file. */
const FIXTURES = join(__dirname, '..', 'fixtures');
const fixture = (name: string): string => join('tests', 'fixtures', name);
const read = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

function load(name: string): { problems: Problem[]; warnings: Problem[]; ok: boolean } {
  const r = loadScenarioText(read(name), fixture(name));
  return { ok: r.ok, problems: r.ok ? [] : r.problems, warnings: r.warnings };
}

describe('did you mean', () => {
  const { problems } = load('teach-typos.yaml');
  const lines = problems.map(formatProblem);

  it('a mistyped key offers the key the schema allows there, and the "missing" key it stands for is not said again', () => {
    expect(lines).toContain('tests/fixtures/teach-typos.yaml:52:5: events[0]: unknown key "chanse"; did you mean "chance"?');
    expect(lines.some((l) => /chance: Invalid input/.test(l))).toBe(false);
    expect(problems.find((p) => p.params.name === 'chanse')).toMatchObject({ key: 'validator.unknownKey', suggestion: 'chance' });
  });

  it('mistyped ids offer the known id (an actor, a meter)', () => {
    expect(lines).toContain('tests/fixtures/teach-typos.yaml:35:12: actions[visit].actor: unknown actor "bolvia"; did you mean "bolivia"?');
    expect(problems.find((p) => p.line === 41)).toMatchObject({ suggestion: 'unrest', path: 'actions[visit].effects[1].meter' });
    // Words as data: the kind of name is the key, the name and the known ones its parameters.
    expect(problems.find((p) => p.line === 35)).toMatchObject({
      key: 'validator.unknown.actor',
      params: { path: 'actions[visit].actor', id: 'bolvia', known: 'us, bolivia' },
    });
    expect(problems.find((p) => p.line === 41)?.key).toBe('validator.unknown.meter');
  });

  it('a mistyped choice offers the closest allowed value', () => {
    expect(lines).toContain(
      'tests/fixtures/teach-typos.yaml:36:11: actions[visit].kind: Invalid option: expected one of "trade"|"invest"|"diplomacy"|"domestic"|"security"; did you mean "diplomacy"?',
    );
  });

  it('a wrong value beside a mistyped copy of its key is still reported', () => {
    const text = read('minimal.yaml').replace('    chance: 0.5', '    chance: high\n    chanse: 0.5');
    const r = loadScenarioText(text, 'f.yaml');
    expect(r.ok ? [] : r.problems.map((p) => p.path)).toEqual(['events[protest].chance', 'events[protest]']);
  });

  it('a required key left out is said so, a wrong type with what was given, each as a key with params', () => {
    const text = read('minimal.yaml').replace('    name: Visit\n', '').replace('turns: 4', 'turns: four');
    const r = loadScenarioText(text, 'f.yaml');
    expect(r.ok ? [] : r.problems.map((p) => [p.line, p.key, p.params, p.message])).toEqual([
      [
        5,
        'validator.wrongType',
        { path: 'turns', expected: 'number', received: 'string' },
        'turns: Invalid input: expected number, received string',
      ],
      [
        33,
        'validator.missingKey',
        { path: 'actions[visit].name', name: 'name', expected: 'string' },
        'actions[visit].name: the required key "name" is missing (expected: string)',
      ],
    ]);
  });

  it('nothing is offered when no known name is close', () => {
    expect(closest('atlantis', ['us', 'bolivia', 'china'])).toBeUndefined();
    expect(closest('bolvia', ['us', 'bolivia', 'china'])).toBe('bolivia');
    expect(closest('Bolivia', ['bolivia'])).toBe('bolivia');
    expect(closest('us', ['us'])).toBeUndefined();
    expect(distance('chanse', 'chance')).toBe(1);
    expect(distance('udpate', 'update')).toBe(1);
  });
});

describe('paths by id, duplicates at both copies', () => {
  it('an entry of a list is named by its id (events[protest].chance), by index when its id is not unique', () => {
    const bad = read('minimal.yaml').replace('    chance: 0.5', '    chance: high');
    const r = loadScenarioText(bad, 'f.yaml');
    expect(r.ok ? [] : r.problems.map((p) => p.path)).toEqual(['events[protest].chance']);
  });

  it('a duplicate id is pointed at in both places, each naming the line of the other', () => {
    const { problems } = load('teach-typos.yaml');
    expect(problems.filter((p) => p.key === 'validator.duplicateFirst' || p.key === 'validator.duplicateId').map(formatProblem)).toEqual([
      'tests/fixtures/teach-typos.yaml:49:9: events[0].id: event id "protest" is given again at line 54; every event needs its own id',
      'tests/fixtures/teach-typos.yaml:54:9: events[1].id: duplicate event id "protest" (first given at line 49); every event needs its own id',
    ]);
  });
});

describe('YAML syntax errors in plain words, with the usual fix', () => {
  it('a colon in unquoted text: quote it (the fixture file)', () => {
    const { problems } = load('bad-yaml-colon.yaml');
    expect(problems.map(formatProblem)).toEqual([
      'tests/fixtures/bad-yaml-colon.yaml:50:11: YAML: the value of "text" contains a colon followed by a space, which YAML reads as the start of another key. Put the whole value in quotes: text: "Tolls: the road to Oruro is closed"',
    ]);
  });

  // Each slip is a real file (tests/fixtures/bad-yaml-*.yaml): the file, the key, the line, the words.
  const cases: [string, string, number, RegExp][] = [
    ['bad-yaml-tab.yaml', 'validator.yaml.tab', 2, /Replace the tab with spaces/],
    ['bad-yaml-indent.yaml', 'validator.yaml.indent', 3, /must start in the same column/],
    ['bad-yaml-unclosed-quote.yaml', 'validator.yaml.unclosedQuote', 2, /never closed.*\("\)/],
    ['bad-yaml-apostrophe.yaml', 'validator.yaml.quoteInQuote', 1, /Use double quotes around it/],
    ['bad-yaml-unclosed-list.yaml', 'validator.yaml.unclosedBracket', 1, /opened with "\[" is not closed with "\]"/],
    ['bad-yaml-duplicate-key.yaml', 'validator.yaml.duplicateKey', 3, /the key "a" appears twice/],
    ['bad-yaml-reserved-start.yaml', 'validator.yaml.reservedStart', 1, /cannot start with "@"; put the value in quotes/],
    ['bad-yaml-continued-line.yaml', 'validator.yaml.continuedLine', 1, /needs quotes, or ">"/],
    ['bad-yaml-list-among-keys.yaml', 'validator.yaml.unexpected', 2, /Check its indentation/],
  ];
  it.each(cases)('%s', (name, key, line, words) => {
    const { problems } = load(name);
    expect(problems[0]).toMatchObject({ key, line, severity: 'error', message: expect.stringMatching(words) });
    // One slip is explained once, not once per token the parser tripped on.
    expect(new Set(problems.map((p) => `${p.line}:${p.key}`)).size).toBe(problems.length);
  });
});

describe('warnings: the file is valid and plays, and the author is told', () => {
  const { ok, warnings } = load('teach-warnings.yaml');
  const byKey = (key: string): Problem[] => warnings.filter((w) => w.key === key);

  it('the file loads; every warning is a warning', () => {
    expect(ok).toBe(true);
    expect(warnings.every((w) => w.severity === 'warning')).toBe(true);
    expect(warnings.map((w) => w.key)).toEqual([
      'validator.warn.termAtBound',
      'validator.warn.unlistedDocument',
      'validator.warn.neverHoldsMeter',
      'validator.warn.neverHoldsTurn',
      'validator.warn.flagNeverRead',
      'validator.warn.flagNeverSet',
    ]);
  });

  it('a term effect multiplied by the largest amount past its meter range, with the numbers and a per-unit fix', () => {
    expect(byKey('validator.warn.termAtBound')[0]).toMatchObject({
      line: 59,
      column: 37,
      path: 'terms[royalty].onSign[0].add',
      params: { max: 10, add: 15, total: 150, meter: 'influence.us', lo: 0, hi: 100, perUnit: 1.5 },
    });
    expect(byKey('validator.warn.termAtBound')[0]?.message).toMatch(
      /15 × 10 = 150 to influence\.us, more than its whole range \(0 to 100\)/,
    );
  });

  it('a source citing a document listed nowhere', () => {
    expect(byKey('validator.warn.unlistedDocument')[0]).toMatchObject({ line: 61, params: { doc: 'annual-report-2029.pdf' } });
  });

  it('a trigger that can never hold: a meter past its bound, a turn past the last', () => {
    expect(byKey('validator.warn.neverHoldsMeter')[0]).toMatchObject({
      path: 'events[protest].trigger.all[0]',
      params: { meter: 'stability', lo: 0, hi: 100 },
    });
    expect(byKey('validator.warn.neverHoldsTurn')[0]).toMatchObject({ path: 'events[protest].trigger.all[1].turn', params: { turns: 4 } });
  });

  it('a flag read but never set, and a flag set but never read', () => {
    expect(byKey('validator.warn.flagNeverSet')[0]).toMatchObject({ line: 80, params: { flag: 'elected' } });
    expect(byKey('validator.warn.flagNeverRead')[0]).toMatchObject({ line: 70, params: { flag: 'protested' } });
  });

  it('the CLI prints them and exits 0; --strict refuses the file', async () => {
    const plain = await runInProcess(scenarioCheckCli, [fixture('teach-warnings.yaml')]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain(
      'tests/fixtures/teach-warnings.yaml:80:53: warning: objectives[bolivia].items[elected].when.flag: flag "elected" is never set',
    );
    expect(plain.stdout).toContain(': ok — ');
    const strict = await runInProcess(scenarioCheckCli, ['--strict', fixture('teach-warnings.yaml')]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('6 warning(s), refused because of --strict');
    expect((await runInProcess(scenarioCheckCli, ['--stirct', fixture('teach-warnings.yaml')])).code).toBe(2);
  });
});

describe('problems are plain data the browser can show', () => {
  it('each has line, column, severity, a catalogue key with its params, and its English', () => {
    const all = [load('teach-typos.yaml'), load('teach-warnings.yaml'), load('bad-yaml-colon.yaml')].flatMap((r) => [
      ...r.problems,
      ...r.warnings,
    ]);
    expect(all.length).toBeGreaterThan(10);
    for (const p of all) {
      expect(JSON.parse(JSON.stringify(p))).toEqual(p);
      expect(Object.hasOwn(en, p.key)).toBe(true);
      expect(p.line).toBeGreaterThan(0);
      expect(p.column).toBeGreaterThan(0);
      expect(['error', 'warning']).toContain(p.severity);
      expect(p.message).not.toMatch(/\{\w+\}/);
    }
  });
});
