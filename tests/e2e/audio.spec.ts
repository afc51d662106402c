import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { waitForMap, watchConsole } from './helpers';

/**
 * Sound: nothing may start before the player's first gesture (no running AudioContext, no
 * sound source started), and the music is not even fetched before it; the cues (Ogg Opus here)
 * are fetched once the map has drawn. After a click the audio runs, the music loop plays from
 * its compressed file between its loop points, and game events play their cues; mute keeps
 * cues silent and the music unfetched; where Opus does not decode, MP3 takes over. The shipped
 * files decode in Chromium to loops whose seam is continuous music, in both formats.
 */

/** Where the sound tool put the loop in the music file (ms), and the file's length (s). */
const LOOP: { loopStartMs: number; loopMs: number } = JSON.parse(readFileSync('assets/audio/music-loop.json', 'utf8'));
const [LOOP_START, LOOP_END] = [LOOP.loopStartMs / 1000, (LOOP.loopStartMs + LOOP.loopMs) / 1000];
const MUSIC_SECONDS = LOOP_END + LOOP_START;

// Several page loads per test on a shared, often loaded machine: more room than the default.
test.describe.configure({ timeout: 120_000 });

type Started = { duration: number; loop: boolean; loopStart: number; loopEnd: number };
type AudioProbe = { contexts: { state: string }[]; started: Started[] };

/** Records every AudioContext created and every audio source started, before the app loads. */
const PROBE = `(() => {
  const probe = { contexts: [], started: [] };
  window.__audio = probe;
  const Orig = window.AudioContext;
  if (Orig) {
    window.AudioContext = class extends Orig {
      constructor(...args) { super(...args); probe.contexts.push(this); }
    };
  }
  const start = AudioBufferSourceNode.prototype.start;
  // Howler's unlock plays a one-sample silent buffer: count only real sounds (over 10 ms).
  AudioBufferSourceNode.prototype.start = function (...args) {
    const d = this.buffer?.duration ?? 0;
    if (d > 0.01) probe.started.push({ duration: d, loop: this.loop, loopStart: this.loopStart, loopEnd: this.loopEnd });
    return start.apply(this, args);
  };
})();`;

async function probe(page: Page): Promise<{ states: string[]; started: Started[] }> {
  return page.evaluate(() => {
    const p = (window as unknown as { __audio: AudioProbe }).__audio;
    return { states: p.contexts.map((c) => c.state), started: p.started };
  });
}

/** Every URL the page asks the network for, in order. */
function requests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => {
    urls.push(r.url());
  });
  return urls;
}
const isMusic = (u: string): boolean => /music-loop/.test(u);
const isSound = (u: string): boolean => /\.(opus|mp3|ogg|wav)(\?|$)/.test(u);

/** Starts a game by script (no gesture) and ends the side's phase. */
async function scriptedTurn(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
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
}

/** What howler says of the music: its file, whether it has loaded, whether it plays. */
async function musicHowl(page: Page): Promise<{ src: string; state: string; playing: boolean } | null> {
  return page.evaluate(() => {
    type H = { _src: string | string[]; state: () => string; playing: () => boolean };
    const howls = (window as unknown as { Howler?: { _howls: H[] } }).Howler?._howls ?? [];
    const h = howls.find((x) => /music-loop/.test(String(x._src)));
    return h ? { src: String(h._src), state: h.state(), playing: h.playing() } : null;
  });
}

test('no audio before the first gesture, no music before it; after a click the compressed loop plays and events play cues', async ({
  page,
}) => {
  const console_ = watchConsole(page);
  const urls = requests(page);
  await page.addInitScript(PROBE);
  await page.goto('/');
  await waitForMap(page);

  // Game events without any gesture (a game started and played by script): still silent.
  expect(await scriptedTurn(page), 'the scripted turn ended').toBe(true);
  // The cues come after the first frame, compressed; the music does not come at all.
  await expect.poll(() => urls.filter((u) => /click-.*\.opus$/.test(u)).length, { timeout: 15_000 }).toBe(1);
  await page.waitForTimeout(1000);
  const before = await probe(page);
  expect(
    before.states.filter((s) => s === 'running'),
    'no AudioContext running before a gesture',
  ).toEqual([]);
  expect(before.started, 'no sound started before a gesture').toEqual([]);
  expect(urls.filter(isMusic), 'no music fetched before a gesture').toEqual([]);
  expect(
    urls.filter(isSound).filter((u) => !u.endsWith('.opus')),
    'only Ogg Opus files fetched in Chromium',
  ).toEqual([]);

  // The first gesture: a click on the page.
  await page.mouse.click(5, 5);
  await expect.poll(async () => (await probe(page)).states).toContain('running');
  await expect.poll(async () => await musicHowl(page), { timeout: 15_000 }).toMatchObject({ state: 'loaded', playing: true });
  expect((await musicHowl(page))?.src).toMatch(/music-loop-[^/]*\.opus$/);
  expect(urls.filter(isMusic)).toHaveLength(1);
  // Howler plays the decoded file looped between the loop points the sound tool wrote.
  const music = (await probe(page)).started.find((s) => s.duration > 10);
  expect(music).toMatchObject({ loop: true, loopStart: LOOP_START, loopEnd: LOOP_END });
  expect(music?.duration).toBeCloseTo(MUSIC_SECONDS, 2);

  // A turn change plays its cue: one more source started, from a cue fetched before the gesture.
  const n = (await probe(page)).started.length;
  const next = await page.evaluate(async () => {
    type S = { dispatch: (a: unknown) => Promise<{ ok: boolean }>; choice: { side: string } | null };
    const store = (window as unknown as { altiplano: { store: { getState: () => S } } }).altiplano.store;
    const s = store.getState();
    return (await s.dispatch({ type: 'endPhase', actor: s.choice!.side })).ok;
  });
  expect(next, 'the second scripted turn ended').toBe(true);
  await expect.poll(async () => (await probe(page)).started.length, { timeout: 10_000 }).toBeGreaterThan(n);
  expect(
    urls.filter((u) => /turn-change/.test(u)),
    'each cue fetched once',
  ).toHaveLength(1);
  console_.assertClean();
});

test('a keyboard gesture unlocks audio too; muted, the cues stay silent and the music is not fetched', async ({ page }) => {
  const urls = requests(page);
  await page.addInitScript(PROBE);
  await page.addInitScript(() =>
    localStorage.setItem('altiplano.settings', JSON.stringify({ master: 0.8, music: 0.5, effects: 0.8, muted: true })),
  );
  await page.goto('/');
  await waitForMap(page);
  await expect.poll(() => urls.filter(isSound).length, { timeout: 15_000 }).toBeGreaterThan(0);
  await page.keyboard.press('Tab');
  await expect.poll(async () => (await probe(page)).states.length).toBeGreaterThan(0);
  expect(await scriptedTurn(page), 'the scripted turn ended').toBe(true);
  await page.waitForTimeout(2000);
  expect((await probe(page)).started).toEqual([]);
  expect(urls.filter(isMusic)).toEqual([]);
});

test('a browser that cannot decode the Opus files gets every sound as MP3, the music looping the same', async ({ page }) => {
  const urls = requests(page);
  // The browser says it plays Opus (Chromium does), but what it gets does not decode.
  await page.route(/\.opus$/, (route) => route.fulfill({ status: 200, contentType: 'audio/ogg', body: 'not an Ogg Opus file' }));
  await page.addInitScript(PROBE);
  await page.goto('/');
  await waitForMap(page);
  await expect.poll(() => urls.filter((u) => u.endsWith('.opus')).length, { timeout: 15_000 }).toBeGreaterThan(0);
  await page.mouse.click(5, 5);
  await expect.poll(async () => await musicHowl(page), { timeout: 15_000 }).toMatchObject({ state: 'loaded', playing: true });
  expect((await musicHowl(page))?.src).toMatch(/music-loop-[^/]*\.mp3$/);
  const music = (await probe(page)).started.find((s) => s.duration > 10);
  expect(music).toMatchObject({ loop: true, loopStart: LOOP_START, loopEnd: LOOP_END });
  expect(urls.filter((u) => /turn-change-.*\.mp3$/.test(u))).toHaveLength(1);
});

test('the build ships every sound compressed, and the music decodes to a seamless loop in both formats', async ({ page }) => {
  const assets = readdirSync(join(process.env.E2E_DIST ?? 'dist', 'assets'));
  expect(
    assets.filter((f) => f.endsWith('.wav')),
    'no WAV in the build',
  ).toEqual([]);
  const music = ['opus', 'mp3'].map((ext) => assets.find((f) => f.startsWith('music-loop-') && f.endsWith(`.${ext}`)));
  expect(music.every(Boolean), 'the music in both formats').toBe(true);
  await page.goto('/');
  for (const file of music) {
    const r = await page.evaluate(
      async ([url, start, end]) => {
        const bytes = await (await fetch(url)).arrayBuffer();
        const rate = 48000;
        const buf = await new OfflineAudioContext(1, 1, rate).decodeAudioData(bytes);
        const s = buf.getChannelData(0);
        // The loop points the game uses (s), and 0.1 s either side of each seam.
        const [a, b, w] = [Math.round(start * rate), Math.round(end * rate), Math.round(0.1 * rate)];
        let e = 0;
        let d = 0;
        for (let i = -w; i < w; i++) {
          e += s[a + i]! ** 2;
          d += (s[a + i]! - s[b + i]!) ** 2;
        }
        let peak = 0;
        for (const v of s) peak = Math.max(peak, Math.abs(v));
        return { seconds: buf.duration, seamDb: 10 * Math.log10(e / d), peakDb: 20 * Math.log10(peak) };
      },
      [`assets/${file}`, LOOP_START, LOOP_END] as const,
    );
    // Long enough to hold the loop and the room after it, whatever the decoder trims.
    expect(r.seconds, `${file} length`).toBeGreaterThanOrEqual(MUSIC_SECONDS - 0.001);
    expect(r.seconds, `${file} length`).toBeLessThan(MUSIC_SECONDS + 0.2);
    expect(r.peakDb, `${file} peak`).toBeGreaterThan(-4);
    expect(r.peakDb, `${file} peak`).toBeLessThan(-2);
    // What is played just after the jump back matches what would have followed the loop's end.
    expect(r.seamDb, `${file} seam`).toBeGreaterThan(20);
  }
});
