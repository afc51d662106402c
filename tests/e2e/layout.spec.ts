import { mkdirSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { waitForMap, watchConsole } from './helpers';

type Win = {
  altiplano: {
    store: { getState: () => { game: { turn: number; pending: { actor: string }[] } | null; choice: { side: string } | null } };
    map: () => { floating: () => number; busy: () => number };
  };
};

const SHOTS = '/tmp/shots';
const VIEWPORTS = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;
/** The most floating numbers the map may show at once (src/scenes/deltas.ts MAX_VISIBLE). */
const MAX_FLOATING = 10;

const turn = (page: Page) => page.evaluate(() => (window as unknown as Win).altiplano.store.getState().game?.turn ?? 0);

/** The area (CSS px²) of an element's box. */
async function area(page: Page, selector: string): Promise<number> {
  const box = await page.locator(selector).first().boundingBox();
  return box ? box.width * box.height : 0;
}

/** Elements under `selector` whose content is wider than their box, or that stick out of the window. */
async function overflowing(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const out: string[] = [];
    for (const root of document.querySelectorAll(sel))
      for (const el of [root, ...root.querySelectorAll('*')]) {
        // Not shown, or visually hidden for screen readers only (a 1px clipped box).
        if (!(el instanceof HTMLElement) || !el.checkVisibility() || el.clientWidth <= 1) continue;
        const style = getComputedStyle(el);
        const clipped = style.overflowX === 'hidden' || style.overflowX === 'clip';
        const r = el.getBoundingClientRect();
        const name = `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
        if (clipped && el.scrollWidth > el.clientWidth + 1) out.push(`${name}: content ${el.scrollWidth} in ${el.clientWidth}`);
        if (r.right > window.innerWidth + 1 || r.left < -1)
          out.push(`${name}: outside the window (${Math.round(r.left)}–${Math.round(r.right)})`);
      }
    return out;
  }, selector);
}

/** Starts the default game as a person does and waits for the map. */
async function quickStart(page: Page): Promise<void> {
  await page.goto('/');
  await waitForMap(page);
  await page.locator('#quick-start').click();
  await expect(page.locator('.start-screen')).toBeHidden();
  await clearWelcome(page);
}

/** The first-game guide and the objectives shown before the first move: skipped and closed, as a returning player does. */
async function clearWelcome(page: Page): Promise<void> {
  const skip = page.getByRole('button', { name: 'Skip the guide' });
  if (await skip.isVisible()) await skip.click();
  const objectives = page.locator('#objectives-toggle[aria-expanded="true"]');
  if (await objectives.count()) await objectives.click();
}

for (const vp of VIEWPORTS) {
  test(`at ${vp.width}×${vp.height} the map is the largest panel and nothing is cut off`, async ({ page }) => {
    test.setTimeout(90_000);
    const console_ = watchConsole(page);
    await page.setViewportSize(vp);
    await quickStart(page);
    const canvas = '#map canvas';
    await expect
      .poll(() =>
        page.evaluate(() =>
          Math.abs((document.getElementById('map')?.clientHeight ?? 0) - (document.querySelector('#map canvas')?.clientHeight ?? -99)),
        ),
      )
      .toBeLessThan(2);
    const map = await area(page, canvas);
    for (const other of ['.meters-col', '.side', '.map-controls', 'header.top'])
      expect(map, `the map (${map}) is larger than ${other} (${await area(page, other)})`).toBeGreaterThan(await area(page, other));
    // The map takes at least a third of the window.
    expect(map / (vp.width * vp.height)).toBeGreaterThan(0.33);

    // The top bar holds on one line: Game menu sits level with End turn, inside the window.
    const end = await page.locator('#end-turn').boundingBox();
    const menu = await page.locator('details.menu > summary').boundingBox();
    expect(end && menu && Math.abs(end.y + end.height / 2 - (menu.y + menu.height / 2))).toBeLessThan(12);
    expect((menu?.x ?? 0) + (menu?.width ?? 0)).toBeLessThanOrEqual(vp.width);
    expect(await overflowing(page, 'header.top')).toEqual([]);
    // A department with sites: its figures and site list fit their box.
    await page.locator('.mapctl-departments button', { hasText: 'Potosí' }).click();
    await expect(page.locator('.selected-department')).toContainText('Potosí');
    expect(await overflowing(page, '.map-controls')).toEqual([]);
    // The departments' figures as a table, at the foot of the side panel, opened.
    await page.locator('.departments-table > summary').click();
    await expect(page.locator('table.departments')).toBeVisible();
    expect(await overflowing(page, '.meters-col, .side')).toEqual([]);
    await page.locator('.departments-table > summary').click();
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/E-game-${vp.width}.png` });

    // The game menu: the import label and its file picker fit the menu.
    await page.locator('details.menu > summary').click();
    await expect(page.locator('details.menu .save-import-label')).toBeVisible();
    expect(await overflowing(page, 'details.menu .menu-body')).toEqual([]);
    const body = await page.locator('details.menu .menu-body').boundingBox();
    for (const sel of ['.save-import-label', '.save-import']) {
      const b = await page.locator(`details.menu ${sel}`).boundingBox();
      expect(b && body && b.x >= body.x - 1 && b.x + b.width <= body.x + body.width + 1, `${sel} inside the menu`).toBe(true);
    }
    await page.screenshot({ path: `${SHOTS}/E-menu-${vp.width}.png` });
    await page.keyboard.press('Escape');
    await page.locator('details.menu > summary').click();
    console_.assertClean();
  });
}

test('either side column folds away, the map takes the room, and the choice holds for the session', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await quickStart(page);
  const width = () => page.evaluate(() => document.querySelector('#map canvas')?.clientWidth ?? 0);
  const before = await width();
  const hideMeters = page.getByRole('button', { name: 'Hide meters' });
  await expect(hideMeters).toHaveAttribute('aria-expanded', 'true');
  await hideMeters.click();
  await expect(page.locator('.meters-col')).toBeHidden();
  await expect.poll(width).toBeGreaterThan(before + 200);
  await page.getByRole('button', { name: 'Hide actions' }).click();
  await expect(page.locator('.side')).toBeHidden();
  await expect.poll(width).toBeGreaterThan(1300);
  await page.screenshot({ path: `${SHOTS}/E-folded-1366.png` });
  // Kept for the session (a reload resumes the game with the columns still folded).
  await page.reload();
  await waitForMap(page);
  await clearWelcome(page);
  await expect(page.locator('.meters-col')).toBeHidden();
  const show = page.getByRole('button', { name: 'Show meters' });
  await expect(show).toHaveAttribute('aria-expanded', 'false');
  await show.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.meters-col')).toBeVisible();
  await page.getByRole('button', { name: 'Show actions' }).click();
  await expect(page.locator('.side')).toBeVisible();
  await expect.poll(width).toBeLessThan(before + 2);
});

test('the End turn shortcut ends the turn, not while typing or in a dialog; focus after answering an event is sensible', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const console_ = watchConsole(page);
  await quickStart(page);
  const endTurn = page.locator('#end-turn');
  await expect(endTurn).toHaveAttribute('aria-keyshortcuts', 'E');
  await expect(endTurn.locator('kbd')).toHaveText('E');
  await expect(endTurn).toHaveAccessibleName('End turn');

  // In a field, E is a letter: the overlay switch's radio, and the deal builder (a dialog).
  await page.getByRole('radio', { name: 'Stability' }).focus();
  await page.keyboard.press('e');
  expect(await turn(page)).toBe(1);
  await page.getByRole('button', { name: 'Negotiate…' }).click();
  await expect(page.locator('dialog.deal-builder')).toBeVisible();
  await page.keyboard.press('e');
  expect(await turn(page)).toBe(1);
  await page.keyboard.press('Escape');
  await expect(page.locator('dialog.deal-builder')).toBeHidden();
  // Focus came back to the button that opened the builder.
  await expect(page.getByRole('button', { name: 'Negotiate…' })).toBeFocused();

  // Anywhere else on the game screen, E ends the turn.
  await page.keyboard.press('e');
  await expect.poll(() => turn(page)).toBe(2);
  // The report opens; closing it puts focus back where play goes on.
  await expect(page.locator('dialog#turn-report')).toBeVisible();
  await page.keyboard.press('e');
  expect(await turn(page)).toBe(2);
  await page.keyboard.press('Escape');
  await expect(page.locator('dialog#turn-report')).toBeHidden();
  await expect(page.locator(':focus')).toHaveCount(1);

  // On until an event asks for an answer; answer it from the keyboard; focus lands on something sensible.
  let answered = false;
  for (let i = 0; i < 12 && !answered; i++) {
    const option = page.locator('.events-panel .option button').first();
    if (await option.isVisible()) {
      const events = await page.locator('.events-panel .option button').count();
      // This button, not "the first option": a second event may wait, and its own first option takes the place.
      const answeredButton = page.locator(`[id="${await option.getAttribute('id')}"]`);
      await option.focus();
      await page.keyboard.press('Enter');
      await expect(answeredButton).not.toBeAttached();
      const focused = await page.evaluate(async () => {
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const a = document.activeElement as HTMLElement | null;
        return a && a !== document.body ? a.id || a.className || a.tagName : 'body';
      });
      // The next event's heading when more wait, else End turn (now enabled).
      expect(focused, `${events} options were shown`).toMatch(/^(events-title|end-turn)$/);
      if (focused === 'end-turn') await expect(endTurn).toBeEnabled();
      answered = true;
      break;
    }
    const t = await turn(page);
    await page.keyboard.press('e');
    await expect.poll(() => turn(page)).toBe(t + 1);
    const report = page.locator('dialog#turn-report');
    if (await report.isVisible()) await page.keyboard.press('Escape');
  }
  expect(answered, 'an event asked for an answer within 12 turns').toBe(true);
  console_.assertClean();
});

for (const vp of VIEWPORTS) {
  test(`watching at fast speed at ${vp.width}×${vp.height}: floating numbers stay under the cap and the map stays readable`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(vp);
    await page.goto('/');
    await waitForMap(page);
    await page.getByRole('radio', { name: /Watch the computer play itself/ }).check();
    await page.getByRole('button', { name: 'Start the game' }).click();
    await page.getByRole('radio', { name: 'Fast' }).check();
    let most = 0;
    let seen = 0;
    let shot = false;
    for (let i = 0; i < 40; i++) {
      const n = await page.evaluate(() => (window as unknown as Win).altiplano.map().floating());
      most = Math.max(most, n);
      if (n > 0) seen++;
      // The map in full motion (the game runs to its end in a few seconds at this speed).
      if (!shot && n >= 5) {
        shot = true;
        await page.screenshot({ path: `${SHOTS}/E-watch-fast-${vp.width}.png` });
      }
      await page.waitForTimeout(100);
    }
    expect(seen, 'numbers floated while the computer played').toBeGreaterThan(2);
    expect(most).toBeLessThanOrEqual(MAX_FLOATING);
  });
}
