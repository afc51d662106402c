import { describe, expect, it } from 'vitest';
import { englishWords } from '../../src/present/words';
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
      expect(englishWords(sc).refusal(r.reason)).toBe('Act can be taken once a turn.');
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
    const r = whyNot(s, sc, 'p', 'a');
    expect(r?.code).toBe('limitReached');
    expect(r && englishWords(sc).refusal(r)).toBe('Act can be taken 2 times a game.');
  });

  it('cooldown refuses with coolingDown until enough turns have passed', () => {
    const sc = tinyScenario({ actions: [act({ cooldown: 2 })] });
    let s = play(createGame(sc, { seed: 1 }), sc, { type: 'takeAction', actor: 'p', action: 'a' });
    const wait = (): string | undefined => {
      const r = whyNot(s, sc, 'p', 'a');
      expect(r?.code).toBe('coolingDown');
      return r ? englishWords(sc).refusal(r) : undefined;
    };
    expect(wait()).toBe('Act can be taken again in 2 turns.');
    s = endTurn(s, sc);
    expect(wait()).toBe('Act can be taken again next turn.');
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
    const r0 = whyNot(s0, sc, 'p', 'gated');
    expect(r0).toMatchObject({ code: 'requirementNotMet', key: 'requirement' });
    expect(r0 && englishWords(sc).refusal(r0)).toBe('X must reach 7 first.');
    const s1 = play(s0, sc, { type: 'takeAction', actor: 'p', action: 'raise' });
    expect(whyNot(s1, sc, 'p', 'gated')).toBeNull();
  });

  it('requires without requiresText still gives a readable message', () => {
    const sc = tinyScenario({ actions: [act({ requires: { flag: 'never' } })] });
    const r = whyNot(createGame(sc, { seed: 1 }), sc, 'p', 'a');
    expect(r?.code).toBe('requirementNotMet');
    expect(r && englishWords(sc).refusal(r)).toContain('Act');
  });

  it('refuses unaffordable actions with noCapital / noMoney', () => {
    const sc = tinyScenario({ actions: [act({ id: 'dear', cost: { money: 101 } }), act({ id: 'heavy', cost: { capital: 3 } })] });
    const s = createGame(sc, { seed: 1 });
    const said = (id: string): string => {
      const r = whyNot(s, sc, 'p', id);
      return r ? `${r.code}: ${englishWords(sc).refusal(r)}` : '';
    };
    expect(said('dear')).toMatch(/^noMoney: .*\$101M.*\$100M/);
    expect(said('heavy')).toMatch(/^noCapital: .*3 political capital/);
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
    const r = whyNot(s, sc, 'h', 'campaign');
    expect(r).toMatchObject({ code: 'notYourPhase', key: 'notYourPhase' });
    expect(r && englishWords(sc).refusal(r)).toBe("It is not Host's move.");
    expect(whyNot(s, sc, 'ghost', 'visit')?.code).toBe('unknownActor');
  });
});
