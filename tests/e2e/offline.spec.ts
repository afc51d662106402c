import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { OFFLINE_DIR, OFFLINE_FILE } from '../../tools/offlineBuild';
import { watchConsole } from './helpers';
import { dismissReport, drawnColours, startPlaying } from './playHelpers';

/**
 * The offline single file (`npm run build:offline`), opened from disk as a person opens it from a
 * USB stick: a file:// URL, no server, and every request that would leave the file refused.
 * `npm test` builds the file before the end-to-end tests; run alone, this builds it if it is missing.
 */
const FILE = resolve(OFFLINE_DIR, OFFLINE_FILE);

test.beforeAll(() => {
  if (!existsSync(FILE)) execFileSync(process.execPath, ['node_modules/.bin/vite', 'build', '--mode', 'offline', '--logLevel', 'warn']);
});

// Chromium now and then hands a reloaded file:// page an empty localStorage: even a key written
// seconds before is gone at the new document's first script, before the game runs (4 reloads in 30,
// on the last landed commit as on this one, with a throwaway or an on-disk profile; an http page
// keeps its storage). That is the browser's doing, not the game's, so this test alone is retried.
test.describe.configure({ retries: 2 });

test('the offline file runs from disk with no network: a game starts, a turn is played, and the autosave is back after a reload', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const consoleWatch = watchConsole(page);
  // Nothing may come from outside the file: any request but file: and data: is refused and recorded.
  const outside: string[] = [];
  await page.route(/^(?!file:|data:)/, (route) => {
    outside.push(route.request().url());
    return route.abort();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.cspViolations.push(`${e.effectiveDirective} ${e.blockedURI} ${e.lineNumber}:${e.columnNumber} ${e.sample}`),
    );
    // A returning player: the first-game guide is remembered as seen (as the other specs' storage says).
    if (!localStorage.getItem('altiplano.settings')) localStorage.setItem('altiplano.settings', JSON.stringify({ guideDone: true }));
  });
  const url = pathToFileURL(FILE).href;
  await page.goto(url);
  expect(page.url()).toMatch(/^file:\/\//);
  // The teachers' pages are not in the file, so the start screen does not link to them.
  await expect(page.locator('#quick-start')).toBeVisible();
  await expect(page.locator('a[href*="teacher-guide.html"], a[href*="setup.html"], a[href*="compare.html"]')).toHaveCount(0);

  await page.locator('#quick-start').click();
  const endTurn = page.getByRole('button', { name: 'End turn' });
  await expect(endTurn).toBeEnabled();
  await expect(page.locator('#turn-status')).toContainText('Turn 1 of');
  await startPlaying(page);
  // The map came from inside the file too: it shows, and paints all nine departments.
  await expect(page.locator('#map canvas')).toBeVisible();
  await expect.poll(async () => Object.values(await drawnColours(page)).filter((c) => c > 0).length).toBe(9);

  const option = page.locator('.events-panel .option button');
  for (let i = 0; i < 8 && (await option.count()) > 0; i++) await option.first().click();
  await endTurn.click();
  await expect(page.locator('#turn-status')).toContainText('Turn 2 of');
  await dismissReport(page);
  await page.screenshot({ path: test.info().outputPath('offline-turn-2.png') });

  // The autosave is written to this file's storage (it has caught up with the game), and a reload puts the game back.
  await page.waitForFunction(() => {
    const raw = localStorage.getItem('altiplano.autosave');
    const w = window as unknown as { altiplano: { store: { getState: () => { log: unknown[] } } } };
    return raw !== null && (JSON.parse(raw) as { actions: unknown[] }).actions.length === w.altiplano.store.getState().log.length;
  });
  const game = () =>
    page.evaluate(() =>
      JSON.stringify(
        (window as unknown as { altiplano: { store: { getState: () => { game: unknown } } } }).altiplano.store.getState().game,
      ),
    );
  const before = await game();
  await page.reload();
  await expect(page.locator('#turn-status')).toContainText('Turn 2 of');
  await expect(page.locator('#map canvas')).toBeVisible();
  expect(await game()).toBe(before);

  expect(outside).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  consoleWatch.assertClean();
});
