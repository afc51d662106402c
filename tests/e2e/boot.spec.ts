import { expect, test } from '@playwright/test';
import { pixelAt, waitForMap, watchConsole } from './helpers';

test('the page loads with no console error and the map draws every department', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  await page.goto('/');
  await waitForMap(page);
  await expect(page.locator('canvas')).toBeVisible();

  const departments = await page.evaluate(() => {
    const w = window as unknown as { altiplano: { map: () => { departments: () => { id: string; label: [number, number] }[]; project: (a: number, b: number) => [number, number]; drawn: Record<string, number> } } };
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
    for (const [dx, dy] of [[0, 18], [0, -18], [22, 0], [-22, 0], [14, 14], [-14, -14]]) {
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
