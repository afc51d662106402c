import { describe, expect, it } from 'vitest';
import { createGame, readMeter, step } from '../../src/sim/index';
import { endTurn, play, tinyScenario } from './helpers';

describe('taking an action', () => {
  const sc = tinyScenario();

  it('pays its cost and applies its effects, with the cause in the ledger', () => {
    const s0 = createGame(sc, { seed: 1 });
    const r = step(s0, sc, { type: 'takeAction', actor: 'p', action: 'visit' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const s1 = r.state;
    expect(s1.actors.p?.budget).toEqual({ capital: 1, money: 90 });
    expect(readMeter(s1, 'x')).toBe(7);
    const entry = s1.ledger.at(-1);
    expect(entry).toMatchObject({ turn: 1, meter: 'x', delta: 2, cause: { kind: 'action', id: 'visit', actor: 'p', assumption: 'test' } });
    expect(r.events).toContainEqual(expect.objectContaining({ type: 'ActionTaken', actor: 'p', action: 'visit' }));
    expect(r.events).toContainEqual(expect.objectContaining({ type: 'MeterChanged', meter: 'x', from: 5, to: 7 }));
  });

  it('carries the sources of the action into the ledger', () => {
    const sources = [{ doc: 'doc.txt', quote: 'a quote', verdict: 'confirmed' as const }];
    const sc2 = tinyScenario({ actions: [{ ...tinyScenario().actions[0]!, sources }] });
    const s1 = play(createGame(sc2, { seed: 1 }), sc2, { type: 'takeAction', actor: 'p', action: 'visit' });
    expect(s1.ledger.at(-1)?.cause.sources).toEqual(sources);
  });

  it('lands `at: target` effects on the department of a site target', () => {
    const s0 = createGame(sc, { seed: 1 });
    const s1 = play(s0, sc, { type: 'takeAction', actor: 'p', action: 'build', target: 's1' });
    expect(s1.departments.B?.influence.p).toBe(34);
    expect(s1.departments.A?.influence.p).toBe(10);
    expect(s1.ledger.at(-1)).toMatchObject({ meter: 'influence.p', department: 'B', delta: 4 });
  });

  it('skips `at: target` effects when the target site has no department', () => {
    const s0 = createGame(sc, { seed: 1 });
    const s1 = play(s0, sc, { type: 'takeAction', actor: 'p', action: 'build', target: 'abroad' });
    expect(s1.departments).toEqual(s0.departments);
    expect(s1.projects).toHaveLength(1);
  });

  it('lands `at: target` effects on a department target itself', () => {
    const sc2 = tinyScenario({
      actions: [
        {
          id: 'aid',
          actor: 'p',
          kind: 'invest',
          name: 'Aid',
          cost: {},
          target: { type: 'department' },
          effects: [{ meter: 'stability', add: -5, at: 'target' }],
        },
      ],
    });
    const s1 = play(createGame(sc2, { seed: 1 }), sc2, { type: 'takeAction', actor: 'p', action: 'aid', target: 'A' });
    expect(s1.departments.A?.stability).toBe(35);
    expect(s1.departments.B?.stability).toBe(80);
  });
});

describe('national stability and influence', () => {
  it('are the population-weighted means of the departments', () => {
    const sc = tinyScenario();
    const s0 = createGame(sc, { seed: 1 });
    expect(readMeter(s0, 'stability')).toBe((3 * 40 + 1 * 80) / 4);
    expect(readMeter(s0, 'influence.p')).toBe((3 * 10 + 1 * 30) / 4);
    const s1 = play(s0, sc, { type: 'takeAction', actor: 'p', action: 'build', target: 's1' });
    expect(readMeter(s1, 'influence.p')).toBe((3 * 10 + 1 * 34) / 4);
  });

  it('a national department-meter effect moves every department alike', () => {
    const sc = tinyScenario({
      actions: [{ id: 'calm', actor: 'p', kind: 'domestic', name: 'Calm', cost: {}, effects: [{ meter: 'stability', add: 5 }] }],
    });
    const s1 = play(createGame(sc, { seed: 1 }), sc, { type: 'takeAction', actor: 'p', action: 'calm' });
    expect(s1.departments.A?.stability).toBe(45);
    expect(s1.departments.B?.stability).toBe(85);
    expect(readMeter(s1, 'stability')).toBe(55);
  });
});

describe('meters stay within bounds', () => {
  const big = (add: number) =>
    tinyScenario({
      actions: [
        {
          id: 'push',
          actor: 'p',
          kind: 'domestic',
          name: 'Push',
          cost: {},
          effects: [
            { meter: 'x', add },
            { meter: 'stability', add },
            { meter: 'influence.p', add },
            { meter: 'growth', add },
            { meter: 'gdp', add: add * 1e9 },
          ],
        },
      ],
    });

  it.each([1e6, -1e6])('clamps a change of %d to the bounds', (add) => {
    const sc = big(add);
    const s1 = play(createGame(sc, { seed: 1 }), sc, { type: 'takeAction', actor: 'p', action: 'push' });
    const hi = add > 0;
    expect(readMeter(s1, 'x')).toBe(hi ? 10 : 0);
    expect(s1.departments.A?.stability).toBe(hi ? 100 : 0);
    expect(s1.departments.B?.influence.p).toBe(hi ? 100 : 0);
    expect(readMeter(s1, 'growth')).toBe(hi ? 30 : -30);
    expect(readMeter(s1, 'gdp')).toBe(hi ? 1e7 : 0);
    // The ledger records the change actually made, not the one asked for.
    expect(s1.ledger.find((l) => l.meter === 'x')?.delta).toBe(hi ? 5 : -5);
  });

  it('ignores a non-finite change instead of writing NaN', () => {
    const sc = tinyScenario({
      actions: [
        {
          id: 'nan',
          actor: 'p',
          kind: 'domestic',
          name: 'NaN',
          cost: {},
          effects: [
            { meter: 'x', add: Number.NaN },
            { meter: 'stability', set: Infinity },
          ],
        },
      ],
    });
    const s1 = play(createGame(sc, { seed: 1 }), sc, { type: 'takeAction', actor: 'p', action: 'nan' });
    expect(readMeter(s1, 'x')).toBe(5);
    expect(s1.departments.A?.stability).toBe(40);
    expect(s1.ledger).toHaveLength(0);
  });
});

describe('projects', () => {
  it('are built after their turns, then apply onComplete once and perTurn every turn', () => {
    const sc = tinyScenario({ turns: 6 });
    let s = play(createGame(sc, { seed: 1 }), sc, { type: 'takeAction', actor: 'p', action: 'build', target: 's1' });
    expect(s.projects[0]).toMatchObject({ status: 'building', turnsLeft: 2, department: 'B' });
    s = endTurn(s, sc); // end of turn 1
    expect(s.projects[0]).toMatchObject({ status: 'building', turnsLeft: 1 });
    expect(readMeter(s, 'x')).toBe(5);
    s = endTurn(s, sc); // end of turn 2: built
    expect(s.projects[0]?.status).toBe('built');
    expect(readMeter(s, 'x')).toBe(6);
    expect(s.departments.B?.stability).toBe(80);
    expect(s.ledger.filter((l) => l.cause.kind === 'project' && l.meter === 'x')).toHaveLength(1);
    s = endTurn(s, sc); // perTurn starts
    s = endTurn(s, sc);
    expect(readMeter(s, 'x')).toBe(6); // onComplete only once
    expect(s.departments.B?.stability).toBe(82);
    expect(s.departments.A?.stability).toBe(40);
    const perTurn = s.ledger.filter((l) => l.cause.kind === 'project' && l.meter === 'stability');
    expect(perTurn.map((l) => [l.turn, l.department, l.delta])).toEqual([
      [3, 'B', 1],
      [4, 'B', 1],
    ]);
  });

  it('retire after their lifetime', () => {
    const base = tinyScenario({ turns: 6 });
    const build = base.actions[1]!;
    const sc = tinyScenario({ turns: 6, actions: [{ ...build, project: { ...build.project!, turns: 1, lifetime: 2 } }] });
    let s = play(createGame(sc, { seed: 1 }), sc, { type: 'takeAction', actor: 'p', action: 'build', target: 's1' });
    for (let i = 0; i < 5; i++) s = endTurn(s, sc);
    expect(s.projects[0]?.status).toBe('retired');
    expect(s.departments.B?.stability).toBe(82);
  });
});

describe('lasting effects', () => {
  it('run for their turns and then stop', () => {
    const sc = tinyScenario();
    let s = play(createGame(sc, { seed: 1 }), sc, { type: 'endPhase', actor: 'p' }, { type: 'takeAction', actor: 'h', action: 'campaign' });
    expect(readMeter(s, 'x')).toBe(5);
    s = endTurn(s, sc);
    expect(readMeter(s, 'x')).toBe(4);
    s = endTurn(s, sc);
    expect(readMeter(s, 'x')).toBe(3);
    expect(s.lasting).toHaveLength(0);
    s = endTurn(s, sc);
    expect(readMeter(s, 'x')).toBe(3);
    expect(s.ledger.filter((l) => l.cause.id === 'campaign').map((l) => l.turn)).toEqual([1, 2]);
  });
});

describe('budgets', () => {
  it('refill each turn; what is not spent is lost', () => {
    const sc = tinyScenario();
    let s = play(
      createGame(sc, { seed: 1 }),
      sc,
      { type: 'takeAction', actor: 'p', action: 'visit' },
      { type: 'takeAction', actor: 'p', action: 'visit' },
    );
    expect(s.actors.p?.budget).toEqual({ capital: 0, money: 80 });
    s = endTurn(s, sc);
    expect(s.turn).toBe(2);
    expect(s.actors.p?.budget).toEqual({ capital: 2, money: 100 });
    expect(s.actors.p?.usedThisTurn).toEqual({});
  });

  it('a budget effect adds to the budget and never goes below zero', () => {
    const sc = tinyScenario({
      actions: [
        { id: 'grant', actor: 'p', kind: 'invest', name: 'Grant', cost: {}, effects: [{ budget: 'money', actor: 'h', add: 25 }] },
        { id: 'drain', actor: 'p', kind: 'invest', name: 'Drain', cost: {}, effects: [{ budget: 'money', actor: 'h', add: -1000 }] },
      ],
    });
    let s = play(createGame(sc, { seed: 1 }), sc, { type: 'takeAction', actor: 'p', action: 'grant' });
    expect(s.actors.h?.budget.money).toBe(75);
    s = play(s, sc, { type: 'takeAction', actor: 'p', action: 'drain' });
    expect(s.actors.h?.budget.money).toBe(0);
  });
});
