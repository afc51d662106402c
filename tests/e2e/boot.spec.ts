import { expect, test } from '@playwright/test';
import { pixelAt, waitForMap, watchConsole } from './helpers';

test('the first screen loads without the map; Start loads it, and it draws every department', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto('/');
  const start = page.locator('#quick-start');
  await expect(start).toBeVisible();
  // The map's chunks are named for the browser to fetch when idle, but not run: no Phaser, no canvas.
  const hinted = await page.locator('link[rel="prefetch"]').evaluateAll((ls) => ls.map((l) => l.getAttribute('href') ?? ''));
  expect(hinted.some((h) => /startMap-/.test(h))).toBe(true);
  expect(hinted.some((h) => /phaser-/.test(h))).toBe(true);
  expect(scripts.some((s) => /startMap-|phaser-/.test(s))).toBe(false);
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => (window as unknown as { altiplano: { game?: unknown } }).altiplano.game)).toBeUndefined();
  await expect(page.locator('canvas')).toHaveCount(0);

  await start.click();
  await expect(page.locator('#map canvas')).toBeVisible();
  await page.waitForFunction(
    () =>
      (window as unknown as { altiplano: { store: { getState: () => { ui: { mapReady: boolean } } } } }).altiplano.store.getState().ui
        .mapReady,
  );
  expect(scripts.some((s) => /startMap-/.test(s))).toBe(true);
  await page.mouse.move(1, 1);

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

test('the page runs under its Content-Security-Policy: no violation on boot, and inline script and eval are refused', async ({ page }) => {
  // Collected in the page from the first moment, before any of the game's code runs.
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.cspViolations.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`),
    );
  });
  const consoleWatch = watchConsole(page);
  await page.goto('/');
  await waitForMap(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).not.toContain("script-src 'self' 'unsafe-inline'");
  // Play a little, so the panels, the map overlays and the audio are all exercised under the policy.
  await page.locator('#quick-start').click();
  await expect(page.locator('canvas')).toBeVisible();
  const violations = () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  expect(await violations()).toEqual([]);
  consoleWatch.assertClean();

  // What the policy is for: an injected inline script does not run, and neither does eval.
  const blocked = await page.evaluate(async () => {
    const w = window as unknown as { injected?: boolean };
    const s = document.createElement('script');
    s.textContent = 'window.injected = true';
    document.head.append(s);
    // From a task of the page's own (code run directly by the test driver is exempt from the policy).
    const evaluated = await new Promise<boolean>((done) =>
      setTimeout(() => {
        try {
          done(new Function('return true')() === true);
        } catch {
          done(false);
        }
      }, 0),
    );
    return { inline: w.injected === true, evaluated };
  });
  expect(blocked).toEqual({ inline: false, evaluated: false });
  await expect.poll(violations).toEqual(expect.arrayContaining([expect.stringMatching(/^script-src/)]));
});

type Lang = {
  altiplano: { store: { getState: () => { lang: string; game: unknown } } };
  kept?: Element | null;
};

test('a change of language re-renders every view in place, keeps the game, and the page says its language', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  await page.goto('/');
  await waitForMap(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.locator('#quick-start').click();
  await page.locator('details.menu > summary').click();
  const gdp = page.locator('.meters-col .meter-row[data-meter="gdp"] .value');
  await expect(gdp).toHaveText(/^\$\d+\.\d bn$/);
  const before = await page.evaluate(() => {
    const w = window as unknown as Lang;
    w.kept = document.getElementById('end-turn');
    w.kept?.setAttribute('data-kept', 'yes');
    return JSON.stringify(w.altiplano.store.getState().game);
  });
  // Spanish, chosen as a player chooses it: the settings menu's language switch, each language in its own name.
  const select = page.locator('details.menu').getByRole('combobox', { name: /^(Language|Idioma)$/ });
  await expect(select.locator('option')).toHaveText(['English', 'Español']);
  await expect(select).toHaveValue('en');
  await select.selectOption('es');
  await expect(page.locator('#end-turn')).toHaveAccessibleName('Terminar turno');
  await expect(page.locator('details.menu > summary')).toHaveText('Menú');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  // Numbers as Bolivia writes them: a decimal comma.
  await expect(gdp).toHaveText(/^US\$ \d+,\d mil millones$/);
  // The same nodes, updated: the menu stays open, the button is the one it was, the game is untouched.
  await expect(page.locator('details.menu')).toHaveAttribute('open', '');
  expect(await page.evaluate(() => document.getElementById('end-turn') === (window as unknown as Lang).kept)).toBe(true);
  await expect(page.locator('#end-turn')).toHaveAttribute('data-kept', 'yes');
  expect(await page.evaluate(() => JSON.stringify((window as unknown as Lang).altiplano.store.getState().game))).toBe(before);
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('altiplano.settings') ?? '{}').lang)).toBe('es');
  // Back to English through the same switch, now labelled in Spanish.
  await expect(select).toHaveAccessibleName('Idioma');
  await expect(select).toHaveValue('es');
  await select.selectOption('en');
  await expect(page.locator('#end-turn')).toHaveAccessibleName('End turn');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(gdp).toHaveText(/^\$\d+\.\d bn$/);
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('altiplano.settings') ?? '{}').lang)).toBe('en');
  expect(await page.evaluate(() => JSON.stringify((window as unknown as Lang).altiplano.store.getState().game))).toBe(before);
  consoleWatch.assertClean();
});

type Boards = {
  altiplano: {
    store: { getState: () => { choice: { side: string } | null; dispatch: (a: unknown) => Promise<{ ok: boolean }> } };
    views: { mountHudMeters: (root: HTMLElement, store: unknown, options: { scope: string }) => () => void };
  };
};

test('one panel mounted twice on a page: scoped ids, no duplicates, both copies follow the game', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  await page.goto('/');
  await waitForMap(page);
  await page.locator('#quick-start').click();
  // The game starts once its scenario has loaded, and the views load after the first frame: wait for both.
  await expect(page.locator('.meters-col .meter-row .value').first()).toBeVisible();
  await page.waitForFunction(() => (window as unknown as Boards).altiplano.views !== undefined);
  await page.evaluate(() => {
    const w = window as unknown as Boards;
    const second = document.createElement('section');
    second.id = 'board-2';
    second.setAttribute('aria-label', 'Second board');
    document.body.append(second);
    w.altiplano.views.mountHudMeters(second, w.altiplano.store, { scope: 'b2' });
  });
  const first = page.locator('.meters-col .meter-row .value');
  const second = page.locator('#board-2 .meter-row .value');
  await expect(second).toHaveCount(await first.count());
  await expect(page.locator('#board-2 #b2-why-gdp')).toHaveCount(1);
  const duplicates = () =>
    page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
      return ids.filter((id, i) => ids.indexOf(id) !== i);
    });
  expect(await duplicates()).toEqual([]);
  const values = async () => ({ one: await first.allTextContents(), two: await second.allTextContents() });
  const start = await values();
  expect(start.two).toEqual(start.one);

  const ended = await page.evaluate(async () => {
    const s = (window as unknown as Boards).altiplano.store.getState();
    return (await s.dispatch({ type: 'endPhase', actor: s.choice?.side })).ok;
  });
  expect(ended).toBe(true);
  await expect.poll(async () => (await values()).one).not.toEqual(start.one);
  const after = await values();
  expect(after.two).toEqual(after.one);
  expect(await duplicates()).toEqual([]);
  consoleWatch.assertClean();
});
