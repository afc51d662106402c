import { describe, expect, it } from 'vitest';
import { type Action, baselineMove, hashValue, loadScenario } from '../../src/headless';
import { createGameStore, type GameStore, type ScenarioEntry } from '../../src/state/createGameStore';
import { buildTimeline } from '../../src/state/replay';
import { recordOfSave, recordOfStore } from '../../src/state/replayStore';
import { loadSave, type SaveFile, saveGame } from '../../src/state/saveFile';

/** Replay and branch (src/state/replay*.ts), in Node: a finished game scrubbed turn by turn, and a game branched from turn 3. */

const loaded = loadScenario('dev-sandbox');
const entry: ScenarioEntry = { id: loaded.scenario.id, hash: loaded.hash, scenario: loaded.scenario };
const scenarios = [entry];
const side = entry.scenario.actors.find((a) => a.playable)!.id;
const DATE = '2026-12-01T21:30:00.000Z';
type Store = ReturnType<typeof createGameStore>;

/** Plays the human side until `until` says stop: `move` picks each action (an event waiting is answered by the baseline). */
async function playOn(store: Store, move: (s: GameStore) => Action, until: (s: GameStore) => boolean): Promise<void> {
  for (let guard = 0; guard < 500 && !until(store.getState()) && !store.getState().game!.over; guard++) {
    const s = store.getState();
    const pending = s.game!.pending.some((p) => p.actor === side);
    const a = pending ? (baselineMove(s.game!, entry.scenario, side) as Action) : move(s);
    if (!(await s.dispatch(a)).ok) await s.dispatch({ type: 'endPhase', actor: side });
  }
}

const baseline = (s: GameStore): Action => baselineMove(s.game!, entry.scenario, side) ?? { type: 'endPhase', actor: side };
const endOnly = (): Action => ({ type: 'endPhase', actor: side });

/** A whole game played by a human on the baseline policy, saved as a file would be. */
async function finishedGame(): Promise<{ store: Store; save: SaveFile }> {
  const store = createGameStore(scenarios);
  expect(await store.getState().startGame({ scenarioId: entry.id, side, seed: 11 })).toBe(true);
  await playOn(store, baseline, () => false);
  const { choice, game, log } = store.getState();
  expect(game!.over).toBeDefined();
  const save = saveGame(entry, choice!, game!, log, DATE)!;
  expect(save).not.toBeNull();
  return { store, save };
}

const turnHash = (save: SaveFile, gameTurn: number): string => save.turnHashes[gameTurn - 1]!.hash;

describe('replay', () => {
  it('rebuilds every turn: frame k is the game as turn k ended, its meters that turn of the history', async () => {
    const { save } = await finishedGame();
    const r = loadSave(JSON.parse(JSON.stringify(save)), scenarios);
    if (!r.ok) throw new Error(r.code);
    const built = buildTimeline(recordOfSave(r, 'game.json'));
    if (!built.ok) throw new Error('no timeline');
    const { frames } = built.timeline;
    expect(frames.length).toBe(save.turnHashes.length + 1);
    for (let k = 1; k < frames.length; k++) {
      const f = frames[k]!;
      expect(f.turn).toBe(k);
      expect(hashValue(f.state)).toBe(turnHash(save, k));
      expect(f.state.national).toEqual(r.game.history[k]!.national);
    }
    expect(frames[0]!.state.national).toEqual(r.game.history[0]!.national);
    expect(hashValue(frames[frames.length - 1]!.state)).toBe(save.finalHash);
  });

  it('the store shows the frame scrubbed to, plays nothing there, and Exit gives back the game it covered', async () => {
    const { store, save } = await finishedGame();
    const held = store.getState().game;
    expect(store.getState().openReplay(recordOfStore(store.getState(), 'this-game.json')!, 2)).toBe(true);
    let s = store.getState();
    expect(s.replay).toMatchObject({ frame: 2, last: save.turnHashes.length, turns: held!.setup.turns, branchable: true });
    expect(s.ui.screen).toBe('game');
    expect(hashValue(s.game)).toBe(turnHash(save, 2));
    expect(s.game!.national).toEqual(held!.history[2]!.national);
    const out = await s.dispatch({ type: 'endPhase', actor: side });
    expect(out.ok).toBe(false);
    expect(hashValue(store.getState().game)).toBe(turnHash(save, 2));
    // The news as it stood: every event up to the end of the turn shown, none after; the snapshot itself carries none (nothing animates).
    const newsAt2 = s.replay!.news;
    expect(s.lastEvents).toEqual([]);
    expect(Math.max(...newsAt2.map((e) => (e.type === 'TurnStarted' ? e.turn : 0)))).toBe(s.game!.turn);
    s.seekReplay(3);
    expect(hashValue(store.getState().game)).toBe(turnHash(save, 3));
    const newsAt3 = store.getState().replay!.news;
    expect(newsAt3.length).toBeGreaterThan(newsAt2.length);
    expect(newsAt3.slice(0, newsAt2.length)).toEqual(newsAt2);
    // The last turn shows on the game screen too, where "play from here" cannot start.
    s.seekReplay(99);
    s = store.getState();
    expect(s.replay).toMatchObject({ frame: save.turnHashes.length, branchable: false });
    expect(s.ui.screen).toBe('game');
    s.closeReplay();
    s = store.getState();
    expect(s.replay).toBeNull();
    expect(s.game).toBe(held);
    expect(s.ui.screen).toBe('end');
  });

  it('a game under way: its completed turns replay, Exit goes back to it quietly, and it plays on', async () => {
    const store = createGameStore(scenarios);
    await store.getState().startGame({ scenarioId: entry.id, side, seed: 12 });
    await playOn(store, baseline, (s) => s.game!.turn >= 4);
    const held = store.getState().game!;
    expect(held.over).toBeUndefined();
    expect(store.getState().openReplay(recordOfStore(store.getState(), 'now.json')!)).toBe(true);
    expect(store.getState().replay).toMatchObject({ frame: 3, last: 3, branchable: true });
    expect(store.getState().replayReturn).toBe('game');
    store.getState().closeReplay();
    const s = store.getState();
    expect(s.game).toBe(held);
    expect(s.ui.screen).toBe('game');
    // Its last moves sounded and animated when they were made: coming back plays them again nowhere.
    expect(s.lastEvents).toEqual([]);
    expect((await s.dispatch({ type: 'endPhase', actor: side })).ok).toBe(true);
    expect(store.getState().game!.turn).toBe(5);
  });
});

describe('branch', () => {
  it('at turn 3: turns 1-3 hash as the original, another choice at turn 4 diverges, and the save round-trips with branchedFrom', async () => {
    const { store, save } = await finishedGame();
    store.getState().openReplay(recordOfStore(store.getState(), 'class-game.json')!, 3);
    expect(await store.getState().branchReplay()).toBe(true);
    let s = store.getState();
    expect(s.replay).toBeNull();
    expect(s.choice!.branchedFrom).toEqual({ label: 'class-game.json', scenarioHash: entry.hash, turn: 3, hash: turnHash(save, 3) });
    expect(s.ui.notice?.said.key).toBe('replay.branched');
    // The branch plays on at turn 4, the human's move, with the original's moves before it.
    expect(s.game!.turn).toBe(4);
    expect(s.log.slice(0, save.turnHashes[2]!.actions)).toEqual(save.actions.slice(0, save.turnHashes[2]!.actions));
    // The original took its baseline moves at turn 4; the branch only ends its turns.
    await playOn(store, endOnly, () => false);
    s = store.getState();
    const branch = saveGame(entry, s.choice!, s.game!, s.log, DATE)!;
    for (const t of [1, 2, 3]) expect(turnHash(branch, t)).toBe(turnHash(save, t));
    expect(turnHash(branch, 4)).not.toBe(turnHash(save, 4));
    expect(branch.setup.branchedFrom).toEqual(s.choice!.branchedFrom);

    const back = loadSave(JSON.parse(JSON.stringify(branch)), scenarios);
    if (!back.ok) throw new Error(back.code);
    expect(back.choice.branchedFrom).toEqual(branch.setup.branchedFrom);
    expect(back.save.setup.branchedFrom).toEqual(branch.setup.branchedFrom);
  });

  it('a tampered branch save is refused: a claimed branch point its history does not hold, a move changed before it', async () => {
    const { store, save } = await finishedGame();
    store.getState().openReplay(recordOfStore(store.getState(), 'class-game.json')!, 3);
    await store.getState().branchReplay();
    await playOn(store, endOnly, () => false);
    const s = store.getState();
    const branch = saveGame(entry, s.choice!, s.game!, s.log, DATE)!;
    const copy = (): SaveFile => JSON.parse(JSON.stringify(branch)) as SaveFile;

    const movedPoint = copy();
    movedPoint.setup.branchedFrom!.turn = 4;
    expect(loadSave(movedPoint, scenarios)).toMatchObject({ ok: false, code: 'branchMismatch' });
    const otherHash = copy();
    otherHash.setup.branchedFrom!.hash = turnHash(save, 2);
    expect(loadSave(otherHash, scenarios)).toMatchObject({ ok: false, code: 'branchMismatch' });
    const otherScenario = copy();
    otherScenario.setup.branchedFrom!.scenarioHash = 'f'.repeat(16);
    expect(loadSave(otherScenario, scenarios)).toMatchObject({ ok: false, code: 'branchMismatch' });
    const extra = copy() as unknown as { setup: { branchedFrom: Record<string, unknown> } };
    extra.setup.branchedFrom.by = 'someone';
    expect(loadSave(extra, scenarios)).toMatchObject({ ok: false, code: 'badField' });
    // A move before the branch point changed: the replay no longer gives the recorded hashes.
    const moved = copy();
    const i = moved.actions.findIndex((a) => a.type === 'takeAction');
    expect(i).toBeGreaterThanOrEqual(0);
    moved.actions.splice(i, 1);
    expect(loadSave(moved, scenarios).ok).toBe(false);
    // An old save (no branchedFrom) still loads.
    expect(loadSave(JSON.parse(JSON.stringify(save)), scenarios).ok).toBe(true);
  });
});
