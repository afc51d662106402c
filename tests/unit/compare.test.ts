import { describe, expect, it } from 'vitest';
import { baselineMove, type DecisionRecord, type GameState, loadScenario, said } from '../../src/headless';
import { englishWords } from '../../src/present/words';
import {
  columnLabels,
  dealsOf,
  eventChoices,
  groupByScenario,
  mergeTeams,
  meterPaths,
  setupDifferences,
  sidesOf,
  teamNameOf,
  verifyTeamFiles,
} from '../../src/state/compare';
import { createGameStore, type ScenarioEntry } from '../../src/state/createGameStore';
import type { PlayMode } from '../../src/state/gameChoice';
import { type SaveFile, saveGame } from '../../src/state/saveFile';

/** The teacher's comparison (src/state/compare.ts): verifying the teams' files, grouping them, and what differs. */

const loaded = loadScenario('dev-sandbox');
const entry: ScenarioEntry = { id: loaded.scenario.id, hash: loaded.hash, scenario: loaded.scenario };
const side = entry.scenario.actors.find((a) => a.playable)!.id;
const DATE = '2026-12-01T10:00:00.000Z';

/** A save of a game played for `turns` turns by a human who plays the baseline policy. */
async function saveOf(seed: number, turns = 3): Promise<SaveFile> {
  const store = createGameStore([entry]);
  expect(await store.getState().startGame({ scenarioId: entry.id, side, seed })).toBe(true);
  let guard = 0;
  while (store.getState().game!.turn <= turns && !store.getState().game!.over && guard++ < 500) {
    const a = baselineMove(store.getState().game!, entry.scenario, side) ?? { type: 'endPhase' as const, actor: side };
    if (!(await store.getState().dispatch(a)).ok) await store.getState().dispatch({ type: 'endPhase', actor: side });
  }
  const { choice, game, log } = store.getState();
  return saveGame(entry, choice!, game!, log, DATE)!;
}

/** The page's loader: the sandbox is known, `gone` is known but cannot be fetched, anything else is unknown. */
async function load(id: string) {
  if (id === entry.id) return entry;
  if (id === 'gone') return said('scenarioLoad.unreachable', { scenario: 'Gone' });
  return null;
}

const english = englishWords(entry.scenario);

describe('verifying the teams’ files', () => {
  it('keeps every file that verifies and lists each refused one with the save check’s reason', async () => {
    const a = await saveOf(7);
    const b = await saveOf(8);
    const tampered = { ...a, finalHash: '0'.repeat(16) };
    const otherScenario = { ...a, scenario: { id: 'atlantis', hash: a.scenario.hash } };
    const unloadable = { ...a, scenario: { id: 'gone', hash: a.scenario.hash } };
    let loads = 0;
    const counting = async (id: string) => {
      loads++;
      return load(id);
    };
    const r = await verifyTeamFiles(
      [
        { name: 'team-a.json', text: JSON.stringify(a) },
        { name: 'tampered.json', text: JSON.stringify(tampered) },
        { name: 'notes.txt', text: 'our notes, not a save' },
        { name: 'other.json', text: JSON.stringify(otherScenario) },
        { name: 'gone.json', text: JSON.stringify(unloadable) },
        { name: 'huge.json', text: null },
        { name: 'team-b.json', text: JSON.stringify(b) },
      ],
      counting,
    );
    expect(r.teams.map((t) => t.file)).toEqual(['team-a.json', 'team-b.json']);
    expect(r.teams.map((t) => t.loaded.choice.seed)).toEqual([7, 8]);
    const reasons = Object.fromEntries(r.refused.map((x) => [x.file, english.say(x.reason)]));
    expect(Object.keys(reasons)).toEqual(['tampered.json', 'notes.txt', 'other.json', 'gone.json', 'huge.json']);
    expect(reasons['tampered.json']).toBe('The save does not replay to the same game: the final check failed.');
    expect(reasons['notes.txt']).toBe('The file is not a save file: it is not valid JSON.');
    expect(reasons['other.json']).toBe('The save is for a scenario this version of the game does not have ("atlantis").');
    expect(reasons['gone.json']).toMatch(/Gone/);
    expect(reasons['huge.json']).toBe('The file is too large to be a save file (the limit is 2 MB).');
    // One load per scenario, however many files name it.
    expect(loads).toBe(3);
  });

  it('names a team by its save’s team field when it has one, else by its file', async () => {
    const a = await saveOf(7, 1);
    expect(teamNameOf(a, 'blue-team.json')).toBe('blue-team');
    expect(teamNameOf({ ...a, setup: { ...a.setup, team: ' Team Condor ' } } as SaveFile, 'x.json')).toBe('Team Condor');
    expect(teamNameOf({ ...a, setup: { ...a.setup, team: '  ' } } as SaveFile, 'x.json')).toBe('x');
  });

  it('a file handed in again replaces the earlier one in its place', () => {
    const merged = mergeTeams(
      [
        { file: 'a.json', n: 1 },
        { file: 'b.json', n: 1 },
      ],
      [
        { file: 'b.json', n: 2 },
        { file: 'c.json', n: 1 },
      ],
    );
    expect(merged).toEqual([
      { file: 'a.json', n: 1 },
      { file: 'b.json', n: 2 },
      { file: 'c.json', n: 1 },
    ]);
  });
});

describe('grouping and setups', () => {
  it('groups by scenario, says which setup fields differ, and labels teams that share a name by their files', async () => {
    const r = await verifyTeamFiles(
      [
        { name: 'a.json', text: JSON.stringify(await saveOf(7, 2)) },
        { name: 'b.json', text: JSON.stringify(await saveOf(9, 2)) },
      ],
      load,
    );
    const groups = groupByScenario(r.teams);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.entry.id).toBe(entry.id);
    expect(groups[0]!.differences).toEqual([{ field: 'seed', values: ['7', '9'] }]);
    expect(setupDifferences([r.teams[0]!, r.teams[0]!])).toEqual([]);
    const same = r.teams.map((t) => ({ ...t, team: 'Condors' }));
    expect(columnLabels(same)).toEqual(['Condors (a.json)', 'Condors (b.json)']);
    expect(columnLabels(r.teams)).toEqual(['a', 'b']);
    // Each game's meter path runs over the turns its history holds, lined up by scenario turn.
    const paths = meterPaths(
      r.teams.map((t) => t.loaded.game),
      'stability',
    );
    expect(paths[0]!.map((p) => p.turn)).toEqual(r.teams[0]!.loaded.game.history.map((h) => h.turn));
    expect(paths[1]!.map((p) => p.value)).toEqual(r.teams[1]!.loaded.game.history.map((h) => h.national.stability));
  });
});

/** A save of a game of `e` just started (no move yet), as a team that hands in early would have it. */
async function freshSave(e: ScenarioEntry, mode: PlayMode = 'solo'): Promise<SaveFile> {
  const store = createGameStore([e]);
  const first = e.scenario.actors.find((a) => a.playable)!.id;
  expect(await store.getState().startGame({ scenarioId: e.id, side: first, seed: 5, mode })).toBe(true);
  const { choice, game, log } = store.getState();
  return saveGame(e, choice!, game!, log, DATE)!;
}

describe('games of several scenarios, and of two players', () => {
  it('compares only games of one scenario together, and a hot-seat team played both sides', async () => {
    const arce = loadScenario('arce-era');
    const other: ScenarioEntry = { id: arce.scenario.id, hash: arce.hash, scenario: arce.scenario };
    const byId = async (id: string) => (id === other.id ? other : load(id));
    const done: number[] = [];
    const r = await verifyTeamFiles(
      [
        { name: 'sandbox-1.json', text: JSON.stringify(await saveOf(7, 1)) },
        { name: 'arce.json', text: JSON.stringify(await freshSave(other)) },
        { name: 'sandbox-2.json', text: JSON.stringify(await freshSave(entry, 'hotseat')) },
      ],
      byId,
      (n) => {
        done.push(n);
      },
    );
    expect(done).toEqual([1, 2, 3]);
    expect(r.refused).toEqual([]);
    const groups = groupByScenario(r.teams);
    expect(groups.map((g) => [g.entry.id, g.teams.map((t) => t.file)])).toEqual([
      [entry.id, ['sandbox-1.json', 'sandbox-2.json']],
      [other.id, ['arce.json']],
    ]);
    // The hot-seat team played both sides, the other one: a difference of side as well.
    const playable = entry.scenario.actors.filter((a) => a.playable).map((a) => a.id);
    expect(groups[0]!.differences.map((d) => d.field)).toEqual(['side', 'seed', 'mode']);
    expect(groups[0]!.differences[0]!.values[0]).toBe(side);
    expect(groups[0]!.differences[0]!.values[1]!.split('+').sort()).toEqual([...playable].sort());
    expect(sidesOf(groups[0]!.teams[0]!)).toEqual([side]);
    expect([...sidesOf(groups[0]!.teams[1]!)].sort()).toEqual([...playable].sort());
  });
});

/** A game reduced to what `eventChoices` and `dealsOf` read. */
const gameWith = (decisions: DecisionRecord[], deals: GameState['deals'] = []): GameState => ({ decisions, deals }) as unknown as GameState;
const choose = (turn: number, actor: string, event: string, option: string): DecisionRecord => ({
  turn,
  actor,
  kind: 'chooseOption',
  id: event,
  detail: option,
});

describe('where the teams chose differently', () => {
  it('lines up the same event by actor and occurrence, and keeps only those answered differently', () => {
    const a = gameWith([
      choose(2, 'bolivia', 'road_blockade', 'negotiate'),
      { turn: 2, actor: 'bolivia', kind: 'action', id: 'visit' },
      choose(3, 'us', 'summit', 'attend'),
      choose(5, 'bolivia', 'road_blockade', 'clear'),
    ]);
    const b = gameWith([choose(2, 'bolivia', 'road_blockade', 'clear'), choose(4, 'us', 'summit', 'attend')]);
    const c = gameWith([choose(3, 'bolivia', 'road_blockade', 'negotiate'), choose(6, 'bolivia', 'road_blockade', 'negotiate')]);
    const { divergent, same } = eventChoices([a, b, c]);
    expect(divergent).toEqual([
      {
        event: 'road_blockade',
        actor: 'bolivia',
        occurrence: 1,
        answers: [
          { option: 'negotiate', turn: 2 },
          { option: 'clear', turn: 2 },
          { option: 'negotiate', turn: 3 },
        ],
      },
      {
        event: 'road_blockade',
        actor: 'bolivia',
        occurrence: 2,
        answers: [{ option: 'clear', turn: 5 }, null, { option: 'negotiate', turn: 6 }],
      },
    ]);
    // Alike in the two games where it came up; the third team never met it.
    expect(same).toEqual([
      { event: 'summit', actor: 'us', occurrence: 1, answers: [{ option: 'attend', turn: 3 }, { option: 'attend', turn: 4 }, null] },
    ]);
  });

  it('an event only one team met is neither divergent nor alike', () => {
    const { divergent, same } = eventChoices([gameWith([choose(2, 'bolivia', 'road_blockade', 'clear')]), gameWith([])]);
    expect(divergent).toEqual([]);
    expect(same).toEqual([]);
  });
});

describe('deals signed and refused', () => {
  it('lists signed deals (whatever became of them) and refused ones in turn order, and those of one party', () => {
    const deal = (
      id: number,
      from: string,
      to: string,
      status: GameState['deals'][number]['status'],
      proposedTurn: number,
      signedTurn?: number,
    ) => ({
      id,
      from,
      to,
      terms: [],
      status,
      proposedTurn,
      ...(signedTurn !== undefined ? { signedTurn } : {}),
    });
    const g = gameWith(
      [],
      [
        deal(1, 'us', 'bolivia', 'broken', 3, 3),
        deal(2, 'china', 'bolivia', 'signed', 1, 2),
        deal(3, 'us', 'bolivia', 'rejected', 2),
        deal(4, 'us', 'china', 'withdrawn', 2),
        deal(5, 'china', 'bolivia', 'rejected', 1),
      ],
    );
    const all = dealsOf(g);
    expect(all.signed.map((d) => d.id)).toEqual([2, 1]);
    expect(all.refused.map((d) => d.id)).toEqual([5, 3]);
    const us = dealsOf(g, 'us');
    expect(us.signed.map((d) => d.id)).toEqual([1]);
    expect(us.refused.map((d) => d.id)).toEqual([3]);
  });
});
