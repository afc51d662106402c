import { describe, expect, it } from 'vitest';
import { baselineMove, hashValue, loadScenario } from '../../src/headless';
import { createGameStore, type ScenarioEntry } from '../../src/state/createGameStore';
import {
  loadSave,
  loadSaveText,
  MAX_SAVE_BYTES,
  replayActions,
  type SaveFile,
  saveFileName,
  saveGame,
  startOfReplay,
} from '../../src/state/saveFile';

/** Save files (src/state/saveFile.ts): build, shape check, replay and verification, in Node. */

const loaded = loadScenario('dev-sandbox');
const entry: ScenarioEntry = { id: loaded.scenario.id, hash: loaded.hash, scenario: loaded.scenario };
const scenarios = [entry];
const side = entry.scenario.actors.find((a) => a.playable)!.id;
const DATE = '2026-11-23T15:30:00.000Z';

/** A store with a game played for `turns` turns by a human who plays the baseline policy. */
async function playedStore(turns: number, seed = 7) {
  const store = createGameStore(scenarios);
  expect(store.getState().startGame({ scenarioId: entry.id, side, seed })).toBe(true);
  let guard = 0;
  while (store.getState().game!.turn <= turns && !store.getState().game!.over && guard++ < 500) {
    const s = store.getState().game!;
    const a = baselineMove(s, entry.scenario, side) ?? { type: 'endPhase' as const, actor: side };
    if (!(await store.getState().dispatch(a)).ok) await store.getState().dispatch({ type: 'endPhase', actor: side });
  }
  return store;
}

async function saveOf(turns = 3, seed = 7): Promise<SaveFile> {
  const { choice, game, log } = (await playedStore(turns, seed)).getState();
  const save = saveGame(entry, choice!, game!, log, DATE);
  expect(save).not.toBeNull();
  return save!;
}

/** A deep copy through JSON, as a file on disk would be. */
const viaJson = (s: SaveFile): SaveFile => JSON.parse(JSON.stringify(s)) as SaveFile;

describe('save files', () => {
  it('round-trip: a save replays to the very same game, log and choice', async () => {
    const store = await playedStore(3);
    const { choice, game, log } = store.getState();
    expect(game!.turn).toBeGreaterThan(3);
    const save = saveGame(entry, choice!, game!, log, DATE)!;
    expect(save.turnHashes.length).toBe(game!.turn - 1);
    expect(save.actions.length).toBe(log.length);
    const r = loadSaveText(JSON.stringify(save), scenarios);
    if (!r.ok) throw new Error(r.message);
    expect(hashValue(r.game)).toBe(hashValue(game));
    expect(r.game).toEqual(game);
    expect(r.log).toEqual(log);
    expect(r.choice).toEqual(choice);

    // Restored into a fresh store, the game carries on exactly as the original does.
    const other = createGameStore(scenarios);
    expect(other.getState().restore(r.choice, r.game, r.log)).toBe(true);
    const end = { type: 'endPhase' as const, actor: side };
    expect((await store.getState().dispatch(end)).ok).toBe((await other.getState().dispatch(end)).ok);
    expect(hashValue(other.getState().game)).toBe(hashValue(store.getState().game));
    expect(other.getState().log).toEqual(store.getState().log);
  });

  it('records the state hash at the end of every turn, with the action count', async () => {
    const save = await saveOf(2);
    expect(save.turnHashes.map((h) => h.turn)).toEqual([1, 2]);
    expect(save.turnHashes[0]!.actions).toBeLessThan(save.turnHashes[1]!.actions);
    expect(save.format).toBe('altiplano-save');
    expect(save.version).toBe(1);
    expect(save.scenario).toEqual({ id: entry.id, hash: entry.hash });
    expect(save.setup.controllers[side]).toBe('human');
  });

  it('replay is deterministic: the same save loads to the same hash every time, and in steps', async () => {
    const save = await saveOf(3, 11);
    const a = loadSave(viaJson(save), scenarios);
    const b = loadSave(viaJson(save), scenarios);
    if (!a.ok || !b.ok) throw new Error('save did not load');
    expect(hashValue(a.game)).toBe(hashValue(b.game));
    expect(hashValue(a.game)).toBe(save.finalHash);
    // Replaying in two halves (as the autosave does) gives the same cursor as in one go.
    const half = Math.floor(save.actions.length / 2);
    const first = replayActions(entry, startOfReplay(entry, save.setup), save.actions.slice(0, half));
    if (!first.ok) throw new Error('first half refused');
    const rest = replayActions(entry, first.cursor, save.actions);
    if (!rest.ok) throw new Error('second half refused');
    expect(rest.cursor.turnHashes).toEqual(save.turnHashes);
    expect(hashValue(rest.cursor.state)).toBe(save.finalHash);
  });

  it('keeps the play mode and the AI level: hot-seat with a hard AI round-trips', async () => {
    const store = createGameStore(scenarios);
    expect(store.getState().startGame({ scenarioId: entry.id, side, seed: 5, mode: 'hotseat', aiLevel: 'hard' })).toBe(true);
    const humans = Object.entries(store.getState().game!.setup.controllers)
      .filter(([, c]) => c === 'human')
      .map(([a]) => a);
    expect(humans.length).toBeGreaterThan(1);
    for (let k = 0; k < 6 && !store.getState().game!.over; k++) {
      const s = store.getState();
      const mover = entry.scenario.turnOrder[s.game!.phase]!;
      await s.dispatch({ type: 'endPhase', actor: mover });
    }
    const { choice, game, log } = store.getState();
    const save = saveGame(entry, choice!, game!, log, DATE)!;
    expect(save.setup.mode).toBe('hotseat');
    expect(save.setup.aiLevel).toBe('hard');
    const r = loadSave(viaJson(save), scenarios);
    if (!r.ok) throw new Error(r.message);
    expect(r.choice).toEqual(choice);
    expect(hashValue(r.game)).toBe(hashValue(game));
    // Claiming another mode than the controllers recorded is refused.
    const lie = viaJson(save);
    lie.setup.mode = 'solo';
    expect(loadSave(lie, scenarios)).toMatchObject({ ok: false, code: 'badSetup' });
  });

  it('different seeds give different saves', async () => {
    expect((await saveOf(2, 1)).finalHash).not.toBe((await saveOf(2, 2)).finalHash);
  });

  it('names the file altiplano-<scenario>-<date>.json', async () => {
    expect(saveFileName(await saveOf(1))).toBe('altiplano-dev-sandbox-2026-11-23.json');
  });
});

const good = await saveOf(3);

describe('corrupt save files are refused, each with its message', () => {
  function refused(text: string) {
    const r = loadSaveText(text, scenarios);
    if (r.ok) throw new Error('expected a refusal');
    return r;
  }
  const mutated = (f: (s: SaveFile & Record<string, unknown>) => void) => {
    const s = viaJson(good) as SaveFile & Record<string, unknown>;
    f(s);
    return refused(JSON.stringify(s));
  };

  it('not JSON', async () => {
    const r = refused('{"format": "altiplano-save", oops');
    expect(r.code).toBe('notJson');
    expect(r.message).toMatch(/not valid JSON/);
  });

  it('too large', async () => {
    const r = refused(' '.repeat(MAX_SAVE_BYTES + 1));
    expect(r.code).toBe('tooLarge');
    expect(r.message).toMatch(/too large/);
  });

  it('JSON that is not a save', async () => {
    expect(refused('[1,2,3]').code).toBe('notSave');
    expect(refused('{"hello":"world"}').message).toMatch(/not an Altiplano save file/);
  });

  it('a newer format version', async () => {
    const r = mutated((s) => (s.version = 99));
    expect(r.code).toBe('newerVersion');
    expect(r.message).toMatch(/newer version/);
  });

  it('a wrong shape names the field', async () => {
    expect(mutated((s) => delete (s as Record<string, unknown>).finalHash).message).toMatch(/"finalHash"/);
    expect(mutated((s) => ((s.setup as Record<string, unknown>).seed = 'x')).message).toMatch(/"setup\.seed"/);
    const r = mutated((s) => ((s.actions[2] as Record<string, unknown>).type = 'launchMissiles'));
    expect(r.code).toBe('badField');
    expect(r.message).toMatch(/"actions\[2\]"/);
  });

  it('an unknown scenario', async () => {
    const r = mutated((s) => (s.scenario.id = 'atlantis'));
    expect(r.code).toBe('unknownScenario');
    expect(r.message).toMatch(/atlantis/);
  });

  it('a scenario that changed since the save (hash mismatch)', async () => {
    const r = mutated((s) => (s.scenario.hash = '0000000000000000'));
    expect(r.code).toBe('scenarioChanged');
    expect(r.message).toMatch(/has changed since/);
  });

  it('a setup that does not fit the scenario', async () => {
    expect(mutated((s) => (s.setup.side = 'atlantis')).code).toBe('badSetup');
    expect(mutated((s) => (s.setup.controllers = { ...s.setup.controllers, [side]: 'ai' })).code).toBe('badSetup');
    expect(mutated((s) => (s.setup.aiLevel = 'hard')).code).toBe('badSetup');
    expect(mutated((s) => (s.setup.mode = 'ludicrous' as never)).message).toMatch(/"setup\.mode"/);
  });

  it('an action refused during the replay names the move and the reason', async () => {
    // Someone else's move made by the human: refused by the sim.
    const i = good.actions.findIndex((a) => a.type === 'endPhase');
    const r = mutated((s) => (s.actions[i] = { type: 'endPhase', actor: 'nobody' }));
    expect(r.code).toBe('actionRefused');
    expect(r.message).toContain(`move ${i + 1} was refused`);
    expect(r.message).toMatch(/no actor "nobody"/);
  });

  it('an edited action that is still legal is caught by the turn hash', async () => {
    // Change the seed: every move may still be legal, but the game differs from the recorded one.
    const r = mutated((s) => (s.setup.seed = s.setup.seed + 1));
    expect(['turnHashMismatch', 'actionRefused']).toContain(r.code);
  });

  it('a tampered turn hash, and a tampered final hash', async () => {
    const t = mutated((s) => (s.turnHashes[1]!.hash = 'ffffffffffffffff'));
    expect(t.code).toBe('turnHashMismatch');
    expect(t.message).toMatch(/end of turn 2/);
    const f = mutated((s) => (s.finalHash = 'ffffffffffffffff'));
    expect(f.code).toBe('finalHashMismatch');
    expect(f.message).toMatch(/final check/);
  });

  it('dropped actions at the end are caught', async () => {
    const r = mutated((s) => (s.actions = s.actions.slice(0, -1)));
    expect(['turnHashMismatch', 'finalHashMismatch']).toContain(r.code);
  });
});
