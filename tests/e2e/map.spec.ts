import { expect, type Page, test } from '@playwright/test';
import { pixelAt, waitForMap, watchConsole } from './helpers';
import { startPlaying } from './playHelpers';

/** The slice of the page's test handle these tests use. */
type MapHandle = {
  drawn: Record<string, number>;
  project: (lon: number, lat: number) => [number, number];
  hit: (id: string, x: number, y: number) => boolean;
  departments: () => { id: string; label: [number, number] }[];
  sites: () => { id: string; x: number; y: number; department: string | null }[];
  markers: () => { id: number; status: string; x: number; y: number }[];
  routes: () => string[];
  busy: () => number;
};
type State = {
  ui: { selectedDepartment: string | null; selectedSite: string | null; hoveredDepartment: string | null; overlay: string; screen: string };
  game: {
    departments: Record<string, { stability: number; influence: Record<string, number> }>;
    projects: { id: number; target?: string; status: string }[];
    deals: unknown[];
  } | null;
  choice: unknown;
  log: unknown[];
  startGame: (c: { scenarioId: string; side: string; seed: number }) => Promise<boolean>;
  dispatch: (a: unknown) => Promise<{ ok: boolean }>;
  restore: (choice: unknown, game: unknown, log: unknown[]) => boolean;
  setUi: (p: Record<string, unknown>) => void;
};
type Handle = { altiplano: { store: { getState: () => State }; map: () => MapHandle; game: { scale: { width: number; height: number } } } };

const ALL = ['BO-B', 'BO-C', 'BO-H', 'BO-L', 'BO-N', 'BO-O', 'BO-P', 'BO-S', 'BO-T'];

/** Opens the game on the default scenario as the United States, seed 1, past the start screen. */
async function openGame(page: Page): Promise<void> {
  await page.goto('/');
  await waitForMap(page);
  await page.evaluate(() => {
    const s = (window as unknown as Handle).altiplano.store.getState();
    return s.startGame({ scenarioId: 'paz-pivot', side: 'us', seed: 1 });
  });
  await expect(page.locator('.mapctl')).toBeVisible();
  await startPlaying(page);
  await settle(page);
}

/** Waits until the floating numbers are gone and the canvas matches the map box. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const w = window as unknown as Handle;
      const box = document.getElementById('map');
      return (
        w.altiplano.map().busy() === 0 &&
        !!box &&
        Math.abs(box.clientWidth - w.altiplano.game.scale.width) < 1 &&
        Math.abs(box.clientHeight - w.altiplano.game.scale.height) < 1
      );
    },
    undefined,
    { timeout: 15_000 },
  );
  // Two frames so the last draw is on the canvas.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

const map = (page: Page): Promise<{ drawn: Record<string, number>; labels: Record<string, [number, number]> }> =>
  page.evaluate(() => {
    const m = (window as unknown as Handle).altiplano.map();
    return { drawn: { ...m.drawn }, labels: Object.fromEntries(m.departments().map((d) => [d.id, m.project(d.label[0], d.label[1])])) };
  });

const state = (page: Page): Promise<State> =>
  page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as Handle).altiplano.store.getState())) as State);

/** A point in the department a little below its label (the label itself is drawn on top). */
async function pointIn(page: Page, id: string): Promise<[number, number]> {
  const { labels } = await map(page);
  const [x, y] = labels[id] ?? [0, 0];
  return page.evaluate(
    ([dep, lx, ly]) => {
      const m = (window as unknown as Handle).altiplano.map();
      const sites = m.sites();
      for (const [dx, dy] of [
        [0, 26],
        [0, -26],
        [30, 0],
        [-30, 0],
        [20, 20],
        [-20, 20],
      ] as const) {
        const px = lx + dx;
        const py = ly + dy;
        if (m.hit(dep, px, py) && !sites.some((s) => Math.hypot(s.x - px, s.y - py) < 16)) return [px, py] as [number, number];
      }
      return [lx, ly] as [number, number];
    },
    [id, x, y] as const,
  );
}

async function canvasPoint(page: Page, x: number, y: number): Promise<[number, number]> {
  const box = await page.locator('#map canvas').boundingBox();
  if (!box) throw new Error('no map canvas');
  return [box.x + x, box.y + y];
}

test.beforeEach(async ({ page }) => {
  // Still frames for screenshots: no travelling pulses, numbers fade in place.
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

/**
 * Puts in place a game with fixed figures (as a verified save would), so the
 * screenshots show every style (each power leading, contested, tied, fragile,
 * unstable, a project building and one built, deals) and don't move when a
 * scenario's numbers are tuned.
 */
async function showcase(page: Page): Promise<void> {
  await page.evaluate(() => {
    const s = (window as unknown as Handle).altiplano.store.getState();
    const game = JSON.parse(JSON.stringify(s.game)) as {
      departments: Record<string, unknown>;
      projects: unknown[];
      deals: unknown[];
      turn: number;
    };
    const figures: Record<string, [number, number, number]> = {
      'BO-L': [48, 14, 30],
      'BO-O': [38, 10, 32],
      'BO-P': [52, 8, 42],
      'BO-C': [25, 10, 30],
      'BO-H': [50, 30, 26],
      'BO-T': [60, 40, 20],
      'BO-S': [70, 45, 22],
      'BO-B': [55, 20, 16],
      'BO-N': [50, 22, 22],
    };
    for (const [id, [stability, us, china]] of Object.entries(figures)) game.departments[id] = { stability, influence: { us, china } };
    game.projects = [
      {
        id: 900,
        action: 'us_exim_gas',
        actor: 'us',
        target: 'tarijagas',
        department: 'BO-T',
        startedTurn: 1,
        turnsLeft: 2,
        status: 'building',
      },
      {
        id: 901,
        action: 'us_dfc_lithium_plant',
        actor: 'us',
        target: 'uyuni',
        department: 'BO-P',
        startedTurn: 1,
        turnsLeft: 0,
        status: 'built',
      },
    ];
    game.deals = [
      { id: 998, from: 'us', to: 'bolivia', terms: [], status: 'signed', proposedTurn: game.turn, signedTurn: game.turn, obligations: {} },
      {
        id: 999,
        from: 'china',
        to: 'bolivia',
        terms: [],
        status: 'signed',
        proposedTurn: game.turn,
        signedTurn: game.turn,
        obligations: {},
      },
    ];
    s.restore(s.choice, game, s.log);
  });
  // A game put in place before its first move opens on the briefing again: read past it.
  await startPlaying(page);
  await settle(page);
}

test('the map looks as it should under both overlays', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  await openGame(page);
  await showcase(page);
  await page.mouse.move(1, 1);
  expect(await page.evaluate(() => (window as unknown as Handle).altiplano.map().routes())).toEqual(['deal-998', 'deal-999']);
  await expect(page.locator('#map')).toHaveScreenshot('map-influence.png');
  await page.getByRole('radio', { name: 'Stability' }).check();
  await settle(page);
  await expect(page.locator('#map')).toHaveScreenshot('map-stability.png');
  consoleWatch.assertClean();
});

test('hovering a department shows its name and figures in a tooltip', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  await openGame(page);
  const tooltip = page.locator('.map-tooltip');
  await expect(tooltip).toBeHidden();
  const [x, y] = await pointIn(page, 'BO-P');
  await page.mouse.move(...(await canvasPoint(page, x, y)));
  await expect(tooltip).toBeVisible();
  const s = await state(page);
  const d = s.game!.departments['BO-P']!;
  await expect(tooltip).toContainText('Potosí');
  await expect(tooltip).toContainText(`Stability ${d.stability.toFixed(0)}`);
  await expect(tooltip).toContainText(`United States ${(d.influence.us ?? 0).toFixed(0)}`);
  await expect(tooltip).toContainText(`China ${(d.influence.china ?? 0).toFixed(0)}`);
  const leader = (d.influence.china ?? 0) > (d.influence.us ?? 0) ? 'China' : 'United States';
  const margin = Math.abs((d.influence.china ?? 0) - (d.influence.us ?? 0)).toFixed(0);
  await expect(tooltip).toContainText(`${leader} leads by ${margin}`);
  expect((await state(page)).ui.hoveredDepartment).toBe('BO-P');
  // Moving off the map hides it again.
  await page.mouse.move(1, 1);
  await expect(tooltip).toBeHidden();
  consoleWatch.assertClean();
});

test('clicking Potosí selects it in the store and shows its figures beside the map', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  await openGame(page);
  const [x, y] = await pointIn(page, 'BO-P');
  await page.mouse.click(...(await canvasPoint(page, x, y)));
  await expect.poll(async () => (await state(page)).ui.selectedDepartment).toBe('BO-P');
  const panel = page.locator('.selected-department');
  await expect(panel.locator('h3')).toHaveText('Potosí');
  const d = (await state(page)).game!.departments['BO-P']!;
  await expect(panel.locator('[data-figure="stability"] dd')).toHaveText(d.stability.toFixed(0));
  await expect(panel.locator('[data-figure="influence.china"] dd')).toHaveText((d.influence.china ?? 0).toFixed(0));
  await expect(panel.locator('[data-figure="influence.us"] dd')).toHaveText((d.influence.us ?? 0).toFixed(0));
  await expect(panel).toContainText('Salar de Uyuni');
  await expect(page.locator('.department-button[data-department="BO-P"]')).toHaveAttribute('aria-pressed', 'true');

  // A site selects its department too, and remembers the site.
  const gas = await page.evaluate(() =>
    (window as unknown as Handle).altiplano
      .map()
      .sites()
      .find((s) => s.id === 'tarijagas'),
  );
  expect(gas).toBeTruthy();
  await page.mouse.click(...(await canvasPoint(page, gas!.x, gas!.y)));
  await expect.poll(async () => (await state(page)).ui.selectedSite).toBe('tarijagas');
  expect((await state(page)).ui.selectedDepartment).toBe('BO-T');
  await expect(panel.locator('h3')).toHaveText('Tarija');

  // Clicking the sea clears the selection.
  const sea = await page.evaluate(() => (window as unknown as Handle).altiplano.map().project(-71.5, -22.5));
  await page.mouse.click(...(await canvasPoint(page, sea[0], sea[1])));
  await expect.poll(async () => (await state(page)).ui.selectedDepartment).toBeNull();
  consoleWatch.assertClean();
});

test('every department can be chosen with the keyboard alone, and the overlay switched', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  await openGame(page);
  await expect(page.locator('#map canvas')).toHaveAttribute('aria-label', /Map of Bolivia/);
  const buttons = page.locator('.department-button');
  await expect(buttons).toHaveCount(9);
  await buttons.first().focus();
  const reached: string[] = [];
  for (let i = 0; i < 9; i++) {
    await page.keyboard.press('Enter');
    const sel = (await state(page)).ui.selectedDepartment;
    expect(sel).not.toBeNull();
    reached.push(sel!);
    await expect(page.locator('.selected-department h3')).toBeVisible();
    await page.keyboard.press('ArrowRight');
  }
  expect(reached.sort()).toEqual(ALL);
  // Space selects too, exactly like a click.
  await page.locator('.department-button[data-department="BO-P"]').focus();
  await page.keyboard.press('Space');
  expect((await state(page)).ui.selectedDepartment).toBe('BO-P');

  // The overlay switch is a radio group: arrow keys change it.
  await page.getByRole('radio', { name: 'Influence' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await state(page)).ui.overlay).toBe('stability');
  await expect(page.locator('.map-legend')).toContainText('fragile');
  consoleWatch.assertClean();
});

test('switching the overlay repaints the departments in the new colours', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  await openGame(page);
  const before = await map(page);
  expect(Object.keys(before.drawn).sort()).toEqual(ALL);
  await expect(page.locator('.map-legend')).toContainText('China leads');
  await page.getByRole('radio', { name: 'Stability' }).check();
  await settle(page);
  const after = await map(page);
  for (const id of ALL) expect(after.drawn[id], id).not.toBe(before.drawn[id]);
  await expect(page.locator('.map-legend')).toContainText('Stable');
  // The canvas really shows the new colour somewhere near each label.
  for (const id of ['BO-P', 'BO-S', 'BO-B']) {
    const c = after.drawn[id] ?? 0;
    const want = [(c >> 16) & 255, (c >> 8) & 255, c & 255];
    const [lx, ly] = after.labels[id] ?? [0, 0];
    let found = false;
    for (const [dx, dy] of [
      [0, 24],
      [0, -24],
      [26, 0],
      [-26, 0],
      [18, 18],
      [-18, 18],
      [18, -18],
      [-18, -18],
    ]) {
      const got = await pixelAt(page, lx + (dx ?? 0), ly + (dy ?? 0));
      if (got.every((v, i) => Math.abs(v - (want[i] ?? 0)) <= 3)) {
        found = true;
        break;
      }
    }
    expect(found, `${id} is painted in its stability colour`).toBe(true);
  }
  consoleWatch.assertClean();
});

test('an investment puts a project marker on its site, and the numbers it moved float up', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  await openGame(page);
  expect(await page.evaluate(() => (window as unknown as Handle).altiplano.map().markers())).toEqual([]);
  const ok = await page.evaluate(
    async () =>
      (
        await (window as unknown as Handle).altiplano.store
          .getState()
          .dispatch({ type: 'takeAction', actor: 'us', action: 'us_exim_gas', target: 'tarijagas' })
      ).ok,
  );
  expect(ok).toBe(true);
  // The change of influence in Tarija floats over the map, then goes.
  await expect.poll(() => page.evaluate(() => (window as unknown as Handle).altiplano.map().busy())).toBeGreaterThan(0);
  const markers = await page.evaluate(() => (window as unknown as Handle).altiplano.map().markers());
  expect(markers).toHaveLength(1);
  expect(markers[0]!.status).toBe('building');
  const site = await page.evaluate(
    () =>
      (window as unknown as Handle).altiplano
        .map()
        .sites()
        .find((s) => s.id === 'tarijagas')!,
  );
  expect(Math.hypot(markers[0]!.x - site.x, markers[0]!.y - site.y)).toBeLessThan(40);
  await settle(page);
  // The marker is drawn: its centre is not the department's fill.
  const fill = (await map(page)).drawn['BO-T'] ?? 0;
  const centre = await pixelAt(page, markers[0]!.x, markers[0]!.y);
  expect(
    Math.abs(centre[0] - ((fill >> 16) & 255)) + Math.abs(centre[1] - ((fill >> 8) & 255)) + Math.abs(centre[2] - (fill & 255)),
  ).toBeGreaterThan(40);
  // Hovering it explains it; the department panel lists it.
  await page.mouse.move(...(await canvasPoint(page, markers[0]!.x, markers[0]!.y)));
  await expect(page.locator('.map-tooltip')).toContainText('being built');
  await page.mouse.click(...(await canvasPoint(page, markers[0]!.x, markers[0]!.y)));
  await expect(page.locator('.selected-department h3')).toHaveText('Tarija');
  await expect(page.locator('.selected-department .projects')).toContainText('EXIM credit');

  // A trade measure draws a route out through the Pacific ports towards the partner.
  expect(await page.evaluate(() => (window as unknown as Handle).altiplano.map().routes())).toEqual([]);
  const traded = await page.evaluate(
    async () =>
      (
        await (window as unknown as Handle).altiplano.store
          .getState()
          .dispatch({ type: 'takeAction', actor: 'us', action: 'us_trade_council' })
      ).ok,
  );
  expect(traded).toBe(true);
  await expect.poll(() => page.evaluate(() => (window as unknown as Handle).altiplano.map().routes())).toContain('trade-us_trade_council');
  consoleWatch.assertClean();
});

test('a signed deal shows as a route', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  await openGame(page);
  // Put a game in place with a signed US–Bolivia deal (as a verified save would).
  await page.evaluate(() => {
    const s = (window as unknown as Handle).altiplano.store.getState();
    const game = JSON.parse(JSON.stringify(s.game)) as { deals: unknown[]; turn: number };
    game.deals.push({
      id: 999,
      from: 'us',
      to: 'bolivia',
      terms: [],
      status: 'signed',
      proposedTurn: game.turn,
      signedTurn: game.turn,
      obligations: {},
    });
    s.restore(s.choice, game, s.log);
  });
  await expect.poll(() => page.evaluate(() => (window as unknown as Handle).altiplano.map().routes())).toEqual(['deal-999']);
  consoleWatch.assertClean();
});

test('the map follows the window size and still hit-tests every department at its label', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  await openGame(page);
  const small = await map(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await settle(page);
  const big = await map(page);
  const size = await page.evaluate(() => {
    const w = (window as unknown as Handle).altiplano;
    return [w.game.scale.width, w.game.scale.height];
  });
  const box = await page.locator('#map').boundingBox();
  expect(Math.abs((box?.width ?? 0) - (size[0] ?? 0))).toBeLessThan(2);
  expect(Math.abs((box?.height ?? 0) - (size[1] ?? 0))).toBeLessThan(2);
  expect(big.labels['BO-S']).not.toEqual(small.labels['BO-S']);
  for (const id of ALL) {
    const [x, y] = big.labels[id] ?? [0, 0];
    expect(
      await page.evaluate(([d, px, py]) => (window as unknown as Handle).altiplano.map().hit(d, px, py), [id, x, y] as const),
      id,
    ).toBe(true);
  }
  // A real click at a label point after the resize selects that department.
  const [x, y] = await pointIn(page, 'BO-S');
  await page.mouse.click(...(await canvasPoint(page, x, y)));
  await expect.poll(async () => (await state(page)).ui.selectedDepartment).toBe('BO-S');
  await page.mouse.move(1, 1);
  await settle(page);
  await expect(page.locator('#map')).toHaveScreenshot('map-1920-selected.png', { timeout: 30_000 });
  consoleWatch.assertClean();
});
