import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/headless';
import { createGameStore } from '../../src/state/createGameStore';
import { freshDraft, tick } from '../../src/ui/deal/draft';
import { setViewer, viewerOf } from '../../src/ui/viewer';

describe('hot-seat and deal drafts in the store', () => {
  const { scenario: sc, hash } = loadScenario('paz-pivot');
  const make = () => createGameStore([{ id: sc.id, hash, scenario: sc }]);

  it('a move keeps the device with the side that holds it, and each side keeps its own draft', async () => {
    const store = make();
    store.getState().startGame({ scenarioId: sc.id, side: 'us', seed: 5150, mode: 'hotseat' });
    const usDraft = tick(sc, freshDraft(sc, 'us', 'bolivia'), 'tech_transfer', true);
    store.getState().setUi({ drafts: { us: usDraft } });
    expect((await store.getState().dispatch({ type: 'endPhase', actor: 'us' })).ok).toBe(true);
    setViewer(store, 'bolivia');
    expect((await store.getState().dispatch({ type: 'endPhase', actor: 'bolivia' })).ok).toBe(true);
    // The session's own choice names the United States; the interface still belongs to Bolivia.
    expect(viewerOf(store.getState())).toBe('bolivia');
    expect(store.getState().ui.drafts).toEqual({ us: usDraft });
  });

  it('a new game starts with no drafts and no dialog', () => {
    const store = make();
    store.getState().startGame({ scenarioId: sc.id, side: 'us', seed: 1 });
    store.getState().setUi({ drafts: { us: freshDraft(sc, 'us', 'bolivia') } });
    store.getState().openDialog({ kind: 'dealBuilder', partner: 'bolivia' });
    store.getState().startGame({ scenarioId: sc.id, side: 'us', seed: 2 });
    expect(store.getState().ui.drafts).toEqual({});
    expect(store.getState().ui.dialog).toBeNull();
  });
});
