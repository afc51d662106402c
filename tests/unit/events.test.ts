import { describe, expect, it } from 'vitest';
import { createGame, type EventDef, type GameState, readMeter, type Scenario, step } from '../../src/sim/index';
import { endTurn, play, tinyScenario } from './helpers';

const ev = (patch: Partial<EventDef>): EventDef => ({
  id: 'e',
  title: 'E',
  text: 'Something happens.',
  chance: 1,
  effects: [{ meter: 'x', add: 1 }],
  ...patch,
});

/** Turns on which event `id` fired, playing `turns` turns with nobody acting. */
function firedTurns(sc: Scenario, id = 'e', seed = 1): number[] {
  let s: GameState = createGame(sc, { seed });
  const out: number[] = [];
  while (!s.over) {
    const turn = s.turn;
    s = endTurn(s, sc);
    if (s.fired[id] === turn) out.push(turn);
  }
  return out;
}

describe('scenario events', () => {
  it('chance 1 fires every turn, chance 0 never', () => {
    expect(firedTurns(tinyScenario({ turns: 5, events: [ev({ chance: 1 })] }))).toEqual([1, 2, 3, 4, 5]);
    expect(firedTurns(tinyScenario({ turns: 5, events: [ev({ chance: 0 })] }))).toEqual([]);
  });

  it('chance 0.5 fires on some turns and not others', () => {
    const n = firedTurns(tinyScenario({ turns: 60, events: [ev({ chance: 0.5 })] })).length;
    expect(n).toBeGreaterThan(15);
    expect(n).toBeLessThan(45);
  });

  it('applies its effects with an event cause', () => {
    const sc = tinyScenario({ turns: 2, events: [ev({ sources: [{ doc: 'd.txt' }] })] });
    const s = endTurn(createGame(sc, { seed: 1 }), sc);
    expect(readMeter(s, 'x')).toBe(6);
    expect(s.ledger.at(-1)).toMatchObject({ meter: 'x', delta: 1, cause: { kind: 'event', id: 'e', sources: [{ doc: 'd.txt' }] } });
  });

  it('once fires only once; cooldown waits; fromTurn waits', () => {
    expect(firedTurns(tinyScenario({ turns: 5, events: [ev({ once: true })] }))).toEqual([1]);
    expect(firedTurns(tinyScenario({ turns: 6, events: [ev({ cooldown: 2 })] }))).toEqual([1, 3, 5]);
    expect(firedTurns(tinyScenario({ turns: 5, events: [ev({ fromTurn: 4 })] }))).toEqual([4, 5]);
  });

  it('fires only while its trigger holds', () => {
    // x starts at 5 and the event itself raises it by 1; it stops once x reaches 7.
    const sc = tinyScenario({ turns: 5, events: [ev({ trigger: { meter: 'x', lt: 7 } })] });
    expect(firedTurns(sc)).toEqual([1, 2]);
  });

  describe('with options', () => {
    const sc = tinyScenario({
      turns: 3,
      events: [
        ev({
          chooser: 'h',
          once: true,
          options: [
            { id: 'yes', label: 'Yes', effects: [{ meter: 'x', add: 3 }] },
            { id: 'no', label: 'No', effects: [{ meter: 'x', add: -3 }] },
          ],
        }),
      ],
    });
    const fired = endTurn(createGame(sc, { seed: 1 }), sc);

    it('creates a pending choice for the chooser', () => {
      expect(fired.pending).toEqual([{ id: expect.any(Number), event: 'e', actor: 'h', turn: 1 }]);
    });

    it("blocks the chooser's endPhase until chooseOption", () => {
      const s = play(fired, sc, { type: 'endPhase', actor: 'p' });
      const r = step(s, sc, { type: 'endPhase', actor: 'h' });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason.code).toBe('pendingChoice');
      const choice = s.pending[0]!.id;
      const bad = step(s, sc, { type: 'chooseOption', actor: 'h', choice, option: 'maybe' });
      expect(!bad.ok && bad.reason.code).toBe('unknownOption');
      const wrong = step(s, sc, { type: 'chooseOption', actor: 'p', choice, option: 'yes' });
      expect(wrong.ok).toBe(false);
      const s2 = play(s, sc, { type: 'chooseOption', actor: 'h', choice, option: 'yes' });
      expect(s2.pending).toEqual([]);
      expect(readMeter(s2, 'x')).toBe(6 + 3);
      expect(s2.ledger.at(-1)?.cause).toMatchObject({ kind: 'event', id: 'e', actor: 'h' });
      expect(step(s2, sc, { type: 'endPhase', actor: 'h' }).ok).toBe(true);
    });

    it("blocks the chooser's actions too", () => {
      const s = play(fired, sc, { type: 'endPhase', actor: 'p' });
      const r = step(s, sc, { type: 'takeAction', actor: 'h', action: 'campaign' });
      expect(!r.ok && r.reason.code).toBe('pendingChoice');
    });
  });
});
