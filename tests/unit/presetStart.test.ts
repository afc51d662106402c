import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calibrateCli } from '../../src/cli/calibrate';
import { simCli } from '../../src/cli/sim';
import { englishWords } from '../../src/present/words';
import { formatProblem, loadScenarioText } from '../../src/scenario/loadScenario';
import {
  autoPlay,
  canonicalJson,
  createGame,
  firstTurn,
  gameTurn,
  hashValue,
  lastTurn,
  objectivesFor,
  projectTiming,
  type Scenario,
  said,
  turnDate,
} from '../../src/sim/index';
import { createGameStore, type ScenarioEntry } from '../../src/state/createGameStore';
import { loadSave, loadSaveText, saveGame } from '../../src/state/saveFile';
import { endTurn, tinyScenario } from './helpers';

/** Tiny, eight turns long, with a preset of three turns from turn 5 in a world of its own, and two events. */
function lateScenario(patch: Partial<Scenario> = {}): Scenario {
  return tinyScenario({
    turns: 8,
    presets: [
      {
        id: 'late',
        name: 'Late start',
        turns: 3,
        startTurn: 5,
        initial: {
          gdp: 120,
          growth: 2.5,
          meters: { x: 8 },
          departments: { A: { stability: 70, influence: { p: 50 } } },
          flags: { crisis: true },
          assumption: 'test world',
        },
        events: ['allowed'],
      },
      { id: 'short', name: 'Short', turns: 2 },
    ],
    events: [
      { id: 'allowed', title: 'Allowed', text: 'fires', chance: 1, effects: [{ meter: 'x', add: 0.5 }] },
      { id: 'barred', title: 'Barred', text: 'fires', chance: 1, effects: [{ meter: 'x', add: -3 }] },
    ],
    ...patch,
  });
}

const pass = (): null => null;

describe('a preset that starts later', () => {
  it('starts on its turn, in its world, with the snapshot before its first turn', () => {
    const sc = lateScenario();
    const s = createGame(sc, { seed: 3, preset: 'late' });
    expect(s.turn).toBe(5);
    expect(s.setup).toMatchObject({ preset: 'late', startTurn: 5, turns: 3 });
    expect(firstTurn(s.setup)).toBe(5);
    expect(lastTurn(s.setup)).toBe(7);
    expect(gameTurn(s.setup, s.turn)).toBe(1);
    expect(s.national).toMatchObject({ gdp: 120, growth: 2.5, x: 8 });
    expect(s.departments.A).toEqual({ stability: 70, influence: { p: 50 } });
    expect(s.departments.B).toEqual({ stability: 80, influence: { p: 30 } });
    // National stability and influence are recomputed from the departments (A weighs 3, B 1).
    expect(s.national.stability).toBeCloseTo((3 * 70 + 80) / 4, 6);
    expect(s.national['influence.p']).toBeCloseTo((3 * 50 + 30) / 4, 6);
    expect(s.flags).toEqual({ crisis: true });
    expect(s.history).toHaveLength(1);
    expect(s.history[0]?.turn).toBe(4);
    // The calendar is the scenario's: turn 5 of a game from 2030 Q1 is 2031 Q1.
    expect(turnDate(sc, s.turn)).toMatchObject({ year: 2031, quarter: 1 });
  });

  it('ends after its last turn, and only its events fire', () => {
    const sc = lateScenario();
    let s = createGame(sc, { seed: 3, preset: 'late' });
    s = endTurn(s, sc);
    expect(s.turn).toBe(6);
    expect(s.fired).toEqual({ allowed: 5 });
    s = autoPlay(s, sc, pass).state;
    expect(s.over?.reason).toBe('length');
    expect(s.turn).toBe(7);
    expect(s.history.map((h) => h.turn)).toEqual([4, 5, 6, 7]);
    expect(s.national.x).toBeCloseTo(8 + 3 * 0.5, 6);
    // The full game fires both.
    const full = autoPlay(createGame(sc, { seed: 3 }), sc, pass).state;
    expect(full.turn).toBe(8);
    expect(Object.keys(full.fired).sort()).toEqual(['allowed', 'barred']);
  });

  it('turns alone picks the preset of that length (older saves and tests keep working)', () => {
    const sc = lateScenario();
    expect(createGame(sc, { seed: 1, turns: 3 }).setup).toMatchObject({ preset: 'late', startTurn: 5 });
    expect(createGame(sc, { seed: 1, turns: 2 }).setup).toMatchObject({ preset: 'short', turns: 2 });
    expect(createGame(sc, { seed: 1, turns: 2 }).setup.startTurn).toBeUndefined();
    const odd = createGame(sc, { seed: 1, turns: 4 });
    expect(odd.setup.preset).toBeUndefined();
    expect(odd.turn).toBe(1);
    expect(createGame(sc, { seed: 1 }).setup.preset).toBeUndefined();
  });

  it('a preset that would run past the scenario is cut at its last turn; an unknown preset is refused', () => {
    const sc = lateScenario();
    const s = createGame(sc, { seed: 1, preset: 'late', turns: 10 });
    expect(s.setup.turns).toBe(4);
    expect(lastTurn(s.setup)).toBe(8);
    expect(() => createGame(sc, { seed: 1, preset: 'nope' })).toThrow(/unknown preset "nope"/);
  });

  it('objectives and project timing count from the preset start', () => {
    const sc = lateScenario({
      objectives: [
        {
          actor: 'p',
          winAt: 10,
          items: [
            { id: 'x', text: 'x', meter: 'x', from: 0, to: 10, points: 10, games: ['full', 'short'] },
            { id: 'lx', text: 'x late', meter: 'x', from: 8, to: 10, points: 4, games: ['late'] },
          ],
        },
        { actor: 'h', winAt: 5, items: [{ id: 'calm', text: 'calm', when: { meter: 'stability', gt: 50 }, points: 5 }] },
      ],
    });
    const s = createGame(sc, { seed: 1, preset: 'late' });
    expect(
      objectivesFor(sc, s.setup)
        .find((o) => o.actor === 'p')
        ?.items.map((i) => i.id),
    ).toEqual(['lx']);
    const build = sc.actions.find((a) => a.id === 'build');
    if (!build) throw new Error('no build action');
    expect(projectTiming(s, build)).toEqual({ doneTurn: 6, lastTurn: 7, finishes: true });
    const last = endTurn(endTurn(s, sc), sc);
    expect(last.turn).toBe(7);
    expect(projectTiming(last, build)).toEqual({ doneTurn: 8, lastTurn: 7, finishes: false });
  });

  it('is deterministic and survives the JSON round trip', () => {
    const sc = lateScenario();
    const a = autoPlay(createGame(sc, { seed: 9, preset: 'late' }), sc).state;
    const b = autoPlay(createGame(sc, { seed: 9, preset: 'late' }), sc).state;
    expect(hashValue(a)).toBe(hashValue(b));
    const start = createGame(sc, { seed: 9, preset: 'late' });
    const back = JSON.parse(JSON.stringify(start));
    expect(canonicalJson(back)).toBe(canonicalJson(start));
    expect(hashValue(autoPlay(back, sc).state)).toBe(hashValue(a));
  });
});

const MINIMAL = readFileSync(join(__dirname, '..', 'fixtures', 'minimal.yaml'), 'utf8');
/** The minimal fixture with its preset line (7) replaced. */
function withPreset(line: string): string {
  return MINIMAL.split('\n')
    .map((l, i) => (i === 6 ? line : l))
    .join('\n');
}
function problemsOf(text: string): string[] {
  const r = loadScenarioText(text, 'f.yaml');
  return r.ok ? [] : r.problems.map(formatProblem);
}

describe('the validator checks presets that start later', () => {
  it('accepts a good one', () => {
    expect(
      problemsOf(
        withPreset(
          '  - { id: short, name: Short, turns: 2, startTurn: 3, events: [protest], initial: { gdp: 40, meters: { unrest: 30 }, departments: { BO-L: { stability: 40, influence: { us: 10 } } }, flags: { protested: true }, assumption: test } }',
        ),
      ),
    ).toEqual([]);
  });

  it('refuses a preset that ends after the scenario, at its line', () => {
    expect(problemsOf(withPreset('  - { id: short, name: Short, turns: 2, startTurn: 4 }'))).toEqual([
      expect.stringMatching(
        /^f\.yaml:7:\d+: presets\[short\]\.startTurn: preset "short" starts on turn 4 and plays 2 turns, so it would end on turn 5/,
      ),
    ]);
  });

  it('refuses unknown events, meters, departments, powers and flags', () => {
    const ps = problemsOf(
      withPreset(
        '  - { id: short, name: Short, turns: 2, events: [protest, riot], initial: { meters: { calm: 3, unrest: 500 }, departments: { BO-X: { stability: 1 }, BO-L: { influence: { china: 5 } } }, flags: { nothing: true } } }',
      ),
    );
    expect(ps).toHaveLength(6);
    for (const p of ps) expect(p).toMatch(/^f\.yaml:7:\d+: /);
    expect(ps.join('\n')).toMatch(/unknown event "riot"/);
    expect(ps.join('\n')).toMatch(/unknown scenario meter "calm"/);
    expect(ps.join('\n')).toMatch(/500 is outside 0\.\.100/);
    expect(ps.join('\n')).toMatch(/unknown department "BO-X"/);
    expect(ps.join('\n')).toMatch(/"china" is not an actor of kind "power"/);
    expect(ps.join('\n')).toMatch(/unknown flag "nothing"/);
  });
});

describe('saves of a preset that starts later', () => {
  const sc = lateScenario();
  const entry: ScenarioEntry = { id: sc.id, hash: 'h-late', scenario: sc };

  async function played() {
    const store = createGameStore([entry]);
    expect(await store.getState().startGame({ scenarioId: sc.id, side: 'p', seed: 4, preset: 'late', turns: 3 })).toBe(true);
    await store.getState().dispatch({ type: 'endPhase', actor: 'p' });
    await store.getState().dispatch({ type: 'endPhase', actor: 'p' });
    return store.getState();
  }

  it('round-trips the setup with its preset, starting on the preset turn', async () => {
    const { choice, game, log } = await played();
    expect(game?.setup).toMatchObject({ preset: 'late', startTurn: 5 });
    expect(game?.turn).toBe(7);
    const save = saveGame(entry, choice!, game!, log, '2026-12-01T00:00:00.000Z');
    expect(save?.setup.preset).toBe('late');
    const r = loadSaveText(JSON.stringify(save), [entry]);
    if (!r.ok) throw new Error(r.code);
    expect(r.choice.preset).toBe('late');
    expect(hashValue(r.game)).toBe(hashValue(game));
    expect(r.game.history[0]?.turn).toBe(4);
  });

  it('refuses a save naming a preset the scenario does not have, saying which', async () => {
    const { choice, game, log } = await played();
    const save = saveGame(entry, choice!, game!, log, '2026-12-01T00:00:00.000Z')!;
    const r = loadSave({ ...save, setup: { ...save.setup, preset: 'gone' } }, [entry]);
    expect(r).toMatchObject({ ok: false, code: 'unknownPreset', params: { id: 'gone', scenario: sc.id } });
    if (r.ok) return;
    expect(englishWords(sc).say(said(`saves.error.${r.code}`, r.params))).toMatch(/"gone".*no longer has/);
  });
});

describe('starting a game with a preset the scenario does not have', () => {
  it('is refused by the store with a clear reason, and no game starts', async () => {
    const sc = lateScenario();
    const store = createGameStore([{ id: sc.id, hash: 'h', scenario: sc }]);
    expect(await store.getState().startGame({ scenarioId: sc.id, side: 'p', seed: 1, preset: 'nope' })).toBe(false);
    expect(store.getState().game).toBeNull();
    const e = store.getState().error;
    expect(e).toMatchObject({ key: 'unknownPreset', params: { preset: 'nope' } });
  });
});

describe('the command-line tools take --preset', () => {
  const sink = () => {
    const out = { stdout: '', stderr: '' };
    return {
      out,
      io: {
        stdout: (s: string): void => {
          out.stdout += s;
        },
        stderr: (s: string): void => {
          out.stderr += s;
        },
        stderrIsTTY: false,
      },
    };
  };

  it('sim plays the preset from its start, on the scenario calendar', () => {
    const { out, io } = sink();
    expect(simCli(['--scenario', 'dev-sandbox', '--seed', '2', '--preset', 'late', '--json'], io)).toBe(0);
    const r = JSON.parse(out.stdout) as { turns: number; perTurn: { turn: number; date: string }[] };
    expect(r.turns).toBe(3);
    expect(r.perTurn.map((t) => [t.turn, t.date])).toEqual([
      [5, '2027 Q1'],
      [6, '2027 Q2'],
      [7, '2027 Q3'],
    ]);
  });

  it('sim and calibrate refuse an unknown preset, naming the ones there are', () => {
    const a = sink();
    expect(simCli(['--scenario', 'dev-sandbox', '--seed', '2', '--preset', 'nope'], a.io)).toBe(2);
    expect(a.out.stderr).toMatch(/unknown preset "nope" \(dev-sandbox has: short, late\)/);
    const b = sink();
    expect(calibrateCli(['--scenario', 'dev-sandbox', '--seeds', '1', '--preset', 'nope'], b.io)).toBe(2);
    expect(b.out.stderr).toMatch(/unknown preset "nope"/);
  });

  it('calibrate reads only the preset game’s own years', () => {
    const { out, io } = sink();
    expect(calibrateCli(['--scenario', 'dev-sandbox', '--seeds', '2', '--preset', 'late'], io)).toBe(0);
    expect(out.stdout).toMatch(/2027: /);
    expect(out.stdout).not.toMatch(/2026: /);
  });
});
