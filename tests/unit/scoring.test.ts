import { describe, expect, it } from 'vitest';
import { autoPlay, createGame, passiveMove, scoreAll, step } from '../../src/sim/index';
import { endTurn, play, tinyScenario } from './helpers';

describe('scoring', () => {
  it('gives partial points along a meter range, in either direction, clamped', () => {
    const sc = tinyScenario({
      objectives: [
        {
          actor: 'p',
          winAt: 20,
          items: [
            { id: 'up', text: 'x up', meter: 'x', from: 0, to: 10, points: 10 }, // x = 5 → 5
            { id: 'down', text: 'x down', meter: 'x', from: 10, to: 0, points: 20 }, // x = 5 → 10
            { id: 'far', text: 'x far', meter: 'x', from: 6, to: 8, points: 7 }, // below from → 0
            { id: 'done', text: 'x done', meter: 'x', from: 0, to: 4, points: 3 }, // beyond to → 3
          ],
        },
      ],
    });
    const card = scoreAll(createGame(sc, { seed: 1 }), sc).p!;
    expect(card.lines.map((l) => l.points)).toEqual([5, 10, 0, 3]);
    expect(card.lines.map((l) => l.met)).toEqual([false, false, false, true]);
    expect(card).toMatchObject({ score: 18, max: 40, winAt: 20, won: false });
  });

  it('scores a lead over another meter with minus (influence ahead of a rival)', () => {
    const sc = tinyScenario({
      objectives: [
        {
          actor: 'p',
          winAt: 5,
          items: [
            // x = 5 and p's national influence = (10·3 + 30·1) / 4 = 15: x − influence = −10.
            { id: 'lead', text: 'x ahead of influence', meter: 'x', minus: 'influence.p', from: -20, to: 0, points: 10 },
            { id: 'behind', text: 'influence ahead of x', meter: 'influence.p', minus: 'x', from: 0, to: 20, points: 4 },
          ],
        },
      ],
    });
    const card = scoreAll(createGame(sc, { seed: 1 }), sc).p!;
    expect(card.lines.map((l) => l.points)).toEqual([5, 2]);
    expect(card).toMatchObject({ score: 7, won: true });
  });

  it('gives full points for a condition met, and wins at winAt', () => {
    const sc = tinyScenario({
      objectives: [
        {
          actor: 'p',
          winAt: 5,
          items: [
            { id: 'x7', text: 'x at 7', when: { meter: 'x', gte: 7 }, points: 5 },
            { id: 'lead', text: 'lead in B', when: { leads: 'p', department: 'B' }, points: 1 },
          ],
        },
      ],
    });
    const s0 = createGame(sc, { seed: 1 });
    expect(scoreAll(s0, sc).p).toMatchObject({ score: 1, won: false });
    const s1 = play(s0, sc, { type: 'takeAction', actor: 'p', action: 'visit' });
    expect(scoreAll(s1, sc).p).toMatchObject({ score: 6, won: true });
  });
});

describe('the end of the game', () => {
  it('ends after setup.turns with scores, and refuses everything after', () => {
    const sc = tinyScenario({ turns: 4 });
    let s = createGame(sc, { seed: 1, turns: 2 });
    expect(s.setup.turns).toBe(2);
    s = endTurn(s, sc);
    expect(s.over).toBeUndefined();
    s = play(s, sc, { type: 'endPhase', actor: 'p' }, { type: 'endPhase', actor: 'h' }, { type: 'endPhase', actor: 'o' });
    expect(s.over).toEqual({ reason: 'length', scores: scoreAll(s, sc) });
    expect(s.turn).toBe(2);
    const after = step(s, sc, { type: 'endPhase', actor: 'p' });
    expect(!after.ok && after.reason.code).toBe('gameOver');
  });

  it('emits GameEnded with the scores', () => {
    const sc = tinyScenario({ turns: 1 });
    const s = play(createGame(sc, { seed: 1 }), sc, { type: 'endPhase', actor: 'p' }, { type: 'endPhase', actor: 'h' });
    const r = step(s, sc, { type: 'endPhase', actor: 'o' });
    expect(r.ok && r.events.at(-1)).toEqual({ type: 'GameEnded', reason: 'length', scores: scoreAll(r.ok ? r.state : s, sc) });
  });

  it('an end condition ends the game early with reason collapse', () => {
    const sc = tinyScenario({
      turns: 8,
      events: [{ id: 'slide', title: 'Slide', text: 'x falls', chance: 1, effects: [{ meter: 'x', add: -2 }] }],
      endConditions: [{ id: 'fall', when: { meter: 'x', lt: 2 }, text: 'X collapsed.' }],
    });
    let s = createGame(sc, { seed: 1 });
    s = endTurn(s, sc); // x 3
    expect(s.over).toBeUndefined();
    s = endTurn(s, sc); // x 1: collapse
    expect(s.turn).toBe(2);
    expect(s.over).toMatchObject({ reason: 'collapse', endCondition: 'fall' });
    expect(s.over?.scores.p).toBeDefined();
  });

  it('autoPlay plays a whole game to its end with every actor scored', () => {
    const sc = tinyScenario({ turns: 3 });
    const { state } = autoPlay(createGame(sc, { seed: 5 }), sc, passiveMove);
    expect(state.over?.reason).toBe('length');
    expect(state.turn).toBe(3);
    expect(Object.keys(state.over?.scores ?? {}).sort()).toEqual(['h', 'p']);
  });
});
