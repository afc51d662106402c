import { describe, expect, it } from 'vitest';
import { type ActionDef, createGame, step, whyNot } from '../../src/sim/index';
import { endTurn, play, tinyScenario } from './helpers';

const act = (patch: Partial<ActionDef>): ActionDef => ({
  id: 'a',
  actor: 'p',
  kind: 'diplomacy',
  name: 'Act',
  cost: {},
  effects: [{ meter: 'x', add: 1 }],
  ...patch,
});

describe('limits, cooldowns and requirements', () => {
  it('perTurn limit refuses with limitReached, and resets next turn', () => {
    const sc = tinyScenario({ actions: [act({ limit: { perTurn: 1 } })] });
    let s = play(createGame(sc, { seed: 1 }), sc, { type: 'takeAction', actor: 'p', action: 'a' });
    const r = step(s, sc, { type: 'takeAction', actor: 'p', action: 'a' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason.code).toBe('limitReached');
      expect(r.reason.message).toMatch(/Act can be taken 1 time\(s\) a turn/);
    }
    s = endTurn(s, sc);
    expect(whyNot(s, sc, 'p', 'a')).toBeNull();
  });

  it('perGame limit refuses for the rest of the game', () => {
    const sc = tinyScenario({ actions: [act({ limit: { perGame: 2 } })] });
    let s = play(createGame(sc, { seed: 1 }), sc, { type: 'takeAction', actor: 'p', action: 'a' });
    s = endTurn(s, sc);
    s = play(s, sc, { type: 'takeAction', actor: 'p', action: 'a' });
    s = endTurn(s, sc);
    expect(whyNot(s, sc, 'p', 'a')).toMatchObject({ code: 'limitReached', message: expect.stringMatching(/2 time\(s\) a game/) });
  });

  it('cooldown refuses with coolingDown until enough turns have passed', () => {
    const sc = tinyScenario({ actions: [act({ cooldown: 2 })] });
    let s = play(createGame(sc, { seed: 1 }), sc, { type: 'takeAction', actor: 'p', action: 'a' });
    expect(whyNot(s, sc, 'p', 'a')).toMatchObject({ code: 'coolingDown', message: expect.stringMatching(/again in 2 turn/) });
    s = endTurn(s, sc);
    expect(whyNot(s, sc, 'p', 'a')).toMatchObject({ code: 'coolingDown', message: expect.stringMatching(/again in 1 turn/) });
    s = endTurn(s, sc);
    expect(whyNot(s, sc, 'p', 'a')).toBeNull();
  });

  it('requires refuses with requirementNotMet and the scenario requiresText', () => {
    const sc = tinyScenario({
      actions: [
        act({ id: 'gated', requires: { meter: 'x', gte: 7 }, requiresText: 'X must reach 7 first.' }),
        act({ id: 'raise', effects: [{ meter: 'x', add: 2 }] }),
      ],
    });
    const s0 = createGame(sc, { seed: 1 });
    expect(whyNot(s0, sc, 'p', 'gated')).toMatchObject({ code: 'requirementNotMet', key: 'requirement', message: 'X must reach 7 first.' });
    const s1 = play(s0, sc, { type: 'takeAction', actor: 'p', action: 'raise' });
    expect(whyNot(s1, sc, 'p', 'gated')).toBeNull();
  });

  it('requires without requiresText still gives a readable message', () => {
    const sc = tinyScenario({ actions: [act({ requires: { flag: 'never' } })] });
    const r = whyNot(createGame(sc, { seed: 1 }), sc, 'p', 'a');
    expect(r?.code).toBe('requirementNotMet');
    expect(r?.message).toContain('Act');
  });

  it('refuses unaffordable actions with noCapital / noMoney', () => {
    const sc = tinyScenario({ actions: [act({ id: 'dear', cost: { money: 101 } }), act({ id: 'heavy', cost: { capital: 3 } })] });
    const s = createGame(sc, { seed: 1 });
    expect(whyNot(s, sc, 'p', 'dear')).toMatchObject({ code: 'noMoney', message: expect.stringMatching(/\$101M.*\$100M/) });
    expect(whyNot(s, sc, 'p', 'heavy')).toMatchObject({ code: 'noCapital', message: expect.stringMatching(/3 political capital/) });
  });

  it('refuses missing, unknown and superfluous targets', () => {
    const sc = tinyScenario();
    const s = createGame(sc, { seed: 1 });
    expect(whyNot(s, sc, 'p', 'build')?.code).toBe('needsTarget');
    expect(whyNot(s, sc, 'p', 'build', 'A')?.code).toBe('badTarget'); // a department, but the action wants a site
    expect(whyNot(s, sc, 'p', 'build', 'nowhere')?.code).toBe('badTarget');
    expect(whyNot(s, sc, 'p', 'visit', 'A')?.code).toBe('badTarget');
    const limited = tinyScenario({ actions: [act({ target: { type: 'department', allowed: ['B'] } })] });
    expect(whyNot(s, limited, 'p', 'a', 'A')?.code).toBe('badTarget');
    expect(whyNot(s, limited, 'p', 'a', 'B')).toBeNull();
  });

  it("refuses another actor's action, an unknown action and out-of-phase moves", () => {
    const sc = tinyScenario();
    const s = createGame(sc, { seed: 1 });
    expect(whyNot(s, sc, 'p', 'campaign')?.code).toBe('notYourAction');
    expect(whyNot(s, sc, 'p', 'nope')?.code).toBe('unknownAction');
    expect(whyNot(s, sc, 'h', 'campaign')).toMatchObject({ code: 'notYourPhase', key: 'notYourPhase', message: "It is not Host's move." });
    expect(whyNot(s, sc, 'ghost', 'visit')?.code).toBe('unknownActor');
  });
});
