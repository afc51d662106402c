import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/headless';
import { createGameStore } from '../../src/state/createGameStore';
import { humanToMove, setViewer, viewerOf } from '../../src/ui/viewer';

describe('who the interface plays for', () => {
  const { scenario: sc, hash } = loadScenario('dev-sandbox');
  const make = () => createGameStore([{ id: sc.id, hash, scenario: sc }]);

  it('solo: the chosen side; watch: nobody', () => {
    const store = make();
    store.getState().startGame({ scenarioId: sc.id, side: 'bolivia', seed: 3 });
    expect(viewerOf(store.getState())).toBe('bolivia');
    store.getState().startGame({ scenarioId: sc.id, side: 'us', seed: 3, mode: 'watch' });
    expect(viewerOf(store.getState())).toBeNull();
    expect(humanToMove(store.getState().game!, sc)).toBeUndefined();
  });

  it('hot-seat: the device passes to the other human only when the viewer changes hands', async () => {
    const store = make();
    store.getState().startGame({ scenarioId: sc.id, side: 'us', seed: 3, mode: 'hotseat' });
    expect(humanToMove(store.getState().game!, sc)).toBe('us');
    expect((await store.getState().dispatch({ type: 'endPhase', actor: 'us' })).ok).toBe(true);
    const game = store.getState().game!;
    expect(humanToMove(game, sc)).toBe('bolivia');
    // Until Bolivia takes the device, the interface still shows the United States.
    expect(viewerOf(store.getState())).toBe('us');
    setViewer(store, 'bolivia');
    expect(viewerOf(store.getState())).toBe('bolivia');
    // Interface state only: the game itself did not change.
    expect(store.getState().game).toBe(game);
  });
});
