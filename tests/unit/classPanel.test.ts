import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/headless';
import { englishWords } from '../../src/present/words';
import type { Action } from '../../src/sim/index';
import { clock, moveWords } from '../../src/ui/classroom/classPanel';

describe('the class panel’s words', () => {
  const { scenario: sc } = loadScenario('paz-pivot');
  const w = englishWords(sc);

  it('every kind of move is worded for the team’s list of who did what (no bare key)', () => {
    const action = sc.actions[0]?.id ?? '';
    const event = sc.events?.[0]?.id ?? '';
    const moves: Action[] = [
      { type: 'takeAction', actor: 'us', action },
      { type: 'proposeDeal', actor: 'us', to: 'bolivia', terms: [] },
      { type: 'respondDeal', actor: 'bolivia', deal: 1, response: 'accept' },
      { type: 'respondDeal', actor: 'bolivia', deal: 1, response: 'reject' },
      { type: 'counterDeal', actor: 'bolivia', deal: 1, terms: [] },
      { type: 'withdrawDeal', actor: 'us', deal: 1 },
      { type: 'breakDeal', actor: 'us', deal: 1 },
      { type: 'chooseOption', actor: 'us', choice: 1, option: 'a' },
      { type: 'endPhase', actor: 'us' },
      { type: 'fireEvent', event },
      { type: 'endGame' },
    ];
    const worded = moves.map((a) => moveWords(w, a));
    for (const text of worded) expect(text).not.toMatch(/^classroom\.|\{/);
    expect(worded[0]).toBe(w.action(action));
    expect(worded[1]).toBe('an offer to Bolivia');
    expect(worded[9]).toContain(w.event(event));
  });

  it('a countdown reads minutes and seconds, never below zero', () => {
    expect(clock(65_000)).toBe('1:05');
    expect(clock(600_000)).toBe('10:00');
    expect(clock(400)).toBe('0:01');
    expect(clock(-3_000)).toBe('0:00');
  });
});
