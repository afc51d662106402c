import { expect, type Page, test } from '@playwright/test';
import { waitForMap, watchConsole } from './helpers';

const SCENARIO_ASSET = /\/assets\/scenario-([a-z0-9-]+)-[0-9a-f]+\.json$/;

/** Every scenario asset the page asks for, by scenario id, with the encoding it came in. */
function watchScenarioFetches(page: Page): { id: string; encoding: string | undefined }[] {
  const seen: { id: string; encoding: string | undefined }[] = [];
  page.on('response', (r) => {
    const m = SCENARIO_ASSET.exec(new URL(r.url()).pathname);
    if (m?.[1]) seen.push({ id: m[1], encoding: r.headers()['content-encoding'] });
  });
  return seen;
}

test('the first screen loads no scenario data; starting a game fetches that scenario once, precompressed, and plays', async ({ page }) => {
  const console_ = watchConsole(page);
  const fetched = watchScenarioFetches(page);
  await page.goto('/');
  await waitForMap(page);
  // The start screen shows the default scenario's sides and briefing from the catalogue alone.
  await expect(page.getByRole('heading', { name: /briefing/i }).first()).toBeVisible();
  await expect(page.locator('#side-us')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(fetched, 'no scenario asset before a game is chosen').toEqual([]);

  await page.getByRole('button', { name: 'Start the game' }).click();
  await expect(page.getByRole('button', { name: 'End turn' })).toBeEnabled();
  expect(fetched).toEqual([{ id: 'paz-pivot', encoding: 'br' }]);
  // Back to the start screen and a second game of the same scenario: nothing fetched again.
  await page.evaluate(() =>
    (window as unknown as { altiplano: { store: { getState: () => { toStart: () => void } } } }).altiplano.store.getState().toStart(),
  );
  await page.getByRole('button', { name: 'Start the game' }).click();
  await expect(page.getByRole('button', { name: 'End turn' })).toBeEnabled();
  expect(fetched.length).toBe(1);
  console_.assertClean();
});

test('a damaged scenario asset is refused with a clear message on the start screen, nothing starts, and Try again recovers', async ({
  page,
}) => {
  await page.route(SCENARIO_ASSET, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"id":"paz-pivot","turns":1}' }),
  );
  await page.goto('/');
  await waitForMap(page);
  await page.getByRole('button', { name: 'Start the game' }).click();
  const alert = page.locator('.start-screen [role="alert"], .start-setup [role="alert"]').filter({ hasText: /damaged or out of date/ });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Paz');
  await expect(page.getByRole('button', { name: 'End turn' })).toBeHidden();
  const screen = await page.evaluate(() =>
    (
      window as unknown as { altiplano: { store: { getState: () => { ui: { screen: string }; game: unknown } } } }
    ).altiplano.store.getState(),
  );
  expect(screen.ui.screen).toBe('start');
  expect(screen.game).toBeNull();

  // The network is back to normal: trying again fetches the real asset and starts the game.
  await page.unroute(SCENARIO_ASSET);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('button', { name: 'End turn' })).toBeEnabled();
  await expect(alert).toHaveCount(0);
});

test('a scenario asset that cannot be downloaded says so, and the teacher guide page loads its scenario the same way', async ({ page }) => {
  await page.route(SCENARIO_ASSET, (route) => route.abort('connectionfailed'));
  await page.goto('/teacher-guide.html?scenario=paz-pivot');
  await expect(page.getByRole('alert')).toContainText(/could not be downloaded/);
  await page.unroute(SCENARIO_ASSET);
  const fetched = watchScenarioFetches(page);
  await page.reload();
  await expect(page.locator('#teacher-guide h1')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(fetched.map((f) => f.id)).toEqual(['paz-pivot']);
});
