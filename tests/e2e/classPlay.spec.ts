import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, expect, type Page, test } from '@playwright/test';
import { type GameState, hashValue } from '../../src/sim/index';
import { seriousViolations, watchConsole } from './helpers';
import { startPlaying } from './playHelpers';

/**
 * Class play end to end: the real class server (src/server/main.ts, serving this run's build) on
 * a loopback port of its own, and three browsers: a teacher's console, a United States student and
 * a Bolivian student, each in its own context (its own storage, as on three devices).
 */
const PORT = Number(process.env.E2E_CLASS_PORT ?? 25650);
const BASE = `http://127.0.0.1:${PORT}`;
const DIST = resolve(process.env.E2E_DIST ?? 'dist');

let server: ChildProcess | null = null;
let data = '';
const output: string[] = [];

/** Starts the class server on the spec's port with its data directory; resolves once it listens. */
async function startServer(): Promise<void> {
  output.length = 0;
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/server/main.ts', '--port', String(PORT), '--host', '127.0.0.1', '--data', data, '--dist', DIST],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  server = child;
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`class server did not start:\n${output.join('')}`)), 30_000);
    const onData = (b: Buffer): void => {
      output.push(b.toString());
      if (output.join('').includes('Altiplano class server on port')) {
        clearTimeout(timer);
        ready();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`class server exited (${code}):\n${output.join('')}`));
    });
  });
}

/** Kills the class server at once (no goodbye to its clients) and waits until it is gone. */
async function killServer(): Promise<void> {
  const child = server;
  server = null;
  if (!child || child.exitCode !== null) return;
  await new Promise<void>((gone) => {
    child.once('exit', () => gone());
    child.kill('SIGKILL');
  });
}

test.beforeAll(async () => {
  data = mkdtempSync(join(tmpdir(), 'altiplano-class-e2e-'));
  await startServer();
});

test.afterAll(async () => {
  await killServer();
  if (data) rmSync(data, { recursive: true, force: true });
});

/** A context of its own (as on another device), with the first-game guide already seen. */
async function device(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: BASE,
    storageState: {
      cookies: [],
      origins: [{ origin: BASE, localStorage: [{ name: 'altiplano.settings', value: JSON.stringify({ guideDone: true }) }] }],
    },
  });
  return { context, page: await context.newPage() };
}

async function joinClass(page: Page, code: string, name: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Join a class' }).click();
  await expect(page.getByRole('heading', { name: 'Join a class' })).toBeVisible();
  await expect(page.getByLabel('Class code')).toBeFocused();
  await page.getByLabel('Class code').fill(code.toLowerCase());
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(page.locator('#class-line')).toContainText(`Class ${code}`);
}

test('a class: the teacher makes it, two teams join by code, an offer is sent and accepted, the teacher pauses, brings in an event and ends the game', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const teacher = await device(browser);
  const us = await device(browser);
  const bo = await device(browser);
  const watches = [teacher, us, bo].map((d) => watchConsole(d.page));

  // The teacher makes a class of one room: the class period's length, the United States and Bolivia as teams.
  const t = teacher.page;
  await t.goto('/console.html');
  await expect(t.getByRole('heading', { name: 'Make a class' })).toBeVisible();
  await t.getByLabel('Length').selectOption({ index: 1 });
  await t.getByLabel('Seed').fill('4242');
  await t.getByLabel('Rooms (one world each)').fill('1');
  expect(await seriousViolations(t), 'console, make a class').toEqual([]);
  await t.getByRole('button', { name: 'Make the class' }).click();
  const codeEl = t.locator('#console-code');
  await expect(codeEl).toHaveText(/^[A-Z]{6}$/);
  const code = (await codeEl.textContent()) ?? '';
  await expect(t).toHaveURL(/console\.html\?class=[A-Z]{6}&key=/);
  await expect(t.locator('#room-1-state')).toBeVisible();
  await t.screenshot({ path: '/tmp/class-console-made.png', fullPage: true });

  // Both students join by code: the first seat goes to the United States, the second to Bolivia.
  await joinClass(us.page, code, 'Ana');
  await expect(us.page.locator('#class-line')).toContainText('Ana, playing United States');
  await startPlaying(us.page);
  await joinClass(bo.page, code, 'Beto');
  await expect(bo.page.locator('#class-line')).toContainText('Beto, playing Bolivia');
  await expect(t.locator('#room-1-card')).toContainText('Ana (United States), online');
  await expect(t.locator('#room-1-card')).toContainText('Beto (Bolivia), online');
  expect(await seriousViolations(us.page), 'student game screen').toEqual([]);

  // The United States sends Bolivia an offer: Bolivia's team answers it on its own move.
  const u = us.page;
  await u.getByRole('button', { name: 'Negotiate…' }).click();
  const builder = u.getByRole('dialog', { name: 'Negotiate a deal' });
  await builder.getByLabel('Include: Cancel the unratified Chinese lithium contracts').check();
  await builder.getByLabel('Include: Lithium royalty paid to Bolivia').check();
  await builder.getByRole('button', { name: 'Send the offer to Bolivia' }).click();
  await expect(builder.locator('#builder-answer')).toContainText('Bolivia will answer on its own move');
  await builder.getByRole('button', { name: 'Close the deal builder' }).click();
  // A private message to the other team: only the two teams read it until the debrief.
  await u.getByText(/Private messages/).click();
  await u.getByLabel('Message to Bolivia').fill('Our offer is fair: take it.');
  await u.getByRole('button', { name: 'Send', exact: true }).click();
  await u.getByRole('button', { name: 'End turn' }).click();

  // Bolivia sees the offer and the message, and accepts; who did it shows on both teams' screens.
  const b = bo.page;
  await startPlaying(b);
  await expect(b.getByText('Private messages (1)')).toBeVisible();
  await b.getByText('Private messages (1)').click();
  await expect(b.locator('#class-messages')).toContainText('Our offer is fair: take it.');
  const offer = b.locator('.offer-card[data-from="us"]');
  await expect(offer).toBeVisible();
  await offer.getByRole('button', { name: 'Accept the offer from United States' }).click();
  await expect(b.locator('.deals-list .deal-item')).toContainText('Deal #1 with United States');
  await b.getByText('Your team’s last moves').click();
  await expect(b.locator('#class-moves')).toContainText('Beto: accepted an offer');
  await expect(u.locator('.deals-list .deal-item')).toContainText('Deal #1 with Bolivia');
  await expect(t.locator('#room-1-card')).toContainText('Beto (Bolivia): accepted an offer');
  await b.screenshot({ path: '/tmp/class-bolivia.png' });

  // The teacher pauses the room: both students see it, and a move is refused while paused.
  await t.locator('#room-1-pause').click();
  await expect(t.locator('#room-1-paused')).toBeVisible();
  await expect(b.locator('#class-paused')).toContainText('Paused by the teacher');
  await expect(u.locator('#class-paused')).toBeVisible();
  await b.getByRole('button', { name: 'End turn' }).click();
  await expect(b.locator('.error-region')).toContainText('The teacher has paused the game');
  await b.screenshot({ path: '/tmp/class-paused.png' });
  await t.locator('#room-1-pause').click();
  await expect(b.locator('#class-paused')).toBeHidden();

  // A deadline per turn: every screen counts it down.
  await t.locator('#room-1-deadline').fill('600');
  await t.locator('#room-1-deadline-set').click();
  await expect(b.locator('#class-deadline')).toContainText(/Time left this turn: (10:00|9:\d\d)/);
  await expect(t.locator('#room-1-deadline-left')).toContainText(/(10:00|9:\d\d) left in this turn/);

  // The teacher brings in a scenario event and sends a news line: the students see both.
  const eventSelect = t.locator('#room-1-event');
  const eventName = (await eventSelect.locator('option').nth(1).textContent())?.trim() ?? '';
  await eventSelect.selectOption({ index: 1 });
  await t.locator('#room-1-inject').click();
  await expect(t.locator('#room-1-card')).toContainText(`the teacher brought in an event: ${eventName}`);
  await expect(b.locator('body')).toContainText(eventName);
  await t.locator('#room-1-news').fill('Ten minutes left in the period.');
  await t.locator('#room-1-news-send').click();
  await expect(u.locator('#class-news')).toContainText('Ten minutes left in the period.');
  await expect(b.locator('#class-news')).toContainText('Ten minutes left in the period.');
  await t.screenshot({ path: '/tmp/class-console-room.png', fullPage: true });

  // A reload (or lost Wi-Fi) takes the same seat back, with the same game.
  await u.reload();
  await expect(u.locator('#class-line')).toContainText('Ana, playing United States');
  await expect(u.locator('.deals-list .deal-item')).toContainText('Deal #1 with Bolivia');
  await expect(u.locator('#class-news')).toContainText('Ten minutes left in the period.');
  await expect(t.locator('#room-1-card')).toContainText('Ana (United States), online');

  // The server is killed mid-game and started again: it resumes the room from its log, and every
  // page (both students, the console) rejoins the same seat by itself, with the same game.
  const dealsBefore = await b.locator('.deals-list .deal-item').count();
  await killServer();
  await expect(b.locator('.class-connection')).toContainText('Reconnecting');
  await startServer();
  await expect(b.locator('.class-connection')).toContainText('Connected', { timeout: 30_000 });
  await expect(u.locator('.class-connection')).toContainText('Connected', { timeout: 30_000 });
  await expect(b.locator('.deals-list .deal-item')).toHaveCount(dealsBefore);
  await expect(b.locator('#class-line')).toContainText('Beto, playing Bolivia');
  await expect(t.locator('#room-1-card')).toContainText('Beto (Bolivia), online', { timeout: 30_000 });
  expect(await seriousViolations(t), 'console, a room in play').toEqual([]);

  // The teacher ends the game: every student reaches the debrief, with the private messages opened.
  await t.locator('#console-end-confirm').check();
  await t.locator('#console-end').click();
  for (const p of [u, b]) {
    await expect(p.locator('.end-screen')).toBeVisible();
    await expect(p.locator('.class-debrief')).toContainText('Our offer is fair: take it.');
  }
  await expect(t.locator('#room-1-debrief')).toBeVisible();
  // The console opens a room's debrief in the game page (its replay, from the room's log handed over as a save).
  const [debriefTab] = await Promise.all([t.context().waitForEvent('page'), t.locator('#room-1-debrief').click()]);
  await expect(debriefTab.getByText(/^Replay — .*: turn \d+ of \d+/)).toBeVisible({ timeout: 60_000 });
  await debriefTab.close();
  const [save] = await Promise.all([t.waitForEvent('download'), t.locator('#room-1-download').click()]);
  expect(save.suggestedFilename()).toMatch(/\.json$/);
  await expect(t.locator('#console-compare')).toBeVisible();
  await b.screenshot({ path: '/tmp/class-debrief.png' });

  // Each client rebuilt the same game as the server: its hashes were checked at every turn, none
  // disagreed, and the final state is the server's own (its status carries its hash).
  for (const p of [u, b]) await expect(p.locator('#class-problem')).toHaveCount(0);
  await expect(t.locator('#room-1-same')).toBeVisible();
  const status = (await (
    await fetch(`${BASE}/api/classes/${code}`, { headers: { 'x-teacher-key': new URL(t.url()).searchParams.get('key') ?? '' } })
  ).json()) as { rooms: { hash?: string }[] };
  const serverHash = status.rooms[0]?.hash;
  expect(serverHash).toMatch(/^[0-9a-f]+$/);
  for (const p of [u, b]) {
    const game = await p.evaluate(
      () => (window as unknown as { altiplano: { store: { getState: () => { game: unknown } } } }).altiplano.store.getState().game,
    );
    expect(hashValue(game as GameState)).toBe(serverHash);
  }
  // While the server was down, the browser logged each refused reconnection attempt: nothing else.
  // (a request in flight when the server stopped is reset rather than refused)
  const downtime = /ERR_CONNECTION_REFUSED|ERR_CONNECTION_RESET|WebSocket connection to .* failed/;
  for (const w of watches) expect(w.errors.filter((e) => !downtime.test(e))).toEqual([]);
  for (const d of [teacher, us, bo]) await d.context.close();
});

test('seats by choice: a student picks a room and a side; a wrong code and a full side are refused with the reason', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  // The teacher's class, made through the API the console uses: two rooms, one student per team, seats by choice.
  const made = await fetch(`${BASE}/api/classes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      scenarioId: 'paz-pivot',
      preset: 'class',
      seed: 9,
      teams: ['us', 'bolivia'],
      aiLevel: 'easy',
      rooms: 2,
      perTeam: 1,
      seating: 'choose',
    }),
  });
  expect(made.status).toBe(201);
  const { code } = (await made.json()) as { code: string };
  const a = await device(browser);
  const watch = watchConsole(a.page);
  const p = a.page;
  await p.goto('/');
  await p.getByRole('button', { name: 'Join a class' }).click();
  await p.getByLabel('Class code').fill('WXYWXY');
  await p.getByLabel('Your name').fill('Cata');
  await p.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(p.getByRole('alert')).toContainText('No open class has that code');
  // What was typed stays; the right code offers every room and side.
  await expect(p.getByLabel('Your name')).toHaveValue('Cata');
  await p.getByLabel('Class code').fill(code);
  await p.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(p.getByRole('group', { name: 'Choose your room and side' })).toBeVisible();
  expect(await seriousViolations(p), 'seat choice').toEqual([]);
  await p.screenshot({ path: '/tmp/class-join-seats.png' });
  await p.getByRole('radio', { name: /Room 2: Bolivia/ }).check();
  await p.getByRole('button', { name: 'Take this seat' }).click();
  await expect(p.locator('#class-line')).toContainText('Room 2');
  await expect(p.locator('#class-line')).toContainText('Cata, playing Bolivia');
  // That seat is now full for anyone else.
  const b = await device(browser);
  await b.page.goto('/');
  await b.page.getByRole('button', { name: 'Join a class' }).click();
  await b.page.getByLabel('Class code').fill(code);
  await b.page.getByLabel('Your name').fill('Dani');
  await b.page.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(b.page.getByRole('radio', { name: /Room 2: Bolivia/ })).toBeDisabled();
  await expect(b.page.locator('.class-join')).toContainText('Full (1 of 1)');
  // The unknown code's 404 from the API is the browser's only complaint (it logs every failed request).
  expect(watch.errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
  await a.context.close();
  await b.context.close();
});
