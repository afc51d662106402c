import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadScenarioText } from '../../src/scenario/loadScenario';

const MINIMAL = readFileSync(join(__dirname, '..', 'fixtures', 'minimal.yaml'), 'utf8');

/** MINIMAL with some lines (1-based) replaced. */
function edit(changes: Record<number, string>): string {
  return MINIMAL.split('\n')
    .map((l, i) => changes[i + 1] ?? l)
    .join('\n');
}

/** MINIMAL with an id renamed wherever it stands as a whole word. */
function rename(from: string, to: string): string {
  return MINIMAL.replace(new RegExp(`\\b${from}\\b`, 'g'), to);
}

/** The problems of a file that must be refused, formatted as FILE:LINE:COLUMN: message. */
function refused(text: string): string[] {
  const r = loadScenarioText(text, 'f.yaml');
  if (r.ok) expect.fail('expected the scenario to be refused');
  return r.problems.map(formatProblem);
}

const reserved = (name: string): string =>
  `"${name}" is a reserved name (every JavaScript object has a member called so); choose another id`;

describe('ids named like Object.prototype members are refused', () => {
  it('an action id', () => {
    expect(refused(edit({ 33: '  - id: toString' }))).toEqual([`f.yaml:33:9: actions[0].id: ${reserved('toString')}`]);
  });

  it('an actor id, with every reference to it', () => {
    expect(refused(rename('bolivia', 'valueOf'))).toEqual([`f.yaml:14:9: actors[1].id: ${reserved('valueOf')}`]);
  });

  it('a meter id, with every reference to it', () => {
    expect(refused(rename('unrest', 'hasOwnProperty'))).toEqual([`f.yaml:22:11: meters[0].id: ${reserved('hasOwnProperty')}`]);
  });

  it('a term id', () => {
    expect(refused(rename('royalty', 'isPrototypeOf'))).toEqual([`f.yaml:41:9: terms[0].id: ${reserved('isPrototypeOf')}`]);
  });

  it('an event id, a department id and a flag', () => {
    expect(refused(rename('protest', 'propertyIsEnumerable'))).toEqual([`f.yaml:47:9: events[0].id: ${reserved('propertyIsEnumerable')}`]);
    expect(refused(rename('BO-L', 'constructor'))).toEqual([`f.yaml:24:11: departments[0].id: ${reserved('constructor')}`]);
    expect(refused(rename('protested', 'toLocaleString'))).toEqual([
      `f.yaml:53:17: events[protest].effects[1].flag: ${reserved('toLocaleString')}`,
    ]);
  });

  it('every Object.prototype member name, as an action id', () => {
    for (const name of Object.getOwnPropertyNames(Object.prototype)) {
      const ps = refused(edit({ 33: `  - id: ${name}` }));
      expect(ps, name).toHaveLength(1);
      // Names starting with "_" already fail the id pattern; the others are refused by name.
      expect(ps[0], name).toMatch(name.startsWith('_') ? /starting with a letter/ : /is a reserved name/);
    }
  });
});

describe('numbers outside the engine ranges are refused, with the range', () => {
  it('a meter min of -1e308', () => {
    expect(refused(edit({ 22: '  - { id: unrest, name: Unrest, min: -1e308, max: 100, initial: 20 }' }))).toEqual([
      'f.yaml:22:38: meters[unrest].min: must be a number from -1e9 to 1e9',
    ]);
  });

  it('a meter max of 1e308', () => {
    expect(refused(edit({ 22: '  - { id: unrest, name: Unrest, min: 0, max: 1e308, initial: 20 }' }))).toEqual([
      'f.yaml:22:46: meters[unrest].max: must be a number from -1e9 to 1e9',
    ]);
  });

  it('an effect of 1e308', () => {
    expect(refused(edit({ 39: '      - { meter: influence.us, add: 1e308 }' }))).toEqual([
      'f.yaml:39:37: actions[visit].effects[0].add: must be a number from -1e9 to 1e9',
    ]);
  });

  it('a number given as text still says a number is expected', () => {
    expect(refused(edit({ 39: "      - { meter: influence.us, add: 'two' }" }))).toEqual([
      'f.yaml:39:37: actions[visit].effects[0].add: Invalid input: expected number, received string',
    ]);
  });

  it('an infinite or not-a-number effect (YAML .inf, .nan)', () => {
    for (const v of ['.inf', '-.inf', '.nan']) {
      expect(refused(edit({ 39: `      - { meter: influence.us, add: ${v} }` }))).toEqual([
        'f.yaml:39:37: actions[visit].effects[0].add: must be a number from -1e9 to 1e9',
      ]);
    }
  });

  it('an initial GDP above the engine bound, or not above zero', () => {
    expect(refused(edit({ 20: 'initial: { gdp: 2e7, growth: 1 }' }))).toEqual([
      'f.yaml:20:17: initial.gdp: must be a number from 0 to 1e7',
    ]);
    expect(refused(edit({ 20: 'initial: { gdp: 0, growth: 1 }' }))).toEqual([
      'f.yaml:20:17: initial.gdp: must be a number above 0, at most 1e7',
    ]);
  });

  it('growth, a term value, a budget and a population out of range', () => {
    expect(refused(edit({ 20: 'initial: { gdp: 50, growth: 31 }' }))).toEqual([
      'f.yaml:20:29: initial.growth: must be a number from -30 to 30',
    ]);
    expect(refused(edit({ 45: '    values: { us: -1e300, bolivia: 1 }' }))).toEqual([
      'f.yaml:45:19: terms[royalty].values.us: must be a number from -1e6 to 1e6',
    ]);
    expect(refused(edit({ 13: '    budget: { capital: 2, money: 1e12 }' }))).toEqual([
      'f.yaml:13:34: actors[us].budget.money: must be a number from 0 to 1e7',
    ]);
    expect(refused(edit({ 24: '  - { id: BO-L, name: La Paz, population: 1e300, stability: 50, influence: { us: 20 } }' }))).toEqual([
      'f.yaml:24:43: departments[BO-L].population: must be a number from 0 to 1e10',
    ]);
  });
});
