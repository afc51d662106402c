import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { autoPlay, createGame, loadScenario, scenarioIds } from '../../src/headless';
import { formatDelta, formatValue, meterInfo, shownChange } from '../../src/present/meterInfo';
import { englishWords } from '../../src/present/words';
import { loadScenarioText } from '../../src/scenario/loadScenario';
import { changeTone, goodDirection, meterIds, projectTiming, step, whyNot } from '../../src/sim/index';
import { causeLabel } from '../../src/ui/causes';
import { turnStory } from '../../src/ui/turnStory';
import { endTurn, play, tinyScenario } from './helpers';

describe('good and bad, from where each actor sits', () => {
  const sc = tinyScenario({
    meters: [
      { id: 'x', name: 'X', min: 0, max: 10, initial: 5 },
      { id: 'prices', name: 'Prices', min: 0, max: 100, initial: 20, good: 'down', goodFor: { o: 'up' } },
      { id: 'jobs', name: 'Jobs', min: 0, max: 100, initial: 20, good: 'up' },
    ],
    actors: [
      { id: 'p', name: 'Power', kind: 'power', playable: true, budget: { capital: 2, money: 100 } },
      { id: 'q', name: 'Rival', kind: 'power', budget: { capital: 2, money: 100 } },
      { id: 'h', name: 'Host', kind: 'host', playable: true, budget: { capital: 1, money: 50 } },
      { id: 'o', name: 'Other', kind: 'other', budget: { capital: 1, money: 0 } },
    ],
  });

  it('a scenario meter is good the way it says, with per-actor exceptions, and neutral when it says nothing', () => {
    expect(goodDirection(sc, 'h', 'prices')).toBe('down');
    expect(goodDirection(sc, 'p', 'prices')).toBe('down');
    expect(goodDirection(sc, 'o', 'prices')).toBe('up');
    expect(goodDirection(sc, 'h', 'jobs')).toBe('up');
    expect(goodDirection(sc, 'h', 'x')).toBe('neutral');
    expect(changeTone(sc, 'h', 'prices', +1)).toBe('bad');
    expect(changeTone(sc, 'h', 'prices', -0.4)).toBe('good');
    expect(changeTone(sc, 'o', 'prices', +1)).toBe('good');
    expect(changeTone(sc, 'h', 'jobs', -2)).toBe('bad');
    expect(changeTone(sc, 'h', 'x', 3)).toBe('neutral');
  });

  it('engine meters: influence is good for its power, bad for rival powers, neutral for the host; the economy is good up for all', () => {
    expect(changeTone(sc, 'p', 'influence.p', 2)).toBe('good');
    expect(changeTone(sc, 'q', 'influence.p', 2)).toBe('bad');
    expect(changeTone(sc, 'q', 'influence.p', -2)).toBe('good');
    expect(changeTone(sc, 'h', 'influence.p', 2)).toBe('neutral');
    expect(changeTone(sc, 'o', 'influence.p', 2)).toBe('neutral');
    for (const m of ['gdp', 'growth', 'stability'])
      for (const a of ['p', 'q', 'h', 'o']) {
        expect(changeTone(sc, a, m, 1)).toBe('good');
        expect(changeTone(sc, a, m, -1)).toBe('bad');
      }
  });

  it('no change, a change below the threshold and a non-finite change are neutral', () => {
    expect(changeTone(sc, 'h', 'jobs', 0)).toBe('neutral');
    expect(changeTone(sc, 'h', 'jobs', 0.004, 0.005)).toBe('neutral');
    expect(changeTone(sc, 'h', 'jobs', 0.006, 0.005)).toBe('good');
    expect(changeTone(sc, 'h', 'jobs', Number.NaN)).toBe('neutral');
  });

  for (const id of scenarioIds()) {
    it(`${id}: every scenario meter says which way is good (none left to the default)`, () => {
      const { scenario } = loadScenario(id);
      for (const m of scenario.meters ?? []) expect(m.good, m.id).toMatch(/^(up|down|neutral)$/);
      // Every playable side finds at least one meter good one way: colours mean something for it.
      for (const a of scenario.actors.filter((x) => x.playable))
        expect(meterIds(scenario).some((m) => goodDirection(scenario, a.id, m) !== 'neutral')).toBe(true);
    });
  }

  it('paz-pivot: rising unrest and inflation are bad for the US and for Bolivia; falling coca is good for both', () => {
    const { scenario } = loadScenario('paz-pivot');
    for (const side of ['us', 'bolivia']) {
      expect(changeTone(scenario, side, 'unrest', 6.9)).toBe('bad');
      expect(changeTone(scenario, side, 'inflation', -1)).toBe('good');
      expect(changeTone(scenario, side, 'coca', -500)).toBe('good');
    }
    expect(changeTone(scenario, 'cocaleros', 'coca', -500)).toBe('bad');
  });

  it('the validator refuses a direction that is not one, and a goodFor that names no actor', () => {
    const text = readFileSync(loadScenario('dev-sandbox').file, 'utf8');
    expect(loadScenarioText(text, 'x.yaml').ok).toBe(true);
    const bad = loadScenarioText(text.replace('    good: up\n', '    good: upward\n'), 'x.yaml');
    expect(bad.ok).toBe(false);
    const unknown = loadScenarioText(text.replace('goodFor: { bolivia: up }', 'goodFor: { nobody: up }'), 'x.yaml');
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.problems.map((p) => p.message).join('\n')).toMatch(/unknown actor "nobody"/);
  });
});

describe('shown changes are the difference of the shown values', () => {
  const sc = loadScenario('paz-pivot').scenario;
  const w = englishWords(sc);

  it('"38 → 40" reads +2, not +3 (round, then subtract)', () => {
    const m = meterInfo(w, sc, 'stability');
    const c = shownChange(m, 37.6, 40.4);
    expect(c.delta).toBe(2);
    expect(`${formatValue(w, m, 37.6, c.digits)} → ${formatValue(w, m, 40.4, c.digits)}`).toBe('38 → 40');
    expect(formatDelta(w, m, c.delta, c.digits)).toBe('+2');
  });

  it('when both values round alike but the meter moved, all three get one more digit', () => {
    const m = meterInfo(w, sc, 'stability');
    const c = shownChange(m, 14.8, 15.4);
    expect(c.digits).toBe(1);
    expect(formatValue(w, m, 14.8, c.digits)).toBe('14.8');
    expect(formatValue(w, m, 15.4, c.digits)).toBe('15.4');
    expect(formatDelta(w, m, c.delta, c.digits)).toBe('+0.6');
  });

  it('over many pairs, the shown change equals the shown "to" minus the shown "from"', () => {
    for (const id of ['stability', 'gdp', 'growth', 'inflation', 'reserves', 'coca', 'unrest']) {
      const m = meterInfo(w, sc, id);
      for (let i = 0; i < 400; i++) {
        // A fixed spread of values (no randomness): near-halves and tiny moves included.
        const from = m.min + ((i * 7.31) % Math.max(1, Math.min(m.max - m.min, 500)));
        const to = from + Math.sin(i) * (i % 3 === 0 ? 0.07 : 3.3);
        const c = shownChange(m, from, to);
        const num = (s: string): number => Number(s.replace(/[^\d.−-]/g, '').replace('−', '-'));
        const shownFrom = num(formatValue(w, m, from, c.digits));
        const shownTo = num(formatValue(w, m, to, c.digits));
        const shownDelta = formatDelta(w, m, c.delta, c.digits);
        const expected = Math.round((shownTo - shownFrom) * 10 ** c.digits) / 10 ** c.digits;
        expect(shownDelta === '±0' ? 0 : num(shownDelta), `${id} ${from} → ${to}`).toBeCloseTo(expected, 6);
      }
    }
  });
});

describe('drift and chance worded as what they mean', () => {
  it('the scenario words its drift and both ways of its chance; never "drift toward" or "chance"', () => {
    const sc = loadScenario('paz-pivot').scenario;
    const w = englishWords(sc);
    const drift = { kind: 'rule' as const, id: 'drift:inflation', rule: 'drift' as const, params: { toward: 6 } };
    const noise = { kind: 'rule' as const, id: 'noise:coca', rule: 'noise' as const };
    expect(causeLabel(w, sc, drift)).toBe('prices slowly settle');
    expect(causeLabel(w, sc, noise, -120)).toBe('a poor growing season for coca');
    expect(causeLabel(w, sc, noise, 120)).toBe('a good growing season for coca');
    const stab = { kind: 'rule' as const, id: 'drift:stability', rule: 'drift' as const, params: { toward: 50 } };
    expect(causeLabel(w, sc, stab)).not.toMatch(/drift|toward \d/);
  });

  for (const id of scenarioIds()) {
    it(`${id}: no engine cause of a played game reads "drift toward" or "chance"`, () => {
      const { scenario: sc } = loadScenario(id);
      const w = englishWords(sc);
      const levels = Object.fromEntries(sc.actors.map((a) => [a.id, 'normal' as const]));
      const s = autoPlay(createGame(sc, { seed: 3, levels, turns: 4 }), sc).state;
      const rules = s.ledger.filter((e) => e.cause.kind === 'rule');
      expect(rules.length).toBeGreaterThan(0);
      for (const e of rules) expect(causeLabel(w, sc, e.cause, e.delta), e.cause.id).not.toMatch(/^chance$|drift toward/);
    });
  }
});

describe('a project that cannot finish before the last turn', () => {
  it('is built when turn t + turns − 1 ends; it finishes only if that is the last turn or before', () => {
    const sc = tinyScenario();
    const def = sc.actions.find((a) => a.id === 'build');
    if (!def) throw new Error('no build action');
    const s1 = createGame(sc, { seed: 1, turns: 4 });
    expect(projectTiming(s1, def)).toEqual({ doneTurn: 2, lastTurn: 4, finishes: true });
    let s = s1;
    for (let t = 0; t < 3; t++) s = endTurn(s, sc);
    expect(s.turn).toBe(4);
    expect(projectTiming(s, def)).toEqual({ doneTurn: 5, lastTurn: 4, finishes: false });
    expect(projectTiming(s, sc.actions[0] ?? def)).toBe(null);
  });

  it('the helper agrees with the sim: a project started in time is built by the end, one started late never is', () => {
    const sc = tinyScenario();
    const def = sc.actions.find((a) => a.id === 'build');
    if (!def) throw new Error('no build action');
    const played = (startTurn: number) => {
      let s = createGame(sc, { seed: 1, turns: 4 });
      while (s.turn < startTurn) s = endTurn(s, sc);
      const timing = projectTiming(s, def);
      s = play(s, sc, { type: 'takeAction', actor: 'p', action: 'build', target: 's1' });
      while (!s.over) s = endTurn(s, sc);
      return { timing, built: s.projects.some((p) => p.status === 'built') };
    };
    expect(played(3)).toMatchObject({ timing: { finishes: true }, built: true });
    expect(played(4)).toMatchObject({ timing: { finishes: false }, built: false });
  });
});

describe('the turn report as a short story', () => {
  it("tells the player's own move first, each computer move once with its effects, and the economy in words", () => {
    const { scenario: sc } = loadScenario('paz-pivot');
    const w = englishWords(sc);
    const levels = Object.fromEntries(sc.actors.map((a) => [a.id, 'normal' as const]));
    const controllers = Object.fromEntries(sc.actors.map((a) => [a.id, a.id === 'us' ? ('human' as const) : ('ai' as const)]));
    const start = autoPlay(createGame(sc, { seed: 831004, levels, controllers, turns: 6 }), sc).state;
    // The US takes the first action it may take that moves a meter at once.
    const def = sc.actions.find(
      (a) => a.actor === 'us' && !a.target && (a.effects?.length ?? 0) > 0 && whyNot(start, sc, 'us', a.id) === null,
    );
    if (!def) throw new Error('no action for the US');
    const taken = step(start, sc, { type: 'takeAction', actor: 'us', action: def.id });
    if (!taken.ok) throw new Error('refused');
    const ended = step(taken.state, sc, { type: 'endPhase', actor: 'us' });
    if (!ended.ok) throw new Error('refused');
    const rest = autoPlay(ended.state, sc);
    const events = [...taken.events, ...ended.events, ...rest.events];
    const beats = turnStory(w, { sc, side: 'us', you: true }, { before: start, after: rest.state, events }, 1, () => true);

    const first = beats[0];
    expect(first?.mine).toBe(true);
    expect(first?.text).toContain(w.action(def.id));
    expect(first?.effects.size).toBeGreaterThan(0);
    // Each computer move of the turn: one beat per time it was taken.
    const ai = events.filter((e) => e.type === 'ActionTaken' && e.actor !== 'us');
    expect(ai.length).toBeGreaterThan(0);
    for (const e of ai) {
      if (e.type !== 'ActionTaken') continue;
      const times = ai.filter((x) => x.type === 'ActionTaken' && x.action === e.action && x.actor === e.actor).length;
      expect(beats.filter((b) => b.text.includes(w.action(e.action)) && b.text.includes(w.actor(e.actor))).length).toBe(times);
    }
    // The effects of a move are told with it, not again on a line of their own.
    const keys = beats.map((b) => b.text);
    expect(new Set(keys).size).toBe(keys.length);
    for (const b of beats) expect(b.text).not.toMatch(/^chance$|drift toward|[{}]/);
    // Ordered by impact after the player's own moves.
    const others = beats.filter((b) => !b.mine);
    for (let i = 1; i < others.length; i++) expect(others[i - 1]?.weight ?? 0).toBeGreaterThanOrEqual(others[i]?.weight ?? 0);
    // The economy's own movement is in the story, worded, e.g. "Prices slowly settle".
    expect(beats.some((b) => b.kind === 'rule' && /^[A-Z]/.test(b.text))).toBe(true);
  });
});
