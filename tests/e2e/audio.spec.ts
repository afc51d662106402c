import { expect, type Page, test } from '@playwright/test';
import { waitForMap, watchConsole } from './helpers';

/**
 * Sound: nothing may start before the player's first gesture (no running AudioContext,
 * no sound source started); after a click the audio runs, the music loop starts and
 * game events play their cues; mute silences the cues.
 */

// Several page loads per test on a shared, often loaded machine: more room than the default.
test.describe.configure({ timeout: 120_000 });

type AudioProbe = { contexts: { state: string }[]; started: number; urls: string[] };

/** Records every AudioContext created and every audio source started, before the app loads. */
const PROBE = `(() => {
  const probe = { contexts: [], started: 0, urls: [] };
  window.__audio = probe;
  const Orig = window.AudioContext;
  if (Orig) {
    window.AudioContext = class extends Orig {
      constructor(...args) { super(...args); probe.contexts.push(this); }
    };
  }
  const start = AudioBufferSourceNode.prototype.start;
  // Howler's unlock plays a one-sample silent buffer: count only real sounds (over 10 ms).
  AudioBufferSourceNode.prototype.start = function (...args) { if ((this.buffer?.duration ?? 0) > 0.01) probe.started++; return start.apply(this, args); };
  const open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) { probe.urls.push(String(url)); return open.call(this, method, url, ...rest); };
})();`;

async function probe(page: Page): Promise<{ states: string[]; started: number; urls: string[] }> {
  return page.evaluate(() => {
    const p = (window as unknown as { __audio: AudioProbe }).__audio;
    return { states: p.contexts.map((c) => c.state), started: p.started, urls: p.urls };
  });
}

test('no audio before the first gesture; after a click it runs and events play cues', async ({ page }) => {
  const console_ = watchConsole(page);
  await page.addInitScript(PROBE);
  await page.goto('/');
  await waitForMap(page);

  // Game events without any gesture (a game started and played by script): still silent.
  const ended = await page.evaluate(async () => {
    type S = {
      cards: { id: string; face: { actors: { id: string; playable?: boolean }[] } }[];
      startGame: (c: unknown) => Promise<boolean>;
      dispatch: (a: unknown) => Promise<{ ok: boolean }>;
      choice: { side: string } | null;
    };
    const store = (window as unknown as { altiplano: { store: { getState: () => S } } }).altiplano.store;
    const card = store.getState().cards[0]!;
    const side = card.face.actors.find((a) => a.playable)!.id;
    await store.getState().startGame({ scenarioId: card.id, side, seed: 3 });
    return (await store.getState().dispatch({ type: 'endPhase', actor: side })).ok;
  });
  expect(ended, 'the scripted turn ended').toBe(true);
  await page.waitForTimeout(1000);
  const before = await probe(page);
  expect(
    before.states.filter((s) => s === 'running'),
    'no AudioContext running before a gesture',
  ).toEqual([]);
  expect(before.started, 'no sound started before a gesture').toBe(0);
  expect(
    before.urls.filter((u) => u.endsWith('.wav')),
    'no sound even loaded before a gesture',
  ).toEqual([]);

  // The first gesture: a click on the page.
  await page.mouse.click(5, 5);
  await expect.poll(async () => (await probe(page)).states).toContain('running');
  const after = await probe(page);
  expect(after.urls.some((u) => /music-loop.*\.wav$/.test(u))).toBe(true);
  // The music loop starts once loaded.
  await expect.poll(async () => (await probe(page)).started, { timeout: 15_000 }).toBeGreaterThan(0);

  // A turn change plays its cue: one more source started.
  const n = (await probe(page)).started;
  const next = await page.evaluate(async () => {
    type S = {
      dispatch: (a: unknown) => Promise<{ ok: boolean }>;
      choice: { side: string } | null;
      game: { pending: { actor: string }[] } | null;
    };
    const store = (window as unknown as { altiplano: { store: { getState: () => S } } }).altiplano.store;
    const s = store.getState();
    return (await s.dispatch({ type: 'endPhase', actor: s.choice!.side })).ok;
  });
  expect(next, 'the second scripted turn ended').toBe(true);
  await expect.poll(async () => (await probe(page)).started, { timeout: 10_000 }).toBeGreaterThan(n);
  console_.assertClean();
});

test('a keyboard gesture unlocks audio too, and mute keeps cues silent', async ({ page }) => {
  await page.addInitScript(PROBE);
  await page.addInitScript(() =>
    localStorage.setItem('altiplano.settings', JSON.stringify({ master: 0.8, music: 0.5, effects: 0.8, muted: true })),
  );
  await page.goto('/');
  await waitForMap(page);
  await page.keyboard.press('Tab');
  await expect.poll(async () => (await probe(page)).states.length).toBeGreaterThan(0);
  await expect.poll(async () => (await probe(page)).urls.filter((u) => u.endsWith('.wav')).length).toBeGreaterThan(0);
  // Muted: the music loop is not started, and a turn's cue plays nothing.
  const ended = await page.evaluate(async () => {
    type S = {
      cards: { id: string; face: { actors: { id: string; playable?: boolean }[] } }[];
      startGame: (c: unknown) => Promise<boolean>;
      dispatch: (a: unknown) => Promise<{ ok: boolean }>;
    };
    const store = (window as unknown as { altiplano: { store: { getState: () => S } } }).altiplano.store;
    const card = store.getState().cards[0]!;
    const side = card.face.actors.find((a) => a.playable)!.id;
    await store.getState().startGame({ scenarioId: card.id, side, seed: 3 });
    return (await store.getState().dispatch({ type: 'endPhase', actor: side })).ok;
  });
  expect(ended, 'the scripted turn ended').toBe(true);
  await page.waitForTimeout(2000);
  expect((await probe(page)).started).toBe(0);
});
