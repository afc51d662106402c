import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishWords } from '../../src/present/words';
import { formatProblem, loadScenarioText } from '../../src/scenario/loadScenario';
import { createGame, type GameState, holds, type Scenario, scoreAll, step, termInForce } from '../../src/sim/index';
import { effectLine } from '../../src/ui/effectText';
import { newsLine, newsOf } from '../../src/ui/news';
import { endTurn, play, tinyScenario } from './helpers';

/**
 * Tiny with a package the power gives the host (x +1 a turn for 3 turns) and an event that, from
 * turn 2 on, unwinds every deal holding it (a new government cancels it).
 */
function withUnwind(between?: [string, string]): Scenario {
  return tinyScenario({
    terms: [{ id: 'pkg', name: 'Package', giver: 'p', values: { p: 1, h: 2 }, perTurn: [{ meter: 'x', add: 1 }], duration: 3 }],
    events: [
      {
        id: 'cancel',
        title: 'New government',
        text: 'It cancels the package.',
        chance: 1,
        once: true,
        fromTurn: 2,
        effects: [{ unwind: 'pkg', ...(between ? { between } : {}), label: 'the new government cancels it' }],
      },
    ],
    objectives: [
      { actor: 'p', winAt: 5, items: [{ id: 'deal', text: 'a package', when: { deal: 'signed', term: 'pkg' }, points: 5 }] },
      { actor: 'h', winAt: 5, items: [{ id: 'calm', text: 'calm', when: { meter: 'stability', gt: 50 }, points: 5 }] },
    ],
  });
}

function signedGame(sc: Scenario): GameState {
  let s = createGame(sc, { seed: 1 });
  s = play(s, sc, { type: 'proposeDeal', actor: 'p', to: 'h', terms: [{ term: 'pkg', amount: 1 }] });
  return play(s, sc, { type: 'respondDeal', actor: 'h', deal: s.deals[0]?.id ?? 0, response: 'accept' });
}

describe('the unwind effect', () => {
  it('unwinds the signed deal: status, obligations stopped, cause recorded, no trust charged', () => {
    const sc = withUnwind();
    let s = signedGame(sc);
    expect(holds(s, { deal: 'signed', term: 'pkg' })).toBe(true);
    expect(scoreAll(s, sc).p?.score).toBe(5);
    s = endTurn(s, sc); // turn 1: the obligation runs once; the event may not fire yet
    expect(s.deals[0]?.status).toBe('signed');
    expect(s.national.x).toBe(6);
    const r = step(s, sc, { type: 'endPhase', actor: 'p' });
    if (!r.ok) throw new Error(r.reason.code);
    s = endTurn(r.state, sc); // turn 2: the obligation runs, then the event unwinds the deal
    const d = s.deals[0];
    expect(d?.status).toBe('unwound');
    expect(d?.obligations).toEqual({ pkg: 0 });
    expect(d?.unwound).toMatchObject({
      turn: 2,
      term: 'pkg',
      cause: { kind: 'event', id: 'cancel', label: 'the new government cancels it' },
    });
    expect(s.national.x).toBe(7);
    s = endTurn(s, sc); // turn 3: nothing more runs
    expect(s.national.x).toBe(7);
    // It no longer counts as signed, for conditions and objectives, nor as in force.
    expect(holds(s, { deal: 'signed', term: 'pkg' })).toBe(false);
    expect(scoreAll(s, sc).p?.score).toBe(0);
    expect(termInForce(s, sc, 'p', 'h', 'pkg')).toBeUndefined();
    // No breach and no trust rule: unwinding is not breaking.
    expect(s.breaches).toEqual([]);
    expect(s.ledger.some((e) => e.cause.rule === 'broken' || e.cause.rule === 'brokenInfluence')).toBe(false);
  });

  it('reaches the news (and so the turn report) with its cause, in words', () => {
    const sc = withUnwind();
    const s = signedGame(sc);
    const r = step(endTurn(s, sc), sc, { type: 'endPhase', actor: 'p' });
    if (!r.ok) throw new Error(r.reason.code);
    let events = r.events;
    let cur = r.state;
    while (cur.turn === 2) {
      const actor = sc.turnOrder[cur.phase] ?? 'p';
      const n = step(cur, sc, { type: 'endPhase', actor });
      if (!n.ok) throw new Error(n.reason.code);
      events = [...events, ...n.events];
      cur = n.state;
    }
    const unwound = events.filter((e) => e.type === 'DealUnwound');
    expect(unwound).toEqual([
      expect.objectContaining({
        type: 'DealUnwound',
        deal: 1,
        from: 'p',
        to: 'h',
        term: 'pkg',
        cause: expect.objectContaining({ id: 'cancel' }),
      }),
    ]);
    const w = englishWords(sc);
    const lines = newsOf(events, 2).map((i) => newsLine(w, sc, i).text);
    expect(lines).toContain('Deal #1 between Power and Host is unwound (Package): the new government cancels it');
    const effect = sc.events?.[0]?.effects?.[0];
    if (!effect) throw new Error('no effect');
    expect(effectLine(w, sc, effect)).toBe('Unwinds any deal in force with Package');
  });

  it('with between, leaves the deals of other pairs alone', () => {
    const sc = withUnwind(['p', 'o']);
    let s = signedGame(sc);
    for (let i = 0; i < 3 && !s.over; i++) s = endTurn(s, sc);
    expect(s.deals[0]?.status).not.toBe('unwound');
    expect(s.fired.cancel).toBe(2);
  });

  it('the validator knows the effect and refuses an unknown term, at its line', () => {
    const minimal = readFileSync(join(__dirname, '..', 'fixtures', 'minimal.yaml'), 'utf8').split('\n');
    const withLine = (l: string): string => minimal.map((x, i) => (i === 51 ? l : x)).join('\n');
    const ok = loadScenarioText(withLine('      - { unwind: royalty, between: [us, bolivia], label: it is cancelled }'), 'f.yaml');
    expect(ok.ok ? [] : ok.problems.map(formatProblem)).toEqual([]);
    const bad = loadScenarioText(withLine('      - { unwind: ghost }'), 'f.yaml');
    expect(bad.ok ? [] : bad.problems.map(formatProblem)).toEqual([expect.stringMatching(/^f\.yaml:52:\d+: .*unknown term "ghost"/)]);
  });
});
