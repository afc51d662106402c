import { describe, expect, it } from 'vitest';
import { type Action, baselineMove, hashValue, loadScenario, said } from '../../src/headless';
import { englishWords } from '../../src/present/words';
import { createGameStore, type ScenarioEntry } from '../../src/state/createGameStore';
import {
  loadSave,
  loadSaveText,
  MAX_SAVE_BYTES,
  replayActions,
  type SaveError,
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
  expect(await store.getState().startGame({ scenarioId: entry.id, side, seed })).toBe(true);
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

/** A refusal as the interface words it in English. */
const messageOf = (e: SaveError): string => englishWords(entry.scenario).say(said(`saves.error.${e.code}`, e.params));

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
    if (!r.ok) throw new Error(messageOf(r));
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
    expect(save.version).toBe(2);
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
    expect(await store.getState().startGame({ scenarioId: entry.id, side, seed: 5, mode: 'hotseat', aiLevel: 'hard' })).toBe(true);
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
    if (!r.ok) throw new Error(messageOf(r));
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
    expect(messageOf(r)).toMatch(/not valid JSON/);
  });

  it('too large', async () => {
    const r = refused(' '.repeat(MAX_SAVE_BYTES + 1));
    expect(r.code).toBe('tooLarge');
    expect(messageOf(r)).toMatch(/too large/);
  });

  it('JSON that is not a save', async () => {
    expect(refused('[1,2,3]').code).toBe('notSave');
    expect(messageOf(refused('{"hello":"world"}'))).toMatch(/not an Altiplano save file/);
  });

  it('a newer format version', async () => {
    const r = mutated((s) => (s.version = 99));
    expect(r.code).toBe('newerVersion');
    expect(messageOf(r)).toMatch(/newer version/);
  });

  it('a wrong shape names the field', async () => {
    expect(messageOf(mutated((s) => delete (s as Record<string, unknown>).finalHash))).toMatch(/"finalHash"/);
    expect(messageOf(mutated((s) => ((s.setup as Record<string, unknown>).seed = 'x')))).toMatch(/"setup\.seed"/);
    const r = mutated((s) => ((s.actions[2] as Record<string, unknown>).type = 'launchMissiles'));
    expect(r.code).toBe('badField');
    expect(messageOf(r)).toMatch(/"actions\[2\]\.type"/);
  });

  it('an unknown scenario', async () => {
    const r = mutated((s) => (s.scenario.id = 'atlantis'));
    expect(r.code).toBe('unknownScenario');
    expect(messageOf(r)).toMatch(/atlantis/);
  });

  it('a scenario that changed since the save (hash mismatch)', async () => {
    const r = mutated((s) => (s.scenario.hash = '0000000000000000'));
    expect(r.code).toBe('scenarioChanged');
    expect(messageOf(r)).toMatch(/has changed since/);
  });

  it('a setup that does not fit the scenario', async () => {
    expect(mutated((s) => (s.setup.side = 'atlantis')).code).toBe('badSetup');
    expect(mutated((s) => (s.setup.controllers = { ...s.setup.controllers, [side]: 'ai' })).code).toBe('badSetup');
    expect(mutated((s) => (s.setup.aiLevel = 'hard')).code).toBe('badSetup');
    expect(messageOf(mutated((s) => (s.setup.mode = 'ludicrous' as never)))).toMatch(/"setup\.mode"/);
  });

  it('an action refused during the replay names the move and the reason', async () => {
    // Someone else's move made by the human: refused by the sim.
    const i = good.actions.findIndex((a) => a.type === 'endPhase');
    const r = mutated((s) => (s.actions[i] = { type: 'endPhase', actor: 'nobody' }));
    expect(r.code).toBe('actionRefused');
    expect(messageOf(r)).toContain(`move ${i + 1} was refused`);
    expect(messageOf(r)).toMatch(/no actor "nobody"/);
  });

  it('an edited action that is still legal is caught by the turn hash', async () => {
    // Change the seed: every move may still be legal, but the game differs from the recorded one.
    const r = mutated((s) => (s.setup.seed = s.setup.seed + 1));
    expect(['turnHashMismatch', 'actionRefused']).toContain(r.code);
  });

  it('a tampered turn hash, and a tampered final hash', async () => {
    const t = mutated((s) => (s.turnHashes[1]!.hash = 'ffffffffffffffff'));
    expect(t.code).toBe('turnHashMismatch');
    expect(messageOf(t)).toMatch(/end of turn 2/);
    const f = mutated((s) => (s.finalHash = 'ffffffffffffffff'));
    expect(f.code).toBe('finalHashMismatch');
    expect(messageOf(f)).toMatch(/final check/);
  });

  it('dropped actions at the end are caught', async () => {
    const r = mutated((s) => (s.actions = s.actions.slice(0, -1)));
    expect(['turnHashMismatch', 'finalHashMismatch']).toContain(r.code);
  });
});

describe('hard edges: strict save and action schemas', () => {
  const refusedSave = (x: unknown) => {
    const r = loadSaveText(JSON.stringify(x), scenarios);
    if (r.ok) throw new Error('expected a refusal');
    return r;
  };

  it('refuses deep-nested junk in an action (10,000 levels), before walking it', () => {
    // Written as text: JSON.stringify itself would overflow the stack on it.
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const text = JSON.stringify(good).replace('"actions":[{', `"actions":[{"junk":${deep},`);
    const r = loadSaveText(text, scenarios);
    if (r.ok) throw new Error('expected a refusal');
    expect(r.code).toBe('tooDeep');
    expect(messageOf(r)).toMatch(/nests data far deeper/);
    // As deep but where the schema allows nesting (a reason's parameters): refused the same way.
    let reason = '{"key":"x"}';
    for (let i = 0; i < 5_000; i++) reason = `{"key":"x","params":{"p":{"said":[${reason}]}}}`;
    const action = `{"type":"respondDeal","actor":"${side}","deal":1,"response":"reject","reason":[${reason}]},`;
    const d = loadSaveText(JSON.stringify(good).replace('"actions":[', `"actions":[${action}`), scenarios);
    expect(d.ok ? 'ok' : d.code).toBe('tooDeep');
  });

  it('refuses an unknown field, anywhere, and names it', () => {
    const field = (f: (s: SaveFile & Record<string, unknown>) => void) => {
      const s = viaJson(good) as SaveFile & Record<string, unknown>;
      f(s);
      const r = refusedSave(s);
      expect(r.code).toBe('badField');
      return r.params.field;
    };
    expect(field((s) => ((s.actions[1] as Record<string, unknown>).extra = 1))).toBe('actions[1].extra');
    expect(field((s) => ((s.actions[1] as Record<string, unknown>).extra = [[[[]]]]))).toBe('actions[1].extra');
    expect(field((s) => (s.cheat = true))).toBe('cheat');
    expect(field((s) => ((s.setup as Record<string, unknown>).godMode = true))).toBe('setup.godMode');
    expect(field((s) => ((s.turnHashes[0] as Record<string, unknown>).note = 'x'))).toBe('turnHashes[0].note');
    expect(field((s) => ((s.scenario as Record<string, unknown>).extra = 'x'))).toBe('scenario.extra');
    // A wrong kind of value inside an action, and an action kind that does not exist.
    expect(field((s) => ((s.actions[0] as Record<string, unknown>).actor = 7))).toBe('actions[0].actor');
    expect(
      field((s) => (s.actions[0] = { type: 'proposeDeal', actor: side, to: 'x', terms: [{ term: 't', amount: 1, bonus: 2 }] } as never)),
    ).toBe('actions[0].terms[0].bonus');
    // Reasons are message keys now, never sentences: an English reason in a version-2 save is refused.
    expect(field((s) => (s.actions[0] = { type: 'respondDeal', actor: side, deal: 1, response: 'reject', reason: 'No.' } as never))).toBe(
      'actions[0].reason',
    );
  });

  /** `good` as a version-1 game wrote it: English reasons, and hashes over the older state shape. */
  const asV1 = (original: SaveFile): Record<string, unknown> => {
    const s = viaJson(original);
    const actions = s.actions.map((a) =>
      a.type === 'respondDeal' || a.type === 'counterDeal'
        ? { ...a, reason: 'The offer does not give us enough for what we would give up.' }
        : a,
    );
    return {
      ...s,
      version: 1,
      actions,
      turnHashes: s.turnHashes.map((h) => ({ ...h, hash: hashValue(`older shape ${h.hash}`) })),
      finalHash: hashValue('older shape'),
    };
  };

  it('loads a version-1 save with English reasons: reasons dropped, verified by replay, flagged as older', async () => {
    const played = await playedStore(6, 3);
    const { choice, game, log } = played.getState();
    const current = saveGame(entry, choice!, game!, log, DATE)!;
    const v1 = asV1(current);
    expect((v1.actions as Action[]).filter((a) => 'reason' in a && typeof a.reason === 'string').length).toBeGreaterThan(0);
    const r = loadSaveText(JSON.stringify(v1), scenarios);
    if (!r.ok) throw new Error(messageOf(r));
    expect(r.older).toBe(true);
    expect(r.game.turn).toBe(game!.turn);
    expect(r.log).toHaveLength(log.length);
    expect(r.log.some((a) => 'reason' in a)).toBe(false);
    // What it hands back is today's save, hashed by this replay: it loads as a current save.
    expect(r.save.version).toBe(2);
    expect(r.save.finalHash).toBe(hashValue(r.game));
    const again = loadSave(viaJson(r.save), scenarios);
    if (!again.ok) throw new Error(messageOf(again));
    expect(again.older).toBe(false);
    expect(hashValue(again.game)).toBe(hashValue(r.game));
    // A current save is not "older".
    const cur = loadSave(viaJson(current), scenarios);
    expect(cur.ok && cur.older).toBe(false);
  });

  it('a version-1 save is still refused when a move does not replay, or with an unknown field', () => {
    const i = good.actions.findIndex((a) => a.type === 'endPhase');
    const bad = asV1(good);
    (bad.actions as Action[])[i] = { type: 'endPhase', actor: 'nobody' };
    expect(refusedSave(bad).code).toBe('actionRefused');
    const extra = asV1(good);
    (extra.actions as Record<string, unknown>[])[0]!.junk = 1;
    expect(refusedSave(extra)).toMatchObject({ code: 'badField', params: { field: 'actions[0].junk' } });
    const other = asV1(good);
    other.scenario = { ...good.scenario, hash: '0000000000000000' };
    expect(refusedSave(other).code).toBe('scenarioChanged');
  });

  it('a tampered version-2 save is refused by its hashes (what a version-1 save is excused)', () => {
    const s = viaJson(good);
    s.turnHashes[0]!.hash = hashValue('tampered');
    expect(refusedSave(s).code).toBe('turnHashMismatch');
    const f = viaJson(good);
    f.finalHash = hashValue('tampered');
    expect(refusedSave(f).code).toBe('finalHashMismatch');
  });
});
