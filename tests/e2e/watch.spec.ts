import { expect, test } from '@playwright/test';
import { seriousViolations, waitForMap, watchConsole } from './helpers';
import { drawnColours, meterValues } from './playHelpers';

test('watching the computer play itself, at fast speed, runs to the debrief', async ({ page }) => {
  test.setTimeout(180_000);
  const consoleWatch = watchConsole(page);
  await page.goto('/');
  await waitForMap(page);
  await page.getByRole('radio', { name: /Watch the computer play itself/ }).check();
  await page.getByLabel('Length').selectOption('class');
  await page.getByRole('button', { name: 'Start the game' }).click();

  const bar = page.getByRole('group', { name: 'Watching the computer play' });
  await expect(bar).toBeVisible();
  await expect(page.locator('.top .who')).toContainText('Watching');
  // Nothing to play for a watcher: no actions, no End turn.
  await expect(page.locator('.actions-panel')).toBeHidden();
  await expect(page.locator('#end-turn')).toBeHidden();

  // It plays at once; Pause holds it, Step moves one move.
  const playPause = bar.locator('#watch-play');
  await expect(playPause).toHaveAccessibleName('Pause');
  const turnBefore = await page.locator('#turn-status').textContent();
  await expect
    .poll(() =>
      page.evaluate(
        () => (window as unknown as { altiplano: { store: { getState: () => { log: unknown[] } } } }).altiplano.store.getState().log.length,
      ),
    )
    .toBeGreaterThan(3);
  await playPause.click();
  await expect(playPause).toHaveAccessibleName('Play');
  const play = bar.getByRole('button', { name: 'Play', exact: true });
  const logLength = () =>
    page.evaluate(
      () => (window as unknown as { altiplano: { store: { getState: () => { log: unknown[] } } } }).altiplano.store.getState().log.length,
    );
  const before = await logLength();
  await bar.getByRole('button', { name: 'Step one move' }).click();
  await expect.poll(logLength).toBe(before + 1);
  await page.screenshot({ path: '/tmp/watch-running.png' });
  expect(await seriousViolations(page), 'watching').toEqual([]);

  // Fast, by keyboard: the turns go by and the debrief appears at the end.
  await bar.getByRole('radio', { name: 'Fast' }).check();
  await play.focus();
  await page.keyboard.press('Enter');
  const metersBefore = await meterValues(page);
  const mapBefore = await drawnColours(page);
  await expect(page.locator('#turn-status')).not.toHaveText(turnBefore ?? '', { timeout: 60_000 });
  // The meters and the map follow the game as it runs.
  await expect
    .poll(async () => {
      const now = await meterValues(page);
      return Object.keys(now).some((k) => Math.abs((now[k] ?? 0) - (metersBefore[k] ?? 0)) > 1e-6);
    })
    .toBe(true);
  await expect
    .poll(
      async () => {
        const now = await drawnColours(page);
        return Object.keys(now).some((d) => now[d] !== mapBefore[d]);
      },
      { timeout: 60_000 },
    )
    .toBe(true);
  await expect(page.getByRole('heading', { name: /Debrief/ })).toBeVisible({ timeout: 150_000 });
  await page.screenshot({ path: '/tmp/watch-end.png' });
  consoleWatch.assertClean();
});
