import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClassSetup } from '../../src/net/protocol';
import type { StoredEntry } from '../../src/net/store';
import { loadScenarios } from '../../src/server/scenarios';
import { rebuildWorld, setupForClass, World } from '../../src/server/world';
import { hashValue } from '../../src/sim/index';
import { loadSave, saveGame } from '../../src/state/saveFile';
import { entryOf } from './harness';

/** The room's authority without a network: a class game is a game the save format already knows. */
const entry = entryOf('paz-pivot');
const setup: ClassSetup = {
  scenarioId: 'paz-pivot',
  preset: 'class',
  seed: 4,
  teams: ['us', 'bolivia'],
  aiLevel: 'normal',
  rooms: 1,
  perTeam: 3,
  seating: 'assigned',
};

/** Plays `n` team moves (the deadline's own choice of move: answer what waits, else end the phase), storing each entry. */
function play(world: World, n: number): StoredEntry[] {
  const stored: StoredEntry[] = [];
  const commit = (p: ReturnType<World['planNews']>): void => {
    const e = { ...p.entry, seq: world.seq + 1, at: 0 } as StoredEntry;
    world.commit(e, p);
    stored.push(e);
  };
  const opening = world.planOpening();
  if (opening) commit(opening);
  for (let i = 0; i < n && !world.view().game.over; i++) {
    const side = world.humanPhase();
    if (!side) break;
    const [move] = world.deadlineActions();
    if (!move) break;
    const plan = world.planMove(move, side, `member of ${side}`);
    if ('from' in plan) throw new Error(JSON.stringify(plan));
    commit(plan);
    if (i === 2) commit(world.planNews('Halfway'));
  }
  return stored;
}

describe('the server’s scenarios', () => {
  it('are parsed when first asked for, with the hash the game’s cards carry', () => {
    const files = loadScenarios(join(__dirname, '..', '..', 'scenarios'));
    expect(files.size).toBe(0);
    expect(files.get('paz-pivot')?.hash).toBe(entry.hash);
    expect(files.size).toBe(1);
    expect(files.get('no-such-scenario')).toBeUndefined();
    expect([...files.keys()].sort()).toEqual(['arce-era', 'dev-sandbox', 'example-marisca', 'paz-pivot']);
  });
});

describe('a class world', () => {
  it('is a hot-seat game of its teams, at the class’s AI level: its save loads and verifies', () => {
    const s = setupForClass(entry.scenario, setup);
    expect(s.mode).toBe('hotseat');
    expect(
      Object.entries(s.controllers)
        .filter(([, c]) => c === 'human')
        .map(([a]) => a)
        .sort(),
    ).toEqual(['bolivia', 'us']);
    expect(new Set(Object.values(s.levels ?? {}))).toEqual(new Set(['normal']));
    const solo = setupForClass(entry.scenario, { ...setup, teams: ['bolivia'] });
    expect([solo.mode, solo.side, solo.controllers.us]).toEqual(['solo', 'bolivia', 'ai']);

    const world = new World(entry, setup);
    play(world, 8);
    const v = world.view();
    expect(v.game.turn).toBeGreaterThan(1);
    const { controllers: _c, levels: _l, ...choice } = world.setup;
    const save = saveGame(entry, choice, v.game, v.log, '2026-01-01T00:00:00.000Z');
    expect(save).not.toBeNull();
    const loaded = loadSave(JSON.parse(JSON.stringify(save)), [entry]);
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(hashValue(loaded.game)).toBe(world.stateHash());
  });

  it('rebuilds from its log to the same game, and names the first entry that does not replay', () => {
    const world = new World(entry, setup);
    const log = play(world, 10);
    const r = rebuildWorld(entry, setup, log);
    expect(r.ok && r.world.stateHash()).toBe(world.stateHash());
    expect(r.ok && r.world.view().news.map((n) => n.text)).toEqual(['Halfway']);
    expect(r.ok && r.world.view().moves).toEqual(world.view().moves);

    const i = log.findIndex((e) => e.kind === 'act' && e.actions.length > 1);
    const bad = log.map((e, j) =>
      j === i && e.kind === 'act' ? { ...e, actions: [...e.actions.slice(0, -1), { type: 'endPhase' as const, actor: 'us' }] } : e,
    );
    const broken = rebuildWorld(entry, setup, bad);
    expect(broken).toEqual({ ok: false, seq: log[i]?.seq });
  });
});
