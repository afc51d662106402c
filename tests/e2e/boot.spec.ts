import { expect, test } from '@playwright/test';
import { pixelAt, waitForMap, watchConsole } from './helpers';

test('the page loads with no console error and the map draws every department', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  await page.goto('/');
  await waitForMap(page);
  await expect(page.locator('canvas')).toBeVisible();

  const departments = await page.evaluate(() => {
    const w = window as unknown as {
      altiplano: {
        map: () => {
          departments: () => { id: string; label: [number, number] }[];
          project: (a: number, b: number) => [number, number];
          drawn: Record<string, number>;
        };
      };
    };
    const m = w.altiplano.map();
    return m.departments().map((d) => ({ id: d.id, at: m.project(d.label[0], d.label[1]), colour: m.drawn[d.id] }));
  });
  expect(departments.map((d) => d.id).sort()).toEqual(['BO-B', 'BO-C', 'BO-H', 'BO-L', 'BO-N', 'BO-O', 'BO-P', 'BO-S', 'BO-T']);

  // Sample a point a little off each label (labels are drawn on top) and find the department's fill.
  for (const d of departments) {
    expect(d.colour, `${d.id} has a fill`).toBeGreaterThan(0);
    const c = d.colour ?? 0;
    const want = [(c >> 16) & 255, (c >> 8) & 255, c & 255];
    let found = false;
    for (const [dx, dy] of [
      [0, 18],
      [0, -18],
      [22, 0],
      [-22, 0],
      [14, 14],
      [-14, -14],
    ]) {
      const got = await pixelAt(page, d.at[0] + (dx ?? 0), d.at[1] + (dy ?? 0));
      if (got.every((v, i) => Math.abs(v - (want[i] ?? 0)) <= 3)) {
        found = true;
        break;
      }
    }
    expect(found, `department ${d.id} is painted in its overlay colour`).toBe(true);
  }
  consoleWatch.assertClean();
});

test("the map's figures are also a table: every department's stability and influence, as in the game state", async ({ page }) => {
  const consoleWatch = watchConsole(page);
  await page.goto('/');
  await waitForMap(page);
  await page.locator('#quick-start').click();
  await page.locator('.departments-table summary').click();
  const table = page.locator('#departments-table');
  await expect(table.locator('tbody tr')).toHaveCount(9);
  const state = await page.evaluate(() => {
    const w = window as unknown as {
      altiplano: { store: { getState: () => { game: { departments: Record<string, { stability: number }> } } } };
    };
    return w.altiplano.store.getState().game.departments;
  });
  const row = table.locator('tr[data-department="BO-P"]');
  await expect(row.locator('th')).toHaveText('Potosí');
  await expect(row.locator('td').first()).toHaveText(String(Math.round(state['BO-P']?.stability ?? -1)));
  consoleWatch.assertClean();
});
