import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/headless';
import { type Action, autoPlay, baselineMove, type GameState, hashValue, setupPolicy, step } from '../../src/sim/index';
import { createGameStore } from '../../src/state/createGameStore';
import { firstState, localSession, recordTurnEnd, type TurnHash } from '../../src/state/session';

const { scenario: sc, hash } = loadScenario('paz-pivot');
const entry = { id: sc.id, hash, scenario: sc };
const choice = { scenarioId: sc.id, side: 'us', seed: 11, mode: 'solo' as const, aiLevel: 'normal' as const };

/** What the human United States does next: answer an event waiting for it (first option), else end its phase. */
function usMove(game: GameState): Action {
  const p = game.pending.find((x) => x.actor === 'us');
  const option = p ? sc.events?.find((e) => e.id === p.event)?.options?.[0] : undefined;
  return p && option ? { type: 'chooseOption', actor: 'us', choice: p.id, option: option.id } : { type: 'endPhase', actor: 'us' };
}

/** The replay of a log from the first state, recording turn hashes the way saves check them. */
function replay(log: readonly Action[]) {
  let s = firstState(entry, choice);
  const hashes: TurnHash[] = [];
  log.forEach((a, i) => {
    const r = step(s, sc, a);
    if (!r.ok) throw new Error(`action ${i} refused`);
    recordTurnEnd(hashes, s, r.state, i);
    s = r.state;
  });
  return { state: s, hashes };
}

describe('the local session', () => {
  it('an accepted action comes back with the computer players’ replies, and the log replays to the same game and turn hashes', async () => {
    const session = localSession(entry, choice, setupPolicy);
    const seen: number[] = [];
    session.onChange((s) => seen.push(s.log.length));
    let ends = 0;
    for (let i = 0; i < 20 && ends < 3; i++) {
      const move = usMove(session.snapshot().game);
      const o = await session.submit(move);
      if (!o.ok) throw new Error(`refused: ${o.reason.key}`);
      expect(o.actions[0]).toEqual(move);
      if (move.type !== 'endPhase') continue;
      ends++;
      // Bolivia and China moved after the United States ended its phase, and the turn ended.
      expect(o.actions.slice(1).some((a) => 'actor' in a && a.actor === 'bolivia')).toBe(true);
      expect(o.events.some((e) => e.type === 'TurnEnded')).toBe(true);
    }
    const snap = session.snapshot();
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(snap.game.turn).toBe(4);
    const r = replay(snap.log);
    expect(hashValue(r.state)).toBe(hashValue(snap.game));
    expect(snap.turnHashes).toEqual(r.hashes);
    expect(snap.turnHashes.map((h) => h.turn)).toEqual([1, 2, 3]);
  });

  it('plays exactly as the sim’s own autoPlay does', async () => {
    const session = localSession(entry, choice, setupPolicy);
    let s = autoPlay(firstState(entry, choice), sc, setupPolicy).state;
    for (let i = 0; i < 6; i++) {
      const move = usMove(s);
      await session.submit(move);
      const r = step(s, sc, move);
      if (!r.ok) throw new Error('refused');
      s = autoPlay(r.state, sc, setupPolicy).state;
    }
    expect(hashValue(session.snapshot().game)).toBe(hashValue(s));
  });

  it('a refused action is answered with its reason and changes nothing', async () => {
    const session = localSession(entry, choice, setupPolicy);
    const before = session.snapshot();
    let published = 0;
    session.onChange(() => published++);
    const o = await session.submit({ type: 'takeAction', actor: 'us', action: 'no-such-action' });
    expect(o.ok).toBe(false);
    if (!o.ok) expect(o.reason.key).toBe('unknownAction');
    expect(session.snapshot().game).toBe(before.game);
    expect(session.snapshot().log).toEqual(before.log);
    expect(published).toBe(0);
  });

  it('a snapshot handed out never changes under its holder', async () => {
    const session = localSession(entry, choice, setupPolicy);
    const first = session.snapshot();
    const log = [...first.log];
    await session.submit(usMove(first.game));
    expect(first.log).toEqual(log);
    expect(session.snapshot().log.length).toBeGreaterThan(log.length);
  });

  it('taking an action just previewed reuses the preview’s step, and gives the same game as stepping it afresh', async () => {
    const session = localSession(entry, choice, setupPolicy);
    const game = session.snapshot().game;
    const move = baselineMove(game, sc, 'us');
    if (move?.type !== 'takeAction') throw new Error('expected the baseline to take an action');
    const pv = session.preview('us', move.action, move.target);
    expect(pv.ok).toBe(true);
    const fresh = step(game, sc, move);
    if (!fresh.ok) throw new Error('refused');
    const o = await session.submit(move);
    expect(o.ok).toBe(true);
    expect(hashValue(session.snapshot().game)).toBe(hashValue(fresh.state));
  });

  it('watch mode: nothing moves until advance, which moves at most the asked number of moves', async () => {
    const session = localSession(entry, { ...choice, mode: 'watch' }, setupPolicy);
    expect(session.snapshot().log.length).toBe(0);
    const o = await session.advance(3);
    expect(o.ok && o.actions.length).toBe(3);
    expect(session.snapshot().log.length).toBe(3);
  });
});

describe('the store over a session', () => {
  it('dispatch resolves to the outcome and the store already mirrors it; a refusal sets the error', async () => {
    const store = createGameStore([entry]);
    expect(await store.getState().startGame(choice)).toBe(true);
    const o = await store.getState().dispatch(usMove(store.getState().game as GameState));
    expect(o.ok).toBe(true);
    expect(store.getState().game).toBe(store.getState().session?.snapshot().game);
    expect(store.getState().log).toBe(store.getState().session?.snapshot().log);
    const bad = await store.getState().dispatch({ type: 'endPhase', actor: 'bolivia' });
    expect(bad.ok).toBe(false);
    expect(store.getState().error?.key).toBe('notYourPhase');
  });

  it('keeps the language it was made with and changes it on request', () => {
    const store = createGameStore([entry], { lang: 'en' });
    expect(store.getState().lang).toBe('en');
    store.getState().setLanguage('es');
    expect(store.getState().lang).toBe('es');
  });
});
