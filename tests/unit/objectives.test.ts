import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/headless';
import { formatProblem, loadScenarioText } from '../../src/scenario/loadScenario';
import {
  autoPlay,
  createGame,
  type GameState,
  gameLengthOf,
  objectiveProgress,
  objectivesFor,
  passiveMove,
  type Scenario,
  scoreAll,
  scoreChange,
} from '../../src/sim/index';
import { endTurn, play, tinyScenario } from './helpers';

/** A tiny scenario with a 2-turn preset and one objective per kind of `games`. */
function lengths(patch: Partial<Scenario> = {}): Scenario {
  return tinyScenario({
    presets: [{ id: 'short', name: 'Short', turns: 2 }],
    objectives: [
      {
        actor: 'p',
        winAt: 12,
        items: [
          { id: 'every', text: 'x high', meter: 'x', from: 0, to: 10, points: 10 },
          { id: 'fullOnly', text: 'built', games: ['full'], when: { project: 'build', status: 'built' }, points: 6 },
          { id: 'shortOnly', text: 'calm', games: ['short'], when: { meter: 'stability', gt: 30 }, points: 4 },
          { id: 'both', text: 'lead', games: ['full', 'short'], when: { leads: 'p', department: 'B' }, points: 2 },
        ],
      },
      { actor: 'h', winAt: 5, items: [{ id: 'calm', text: 'calm', when: { meter: 'stability', gt: 50 }, points: 5 }] },
    ],
    ...patch,
  });
}

const ids = (sc: Scenario, turns: number, actor: string): string[] =>
  objectivesFor(sc, { turns })
    .find((o) => o.actor === actor)
    ?.items.map((i) => i.id) ?? [];

describe('objectives per length of game', () => {
  it('a full game counts the items for every length and for full; a preset game those for every length and for it', () => {
    const sc = lengths();
    expect(gameLengthOf(sc, { turns: 4 })).toBe('full');
    expect(gameLengthOf(sc, { turns: 2 })).toBe('short');
    expect(ids(sc, 4, 'p')).toEqual(['every', 'fullOnly', 'both']);
    expect(ids(sc, 2, 'p')).toEqual(['every', 'shortOnly', 'both']);
    // A length that is no preset plays as the full game.
    expect(gameLengthOf(sc, { turns: 3 })).toBe('full');
    expect(ids(sc, 3, 'p')).toEqual(['every', 'fullOnly', 'both']);
  });

  it('totals and bars count only the game being played', () => {
    const sc = lengths();
    const full = objectivesFor(sc, { turns: 4 }).find((o) => o.actor === 'p');
    const short = objectivesFor(sc, { turns: 2 }).find((o) => o.actor === 'p');
    expect(full).toMatchObject({ max: 18, winAt: 12 });
    // The preset sets no bar: the actor's own applies, capped at the 16 points a short game can give.
    expect(short).toMatchObject({ max: 16, winAt: 12 });
    const shortGame = createGame(sc, { seed: 1, turns: 2 });
    expect(scoreAll(shortGame, sc).p?.max).toBe(16);
    expect(scoreAll(shortGame, sc).p?.lines.map((l) => l.objective)).toEqual(['every', 'shortOnly', 'both']);
    const withBar = lengths({ presets: [{ id: 'short', name: 'Short', turns: 2, winAt: { p: 9 } }] });
    expect(scoreAll(createGame(withBar, { seed: 1, turns: 2 }), withBar).p?.winAt).toBe(9);
    expect(scoreAll(createGame(withBar, { seed: 1 }), withBar).p?.winAt).toBe(12);
  });

  it('a file without games means every length (old files keep their meaning)', () => {
    const sc = tinyScenario({ presets: [{ id: 'short', name: 'Short', turns: 2 }] });
    expect(ids(sc, 2, 'p')).toEqual(['x']);
    expect(ids(sc, 4, 'p')).toEqual(['x']);
  });

  it('the shipped scenarios: the class game has its own items and no long-game item, and no objective fakes a length with a turn condition', () => {
    for (const id of ['paz-pivot', 'arce-era']) {
      const sc = loadScenario(id).scenario;
      const cls = sc.presets?.find((p) => p.id === 'class');
      expect(cls?.turns).toBe(6);
      for (const o of sc.objectives) {
        const full = ids(sc, sc.turns, o.actor);
        const short = ids(sc, 6, o.actor);
        expect(short.length).toBeGreaterThan(0);
        for (const item of o.items) {
          if (item.games?.includes('full') === false) expect(full).not.toContain(item.id);
          if (item.games && !item.games.includes('class')) expect(short).not.toContain(item.id);
          expect(JSON.stringify(item)).not.toMatch(/"turn":/);
          expect(JSON.stringify(item.text)).not.toMatch(/class game|long game|it starts/i);
        }
      }
      // Paz: the plant that takes six turns to build is not asked of a six-turn game.
      if (id === 'paz-pivot') {
        expect(ids(sc, 6, 'us')).not.toContain('long_plant');
        expect(ids(sc, 20, 'us')).toContain('long_plant');
        expect(ids(sc, 6, 'us')).toContain('short_presence');
        expect(ids(sc, 20, 'us')).not.toContain('short_presence');
      }
    }
  });
});

describe('a side that fully meets every objective of its game wins', () => {
  it('whatever the bar: a bar above the points is capped, and all met wins', () => {
    const sc = lengths({
      objectives: [
        { actor: 'p', winAt: 500, items: [{ id: 'x', text: 'x', meter: 'x', from: 0, to: 5, points: 10 }] },
        { actor: 'h', winAt: 5, items: [{ id: 'calm', text: 'calm', when: { meter: 'stability', gt: 90 }, points: 5 }] },
      ],
    });
    const s = createGame(sc, { seed: 1 });
    // x starts at 5: the one objective is met in full.
    expect(scoreAll(s, sc).p).toMatchObject({ score: 10, max: 10, winAt: 10, won: true });
    expect(scoreAll(s, sc).h).toMatchObject({ score: 0, won: false });
  });

  it('the United States meeting every objective of a 6-turn Paz class game wins it, and misses it with one objective short', () => {
    const sc = loadScenario('paz-pivot').scenario;
    let s = createGame(sc, { seed: 831004, turns: 6 });
    const met = (g: GameState): GameState => ({
      ...g,
      national: { ...g.national, 'influence.us': 50, 'influence.china': 30, trust: 85, cms: 70, coca: 22000, stability: 50 },
      flags: { ...g.flags, us_offtake: true, dea_agreement: true },
      // The offtake objective counts a deal in force (a court can unwind it), not a flag.
      deals: [
        ...g.deals,
        {
          id: 9999,
          from: 'us',
          to: 'bolivia',
          terms: [{ term: 'offtake', amount: 10 }],
          status: 'signed',
          proposedTurn: g.turn,
          signedTurn: g.turn,
        },
      ],
    });
    // Six turns played by everyone passing (events answered with their first option), then the objectives met.
    s = autoPlay(s, sc, passiveMove).state;
    expect(s.over).toBeDefined();
    const all = scoreAll(met(s), sc).us;
    expect(all?.lines.every((l) => l.met)).toBe(true);
    expect(all?.score).toBe(all?.max);
    expect(all?.won).toBe(true);
    const short = met(s);
    const oneShort = scoreAll(
      { ...short, deals: short.deals.filter((d) => d.id !== 9999), flags: { ...short.flags, us_offtake: false, dea_agreement: false } },
      sc,
    ).us;
    expect(oneShort?.lines.filter((l) => !l.met).map((l) => l.objective)).toEqual(['offtake', 'short_first_deal']);
    expect(oneShort?.won).toBe(oneShort !== undefined && oneShort.score >= oneShort.winAt);
  });
});

describe('progress: where each objective stands and what moves it', () => {
  it('a range line has its start (the first snapshot), range and current measure; a condition line whether it is met now', () => {
    const sc = lengths();
    const s0 = createGame(sc, { seed: 1, controllers: { p: 'human' } });
    const s1 = play(s0, sc, { type: 'takeAction', actor: 'p', action: 'visit' });
    const prog = objectiveProgress(s1, sc, 'p');
    const every = prog?.lines.find((l) => l.id === 'every');
    expect(every?.range).toEqual({ meter: 'x', from: 0, to: 10, start: 5, now: 7 });
    expect(every).toMatchObject({ points: 7, max: 10, met: false, meters: ['x'] });
    const both = prog?.lines.find((l) => l.id === 'both');
    expect(both?.range).toBeUndefined();
    expect(both).toMatchObject({ met: true, points: 2, meters: ['influence.p'] });
    expect(prog).toMatchObject({ score: 9, max: 18, winAt: 12, won: false });
    expect(objectiveProgress(s1, sc, 'o')).toBeUndefined();
  });

  it('what moves it is derived from the actions effects, with the direction', () => {
    const sc = lengths();
    const prog = objectiveProgress(createGame(sc, { seed: 1 }), sc, 'p');
    const every = prog?.lines.find((l) => l.id === 'every');
    // visit adds 2 to x (helps), build adds 1 on completion (helps), campaign takes 1 a turn (hurts).
    expect(every?.movers).toEqual([
      { kind: 'action', id: 'visit', actor: 'p', helps: true },
      { kind: 'action', id: 'build', actor: 'p', helps: true },
      { kind: 'action', id: 'campaign', actor: 'h', helps: false },
    ]);
    // A project condition is moved by the action that starts it; a lead by what raises the influence.
    expect(prog?.lines.find((l) => l.id === 'fullOnly')?.movers).toEqual([{ kind: 'action', id: 'build', actor: 'p', helps: true }]);
    expect(prog?.lines.find((l) => l.id === 'both')?.movers).toEqual([{ kind: 'action', id: 'build', actor: 'p', helps: true }]);
    const h = objectiveProgress(createGame(sc, { seed: 1 }), sc, 'h');
    expect(h?.lines[0]?.meters).toEqual(['stability']);
    expect(h?.lines[0]?.movers).toEqual([{ kind: 'action', id: 'build', actor: 'p', helps: true }]);
  });

  it('a meter moved through the economy is moved by what moves its drivers, in the direction the driver gives', () => {
    const sc = tinyScenario({
      meters: [
        { id: 'x', name: 'X', min: 0, max: 10, initial: 5, dynamics: { drivers: [{ from: 'y', coef: -0.5 }] } },
        { id: 'y', name: 'Y', min: 0, max: 10, initial: 5 },
      ],
      actions: [
        { id: 'raiseY', actor: 'p', kind: 'domestic', name: 'Raise Y', cost: {}, effects: [{ meter: 'y', add: 1 }] },
        { id: 'cutY', actor: 'p', kind: 'domestic', name: 'Cut Y', cost: {}, effects: [{ meter: 'y', add: -1 }] },
      ],
    });
    const line = objectiveProgress(createGame(sc, { seed: 1 }), sc, 'p')?.lines[0];
    // x is scored upward; y pushes x down (coef < 0): cutting y helps, raising it hurts.
    expect(line?.meters).toEqual(['x']);
    expect(line?.movers).toEqual([
      { kind: 'action', id: 'raiseY', actor: 'p', helps: false },
      { kind: 'action', id: 'cutY', actor: 'p', helps: true },
    ]);
  });

  it('a flag objective of a real scenario is moved by the actions or terms that set the flag', () => {
    const sc = loadScenario('paz-pivot').scenario;
    const line = objectiveProgress(createGame(sc, { seed: 1 }), sc, 'us')?.lines.find((l) => l.id === 'offtake');
    const setters = [
      ...sc.actions.filter((a) => JSON.stringify(a).includes('"flag":"us_offtake"')).map((a) => a.id),
      ...(sc.terms ?? []).filter((t) => JSON.stringify(t).includes('"flag":"us_offtake"')).map((t) => t.id),
    ];
    expect(setters.length).toBeGreaterThan(0);
    expect(line?.movers.map((m) => m.id).sort()).toEqual(setters.sort());
  });
});

describe('score change between two states, with its reasons', () => {
  it('names the lines that gained or lost points, largest first', () => {
    const sc = lengths();
    const s0 = createGame(sc, { seed: 1, controllers: { p: 'human', h: 'human' } });
    const s1 = play(s0, sc, { type: 'takeAction', actor: 'p', action: 'visit' });
    const ch = scoreChange(s0, s1, sc, 'p');
    expect(ch).toMatchObject({ before: 7, after: 9, delta: 2, winAt: 12, max: 18 });
    expect(ch?.lines).toEqual([{ id: 'every', text: 'x high', before: 5, after: 7, delta: 2, max: 10, met: false }]);
    // The host's campaign takes x down: the power's line loses points.
    const s2 = play(s1, sc, { type: 'endPhase', actor: 'p' }, { type: 'takeAction', actor: 'h', action: 'campaign' });
    const s3 = endTurn(s2, sc);
    const lost = scoreChange(s1, s3, sc, 'p');
    expect(lost?.delta).toBeLessThan(0);
    expect(lost?.lines[0]).toMatchObject({ id: 'every', delta: lost?.delta });
    expect(scoreChange(s0, s0, sc, 'p')?.lines).toEqual([]);
  });
});

describe('the validator on games and preset bars', () => {
  const MINIMAL = readFileSync(join(__dirname, '..', 'fixtures', 'minimal.yaml'), 'utf8');
  const withItems = (us: string, bolivia = '      - { id: calm, text: Calm, when: { meter: unrest, lt: 30 }, points: 20 }'): string =>
    MINIMAL.replace('      - { id: inf, text: Influence, meter: influence.us, from: 10, to: 40, points: 20 }', us).replace(
      '      - { id: calm, text: Calm, when: { meter: unrest, lt: 30 }, points: 20 }',
      bolivia,
    );
  const messages = (text: string): string[] => {
    const r = loadScenarioText(text, 'f.yaml');
    return r.ok ? [] : r.problems.map(formatProblem);
  };

  it('accepts games naming full and a preset', () => {
    expect(
      messages(
        withItems(
          '      - { id: inf, text: Influence, games: [full, short], meter: influence.us, from: 10, to: 40, points: 20 }\n      - { id: early, text: Early, games: [short], when: { meter: unrest, lt: 30 }, points: 5 }',
        ),
      ),
    ).toEqual([]);
  });

  it('refuses a games entry that names no preset, at its place', () => {
    const ps = messages(
      withItems('      - { id: inf, text: Influence, games: [full, short, long], meter: influence.us, from: 10, to: 40, points: 20 }'),
    );
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatch(/^f\.yaml:58:\d+: .*unknown game length "long": use full or a preset id \(full, short\)/);
  });

  it('refuses a length that gives an actor no objective', () => {
    const ps = messages(
      withItems('      - { id: inf, text: Influence, games: [full], meter: influence.us, from: 10, to: 40, points: 20 }'),
    );
    expect(ps).toEqual([expect.stringMatching(/^f\.yaml:7:\d+: presets\[short\]: preset "short" gives "us" no objective/)]);
    const none = messages(
      withItems('      - { id: inf, text: Influence, games: [short], meter: influence.us, from: 10, to: 40, points: 20 }'),
    );
    expect(none).toEqual([expect.stringMatching(/"us" has no objective for the full game/)]);
  });

  it('refuses a preset bar above the points its length gives', () => {
    const text = withItems(
      '      - { id: inf, text: Influence, meter: influence.us, from: 10, to: 40, points: 20 }\n      - { id: late, text: Late, games: [full], when: { meter: unrest, lt: 30 }, points: 30 }',
    ).replace('  - { id: short, name: Short, turns: 2 }', '  - { id: short, name: Short, turns: 2, winAt: { us: 25 } }');
    expect(messages(text)).toEqual([expect.stringMatching(/winAt 25 for "us" is more than the 20 points available in this game/)]);
  });
});
