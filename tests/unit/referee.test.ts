import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/headless';
import { type Action, createGame, hashValue, parseAction, readMeter, step } from '../../src/sim/index';
import { loadSave, saveGame } from '../../src/state/saveFile';

/** The referee's moves (a class's teacher, through the class server): an event made to happen, the game ended. */
const { scenario: sc, hash } = loadScenario('dev-sandbox');
const entry = { id: sc.id, hash, scenario: sc };
const choice = { scenarioId: sc.id, side: 'us', seed: 3, mode: 'hotseat' as const };
const start = () => createGame(sc, { seed: 3, controllers: { us: 'human', bolivia: 'human', china: 'ai' } });

describe('referee moves', () => {
  it('fireEvent applies the event now and leaves its choice to the chooser', () => {
    const s = start();
    const r = step(s, sc, { type: 'fireEvent', event: 'road_blockade' });
    if (!r.ok) throw new Error(r.reason.key);
    expect(readMeter(r.state, 'stability')).toBe(readMeter(s, 'stability') - 3);
    expect(r.state.fired.road_blockade).toBe(s.turn);
    const p = r.state.pending.find((x) => x.event === 'road_blockade');
    expect(p?.actor).toBe('bolivia');
    expect(r.events.at(-1)).toEqual({
      type: 'EventFired',
      event: 'road_blockade',
      title: 'Road blockade',
      choice: p?.id,
      chooser: 'bolivia',
    });
    // The state passed in is untouched, and the same move gives the same state.
    expect(s.pending).toEqual([]);
    const again = step(s, sc, { type: 'fireEvent', event: 'road_blockade' });
    expect(again.ok && hashValue(again.state)).toBe(hashValue(r.state));
  });

  it('fireEvent refuses an event the scenario does not have, and any move after the end', () => {
    const r = step(start(), sc, { type: 'fireEvent', event: 'no_such_event' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toEqual({ code: 'unknownEvent', key: 'unknownEvent', params: { event: 'no_such_event' } });
    const ended = step(start(), sc, { type: 'endGame' });
    if (!ended.ok) throw new Error(ended.reason.key);
    expect(ended.state.over?.reason).toBe('referee');
    expect(Object.keys(ended.state.over?.scores ?? {}).sort()).toEqual(['bolivia', 'china', 'us']);
    expect(ended.events.map((e) => e.type)).toEqual(['GameEnded']);
    expect(ended.state.history.at(-1)?.turn).toBe(ended.state.turn);
    for (const a of [{ type: 'endGame' }, { type: 'fireEvent', event: 'price_slump' }, { type: 'endPhase', actor: 'us' }] as Action[]) {
      const r2 = step(ended.state, sc, a);
      expect(r2.ok ? 'accepted' : r2.reason.code).toBe('gameOver');
    }
  });

  it('the schema accepts exactly the two shapes, and a save with them loads and verifies', () => {
    expect(parseAction({ type: 'fireEvent', event: 'price_slump' }).ok).toBe(true);
    expect(parseAction({ type: 'endGame' }).ok).toBe(true);
    expect(parseAction({ type: 'endGame', actor: 'us' })).toEqual({ ok: false, path: 'actor' });
    expect(parseAction({ type: 'fireEvent' }).ok).toBe(false);
    expect(step(start(), sc, { type: 'fireEvent' } as unknown as Action).ok).toBe(false);

    let s = start();
    const log: Action[] = [{ type: 'fireEvent', event: 'price_slump' }, { type: 'endPhase', actor: 'us' }, { type: 'endGame' }];
    for (const a of log) {
      const r = step(s, sc, a);
      if (!r.ok) throw new Error(r.reason.key);
      s = r.state;
    }
    const save = saveGame(entry, choice, s, log, '2026-01-01T00:00:00.000Z');
    expect(save).not.toBeNull();
    const loaded = loadSave(JSON.parse(JSON.stringify(save)), [entry]);
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(hashValue(loaded.game)).toBe(hashValue(s));
  });
});
