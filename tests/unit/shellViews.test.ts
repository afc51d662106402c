import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/headless';
import { describeDepartment, describeProject } from '../../src/present/describe';
import { englishWords } from '../../src/present/words';
import type { ProjectState } from '../../src/sim';
import { createGameStore } from '../../src/state/createGameStore';
import { handoverTo } from '../../src/ui/handover';
import { setViewer } from '../../src/ui/viewer';
import { isWatching } from '../../src/ui/watchControls';

/** The shell's pure decisions and the map's words, in Node (the views render them; e2e checks the pages). */
describe('the shell', () => {
  const { scenario: sc, hash } = loadScenario('dev-sandbox');
  const make = () => createGameStore([{ id: sc.id, hash, scenario: sc }]);

  it('hot-seat: the cover goes up when the move passes to the other person, and down when they take the device', async () => {
    const store = make();
    store.getState().startGame({ scenarioId: sc.id, side: 'us', seed: 3, mode: 'hotseat' });
    expect(handoverTo(store.getState())).toBeNull();
    expect((await store.getState().dispatch({ type: 'endPhase', actor: 'us' })).ok).toBe(true);
    expect(handoverTo(store.getState())).toBe('bolivia');
    // Not over the start screen: the cover belongs to the game.
    store.getState().toStart();
    expect(handoverTo(store.getState())).toBeNull();
    store.getState().setUi({ screen: 'game' });
    setViewer(store, 'bolivia');
    expect(handoverTo(store.getState())).toBeNull();
  });

  it('watch controls show only while a watched game is on screen', () => {
    const store = make();
    expect(isWatching(store.getState())).toBe(false);
    store.getState().startGame({ scenarioId: sc.id, side: 'us', seed: 3, mode: 'watch' });
    expect(isWatching(store.getState())).toBe(true);
    store.getState().toStart();
    expect(isWatching(store.getState())).toBe(false);
    store.getState().startGame({ scenarioId: sc.id, side: 'us', seed: 3 });
    expect(isWatching(store.getState())).toBe(false);
  });
});

describe("the map's words", () => {
  const { scenario: sc } = loadScenario('paz-pivot');
  const w = englishWords(sc);
  const action = sc.actions.find((a) => a.project !== undefined) ?? sc.actions[0]!;
  const project = (turnsLeft: number, status: ProjectState['status'] = 'building'): ProjectState => ({
    id: 1,
    action: action.id,
    actor: 'us',
    startedTurn: 1,
    turnsLeft,
    status,
  });

  it('words a project with the plural its turns need, and names from the scenario', () => {
    const name = w.action(action.id);
    expect(describeProject(w, project(1))).toBe(`United States: ${name}, being built (1 turn left)`);
    expect(describeProject(w, project(3))).toBe(`United States: ${name}, being built (3 turns left)`);
    expect(describeProject(w, project(0, 'built'))).toBe(`United States: ${name}, built`);
  });

  it("lists a department's figures with whole numbers and who leads", () => {
    const store = createGameStore([{ id: sc.id, hash: '', scenario: sc }]);
    store.getState().startGame({ scenarioId: sc.id, side: 'us', seed: 1 });
    const game = store.getState().game!;
    const d = game.departments['BO-P']!;
    const lines = describeDepartment(w, game, sc, 'BO-P').map((l) => l.text);
    expect(lines[0]).toBe(`Stability ${Math.round(d.stability)}`);
    expect(lines).toContain(`China ${Math.round(d.influence.china ?? 0)}`);
    expect(lines.at(-1)).toMatch(/^China leads by \d+/);
  });
});
