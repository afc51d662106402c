import { describe, expect, it } from 'vitest';
import { autoPlay, createGame, loadScenario } from '../../src/headless';
import { movesThatMattered } from '../../src/sim/index';
import { endTurn, play, tinyScenario } from './helpers';

describe('the moves that mattered most', () => {
  it('values each move by its effect on the meters the objectives measure, at their rates', () => {
    // p's objective: x from 0 to 10 for 10 points (1 point per unit). Visit: x +2 → +2 points.
    // Build: influence in B only (no objective on it) → not listed; its project adds x +1 on completion.
    const sc = tinyScenario();
    let s = createGame(sc, { seed: 1, controllers: { p: 'human', h: 'human', o: 'human' } });
    s = play(s, sc, { type: 'takeAction', actor: 'p', action: 'visit' }, { type: 'takeAction', actor: 'p', action: 'build', target: 's1' });
    s = endTurn(s, sc);
    s = endTurn(s, sc);
    const moves = movesThatMattered(s, sc, 'p');
    const visit = moves.find((m) => m.label === 'Visit');
    const build = moves.find((m) => m.label === 'Build');
    expect(visit).toMatchObject({ by: 'p', kind: 'action', points: 2, meters: [{ meter: 'x', change: 2 }] });
    // The project's completion counts under the action that started it.
    expect(build).toMatchObject({ by: 'p', kind: 'action', points: 1, meters: [{ meter: 'x', change: 1 }] });
    expect(moves[0]?.label).toBe('Visit');
  });

  it('counts a move against a side when it moves a meter the wrong way, and scores a lead (minus) both ways', () => {
    const sc = tinyScenario({
      objectives: [
        // p wants x ahead of its own influence (an odd goal, but it tests minus): 0.5 points a unit.
        {
          actor: 'p',
          winAt: 5,
          items: [{ id: 'lead', text: 'x over influence', meter: 'x', minus: 'influence.p', from: -20, to: 0, points: 10 }],
        },
        { actor: 'h', winAt: 5, items: [{ id: 'x', text: 'x', meter: 'x', from: 0, to: 10, points: 10 }] },
      ],
    });
    let s = createGame(sc, { seed: 1, controllers: { p: 'human', h: 'human', o: 'human' } });
    // Build raises p's influence in B (a quarter of the population) by 4: nationally +1, worth −0.5 to p.
    s = play(s, sc, { type: 'takeAction', actor: 'p', action: 'build', target: 's1' }, { type: 'endPhase', actor: 'p' });
    // The host's campaign takes x down 1 at the end of the turn: −1 for h, −0.5 for p.
    s = play(s, sc, { type: 'takeAction', actor: 'h', action: 'campaign' });
    s = endTurn(s, sc);
    const forP = movesThatMattered(s, sc, 'p');
    // Equal sizes: by actor id, so the order is stable.
    expect(forP).toEqual([
      { by: 'h', kind: 'action', label: 'Campaign', points: -0.5, meters: [{ meter: 'x', change: -1 }] },
      { by: 'p', kind: 'action', label: 'Build', points: -0.5, meters: [{ meter: 'influence.p', change: 1 }] },
    ]);
    expect(movesThatMattered(s, sc, 'h')).toEqual([
      { by: 'h', kind: 'action', label: 'Campaign', points: -1, meters: [{ meter: 'x', change: -1 }] },
    ]);
  });

  it('counts only what a move changed on the score: a push past the target is capped', () => {
    // x starts at 5; the objective is full at 6. Visit (+2) takes x to 7: without it, x would be 5,
    // worth 10 × 5/6; with it, the full 10. So Visit is worth 10/6 ≈ 1.7, not 2 units' worth (3.3).
    const sc = tinyScenario({
      objectives: [{ actor: 'p', winAt: 5, items: [{ id: 'x', text: 'x', meter: 'x', from: 0, to: 6, points: 10 }] }],
    });
    let s = createGame(sc, { seed: 1, controllers: { p: 'human', h: 'human', o: 'human' } });
    s = play(s, sc, { type: 'takeAction', actor: 'p', action: 'visit' });
    expect(movesThatMattered(s, sc, 'p')).toEqual([
      { by: 'p', kind: 'action', label: 'Visit', points: 1.7, meters: [{ meter: 'x', change: 2 }] },
    ]);
  });

  it('finds the moves of a whole AI game, deals included, largest first', () => {
    const { scenario: sc } = loadScenario('paz-pivot');
    const s = autoPlay(createGame(sc, { seed: 3, levels: { us: 'normal', bolivia: 'normal', china: 'normal' } }), sc).state;
    for (const actor of ['us', 'bolivia']) {
      const moves = movesThatMattered(s, sc, actor, 5);
      expect(moves.length).toBe(5);
      const sizes = moves.map((m) => Math.abs(m.points));
      expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
      for (const m of moves) expect(m.meters.length).toBeGreaterThan(0);
    }
    const deal = movesThatMattered(s, sc, 'us', 40).find((m) => m.kind === 'deal');
    expect(deal?.deal).toBeDefined();
    const signed = s.deals.find((d) => d.id === deal?.deal);
    expect(deal).toMatchObject({ by: signed?.from, with: signed?.to });
    // No move is worth more than the points the objectives hold.
    const total = sc.objectives.find((o) => o.actor === 'us')?.items.reduce((t, i) => t + i.points, 0) ?? 0;
    for (const m of movesThatMattered(s, sc, 'us', 40)) expect(Math.abs(m.points)).toBeLessThanOrEqual(total);
  });
});
