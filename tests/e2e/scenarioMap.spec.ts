import { expect, type Page, test } from '@playwright/test';
import { waitForMap, watchConsole } from './helpers';
import { startPlaying } from './playHelpers';

type MapHandle = {
  departments: () => { id: string; label: [number, number] }[];
  sites: () => { id: string; x: number; y: number; department: string | null }[];
  markers: () => { id: number; status: string; x: number; y: number }[];
  hit: (id: string, x: number, y: number) => boolean;
  busy: () => number;
};
type Handle = {
  altiplano: {
    store: { getState: () => { dispatch: (a: unknown) => Promise<{ ok: boolean }>; startGame: (c: object) => Promise<boolean> } };
    map: () => MapHandle;
  };
};

const drawn = (page: Page) =>
  page.evaluate(() => {
    const m = (window as unknown as Handle).altiplano.map();
    return {
      departments: m
        .departments()
        .map((d) => d.id)
        .sort(),
      sites: m.sites().map((s) => s.id),
    };
  });

test('a scenario on a map of its own: its regions, its sites and no others, its projects spread over a region, its words', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const consoleWatch = watchConsole(page);
  await page.goto('/?scenario=example-marisca');
  await waitForMap(page);
  await page.locator('#sc-example-marisca').check();
  await page.locator('#side-norland').check();
  await page.getByRole('button', { name: 'Start the game' }).click();
  await startPlaying(page);

  // Marisca's four departments and four sites: none of Bolivia's, no lithium, gas or coca marker.
  await expect
    .poll(() => drawn(page))
    .toEqual({
      departments: ['MR-A', 'MR-B', 'MR-C', 'MR-D'],
      sites: ['portoalto', 'minaserra', 'portosul', 'tervoport'],
    });
  await expect(page.locator('#map')).toHaveAttribute('aria-label', 'Map of Marisca and its neighbours');
  await expect(page.locator('#map canvas')).toHaveAttribute('aria-label', /^Map of Marisca's departments/);
  const places = page.locator('.legend-list.places');
  await expect(places).toContainText('Mine');
  await expect(places).toContainText('Capital');
  await expect(places).not.toContainText('Lithium');
  await expect(places).not.toContainText('Coca region');
  await expect(page.getByRole('heading', { name: 'Influence in Marisca' })).toBeVisible();

  // Two schools in Altamar: two markers, both inside Altamar, apart rather than stacked.
  for (let i = 0; i < 2; i++) {
    const ok = await page.evaluate(
      async () =>
        (
          await (window as unknown as Handle).altiplano.store
            .getState()
            .dispatch({ type: 'takeAction', actor: 'norland', action: 'school_grants', target: 'MR-A' })
        ).ok,
    );
    expect(ok).toBe(true);
  }
  await expect.poll(() => page.evaluate(() => (window as unknown as Handle).altiplano.map().markers().length)).toBe(2);
  const inside = await page.evaluate(() => {
    const m = (window as unknown as Handle).altiplano.map();
    return m.markers().map((k) => ({ ...k, inside: m.hit('MR-A', k.x, k.y) }));
  });
  expect(inside.every((k) => k.inside)).toBe(true);
  const [a, b] = inside;
  expect(Math.hypot(a!.x - b!.x, a!.y - b!.y)).toBeGreaterThan(12);
  await page.waitForFunction(() => (window as unknown as Handle).altiplano.map().busy() === 0, undefined, { timeout: 15_000 });
  await page.locator('#map').screenshot({ path: '/tmp/shots/marisca-map.png' });

  // A game of another scenario puts Bolivia's map and that scenario's sites back.
  await page.evaluate(() =>
    (window as unknown as Handle).altiplano.store
      .getState()
      .startGame({ scenarioId: 'dev-sandbox', side: 'us', seed: 2, mode: 'solo', aiLevel: 'normal' }),
  );
  await startPlaying(page);
  await expect
    .poll(() => drawn(page))
    .toEqual({
      departments: ['BO-B', 'BO-C', 'BO-H', 'BO-L', 'BO-N', 'BO-O', 'BO-P', 'BO-S', 'BO-T'],
      sites: ['uyuni', 'chapare', 'tarijagas', 'arica'],
    });
  await expect(page.locator('#map')).toHaveAttribute('aria-label', 'Map of Bolivia and its neighbours');
  consoleWatch.assertClean();
});
