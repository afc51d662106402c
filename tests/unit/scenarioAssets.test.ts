import { describe, expect, it } from 'vitest';
import { englishWords } from '../../src/present/words';
import { engine } from '../../src/state/engine';
import { createStoreWith, type FetchText, type ScenarioCard } from '../../src/state/gameStore';
import { loadScenarioAsset } from '../../src/state/scenarioAsset';
import { scenarioAssets } from '../../tools/scenarioAssets';

// The build's own assets and catalogue, made the way vite.config.ts makes them.
const { assets, problems } = scenarioAssets('scenarios');
const paz = assets.find((a) => a.card.id === 'paz-pivot')!;
const files = (overrides: Record<string, string> = {}): { fetchText: FetchText; asked: string[] } => {
  const asked: string[] = [];
  const fetchText: FetchText = async (url) => {
    asked.push(url);
    const over = overrides[url];
    if (over !== undefined) return over;
    const hit = assets.find((a) => `./${a.fileName}` === url);
    if (!hit) throw new Error('404');
    return hit.json;
  };
  return { fetchText, asked };
};
const say = (x: { key: string; params?: Record<string, unknown> }): string =>
  englishWords().say(x as Parameters<ReturnType<typeof englishWords>['say']>[0]);

describe('scenario assets', () => {
  it('every shipped scenario becomes an asset named by its id and hash, with a face far smaller than it', () => {
    expect(problems).toEqual([]);
    expect(assets.length).toBeGreaterThanOrEqual(3);
    for (const a of assets) {
      expect(a.fileName).toBe(`assets/scenario-${a.card.id}-${a.card.hash}.json`);
      expect(a.card.url).toBe(`./${a.fileName}`);
      expect(JSON.stringify(a.card.face).length).toBeLessThan(a.json.length / 3);
      // What the start screen reads is there: the sides, their briefings, the lengths.
      expect(a.card.face.actors.some((x) => x.playable)).toBe(true);
      expect(a.card.face.turns).toBeGreaterThan(0);
    }
  });

  it('a loaded asset is the very scenario the catalogue names (same hash after JSON)', async () => {
    const r = await loadScenarioAsset(paz.card, files().fetchText);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.entry).toMatchObject({ id: 'paz-pivot', hash: paz.card.hash });
  });

  it('refuses an asset that cannot be fetched, is not JSON, is another scenario or has been changed, each with a clear message', async () => {
    const changed = JSON.parse(paz.json) as { turns: number };
    changed.turns += 1;
    const other = assets.find((a) => a.card.id !== 'paz-pivot')!.json;
    const cases: [string | null, RegExp][] = [
      [null, /could not be downloaded/],
      ['<html>not found</html>', /damaged or out of date/],
      [other, /damaged or out of date/],
      [JSON.stringify(changed), /damaged or out of date/],
    ];
    for (const [body, words] of cases) {
      const fetchText: FetchText = async () => {
        if (body === null) throw new Error('offline');
        return body;
      };
      const r = await loadScenarioAsset(paz.card, fetchText);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(say(r.said)).toMatch(words);
    }
  });
});

describe('the store loads a scenario when a game needs it', () => {
  const cards: ScenarioCard[] = assets.map((a) => a.card);

  it('fetches nothing until a game starts, then the one scenario, once, and starts the game', async () => {
    const { fetchText, asked } = files();
    let engines = 0;
    const store = createStoreWith({ cards, fetchText }, async () => {
      engines++;
      return engine;
    });
    expect(store.getState().scenarios).toEqual([]);
    expect(asked).toEqual([]);
    expect(await store.getState().startGame({ scenarioId: 'paz-pivot', side: 'us', seed: 3 })).toBe(true);
    expect(asked).toEqual([paz.card.url]);
    expect(store.getState().game?.turn).toBe(1);
    expect(store.getState().ui.screen).toBe('game');
    expect(store.getState().scenarioLoad).toBeNull();
    // A second game of the same scenario uses what was loaded, and starts at once.
    store.getState().toStart();
    void store.getState().startGame({ scenarioId: 'paz-pivot', side: 'bolivia', seed: 4 });
    expect(store.getState().choice?.side).toBe('bolivia');
    expect(asked).toEqual([paz.card.url]);
    expect(engines).toBe(1);
  });

  it('a corrupt asset is refused with a clear message and nothing else is touched; trying again after a fix works', async () => {
    const overrides: Record<string, string> = { [paz.card.url]: '{"id":"paz-pivot"}' };
    const { fetchText } = files(overrides);
    const store = createStoreWith({ cards, fetchText }, async () => engine);
    expect(await store.getState().startGame({ scenarioId: 'arce-era', side: 'us', seed: 1 })).toBe(true);
    const before = store.getState();
    expect(await store.getState().startGame({ scenarioId: 'paz-pivot', side: 'us', seed: 3 })).toBe(false);
    const after = store.getState();
    expect(say(after.scenarioLoad!.failed!)).toMatch(/damaged or out of date/);
    expect(after.game).toBe(before.game);
    expect(after.entry?.id).toBe('arce-era');
    expect(after.log).toBe(before.log);
    expect(after.scenarios.map((e) => e.id)).toEqual(['arce-era']);
    delete overrides[paz.card.url];
    expect(await store.getState().startGame({ scenarioId: 'paz-pivot', side: 'us', seed: 3 })).toBe(true);
    expect(store.getState().entry?.id).toBe('paz-pivot');
    expect(store.getState().scenarioLoad).toBeNull();
  });

  it('an id the catalogue does not have is refused as before, without a fetch', async () => {
    const { fetchText, asked } = files();
    const store = createStoreWith({ cards, fetchText }, async () => engine);
    expect(await store.getState().startGame({ scenarioId: 'nowhere', side: 'us', seed: 1 })).toBe(false);
    expect(store.getState().error).toMatchObject({ key: 'unknownScenario' });
    expect(asked).toEqual([]);
  });
});
