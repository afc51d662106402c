import { expect, test } from '@playwright/test';
import { seriousViolations, waitForMap, watchConsole } from './helpers';
import { clickMapAt, playToEnd, startPlaying } from './playHelpers';

test('the start screen, the game with its panels open, and the debrief have no serious accessibility problems', async ({ page }) => {
  test.setTimeout(180_000);
  const consoleWatch = watchConsole(page);
  // The test world is kept off the start screen unless the address asks for it.
  await page.goto('/?scenario=dev-sandbox');
  await waitForMap(page);
  expect(await seriousViolations(page), 'start screen').toEqual([]);

  await page.locator('#quick-start').click();
  await expect(page.getByRole('button', { name: 'End turn' })).toBeEnabled();
  expect(await seriousViolations(page), 'briefing with the objectives').toEqual([]);
  await startPlaying(page);
  await clickMapAt(page, -66.77, -20.903);
  await expect(page.locator('.for-department')).toBeVisible();
  await page.locator('.for-department details.action summary').first().click();
  await expect(page.locator('.for-department .preview').first()).toBeVisible();
  await page.getByRole('button', { name: 'Why did Stability move?' }).click();
  await expect(page.getByRole('region', { name: /Why Stability moved/ })).toBeVisible();
  expect(await seriousViolations(page), 'game screen, actions and causes open').toEqual([]);

  // The turn report, a modal dialog.
  await page.getByRole('button', { name: 'End turn' }).click();
  await expect(page.getByRole('dialog', { name: /Turn report/ })).toBeVisible();
  expect(await seriousViolations(page), 'turn report').toEqual([]);
  await page.keyboard.press('Escape');
  // The causes (still open) now list the turn's changes, with their sources.
  await expect(page.getByRole('region', { name: /Why Stability moved/ })).toBeVisible();
  await expect(page.locator('#causes-panel .cause').first()).toBeVisible();
  expect(await seriousViolations(page), 'causes with sources').toEqual([]);

  await page.locator('.menu > summary', { hasText: 'Game menu' }).click();
  await page.locator('#menu-new-game').click();
  await page.locator('#sc-dev-sandbox').check();
  await page.getByLabel('Length').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Start the game' }).click();
  await playToEnd(page);
  await expect(page.getByRole('heading', { level: 1, name: /Debrief/ })).toBeVisible();
  expect(await seriousViolations(page), 'end screen').toEqual([]);
  consoleWatch.assertClean();
});

test('the game can be played from the keyboard alone', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await waitForMap(page);
  await page.locator('#quick-start').focus();
  await expect(page.locator('#quick-start')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'End turn' })).toBeEnabled();
  // Open a meter's causes with the keyboard, close them with Escape: focus comes back.
  const why = page.getByRole('button', { name: 'Why did GDP move?' });
  await why.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#causes-title')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(why).toBeFocused();
  // End the turn from the keyboard; the report takes focus and Escape gives it back.
  await page.getByRole('button', { name: 'End turn' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#report-close')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
