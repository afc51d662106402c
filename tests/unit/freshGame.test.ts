import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/headless';
import { said } from '../../src/sim';
import { createGameStore } from '../../src/state/createGameStore';

/** A store with the last game's screen state everywhere: selection, open cards, causes, drafts, report, notice. */
function marked() {
  const { scenario: sc, hash } = loadScenario('dev-sandbox');
  const store = createGameStore([{ id: sc.id, hash, scenario: sc }]);
  store.getState().startGame({ scenarioId: sc.id, side: 'us', seed: 3 });
  const s = store.getState();
  const dept = sc.departments[0]?.id ?? null;
  s.setUi({
    selectedDepartment: dept,
    hoveredDepartment: dept,
    selectedSite: 'x',
    meterDetail: { meter: 'stability' },
    actionCards: { open: ['a', 'b'], targets: { a: 'x' }, taken: 'a' },
    drafts: { us: {} as never },
    report: { before: s.game!, after: s.game!, events: [] },
    notice: { said: said('saves.resumed', { turn: 4 }), level: 'info' },
    overlay: 'stability',
    watch: { playing: true, speed: 'fast' },
  });
  return { store, sc };
}

describe('fresh games are fresh', () => {
  it('a new game resets every screen state of the last one, keeping only the preferences', () => {
    const { store, sc } = marked();
    const before = store.getState().ui.fresh;
    store.getState().startGame({ scenarioId: sc.id, side: 'us', seed: 4 });
    const ui = store.getState().ui;
    expect(ui).toMatchObject({
      screen: 'game',
      selectedDepartment: null,
      hoveredDepartment: null,
      selectedSite: null,
      meterDetail: null,
      actionCards: { open: [], targets: {}, taken: null },
      drafts: {},
      report: null,
      dialog: null,
      notice: null,
    });
    expect(ui.fresh).toBe(before + 1);
    // The player's preferences stay: the overlay and the watch speed.
    expect(ui.overlay).toBe('stability');
    expect(ui.watch.speed).toBe('fast');
  });

  it('a loaded game is as fresh as a new one', () => {
    const { store, sc } = marked();
    const { choice, game, log } = store.getState();
    const before = store.getState().ui.fresh;
    expect(store.getState().restore(choice!, game!, log)).toBe(true);
    expect(store.getState().ui).toMatchObject({ selectedDepartment: null, meterDetail: null, notice: null, report: null });
    expect(store.getState().ui.actionCards.open).toEqual([]);
    expect(store.getState().ui.fresh).toBe(before + 1);
    expect(sc.id).toBe(choice!.scenarioId);
  });

  it('back to the start screen, a notice about the game left goes; a warning stays until read', () => {
    const { store } = marked();
    store.getState().toStart();
    expect(store.getState().ui.notice).toBeNull();
    store.getState().setUi({ screen: 'game', notice: { said: said('saves.noGame'), level: 'warning' } });
    store.getState().toStart();
    expect(store.getState().ui.notice?.level).toBe('warning');
  });
});
