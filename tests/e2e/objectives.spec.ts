import { expect, type Page, test } from '@playwright/test';
import { seriousViolations, waitForMap, watchConsole } from './helpers';

async function startGame(page: Page, opts: { length?: string; seed: string; hotseat?: boolean }): Promise<void> {
  await page.goto('/');
  await waitForMap(page);
  if (opts.hotseat) await page.getByRole('radio', { name: /Two players on this device/ }).check();
  if (opts.length) await page.getByLabel('Length').selectOption(opts.length);
  await page.getByLabel('Seed').fill(opts.seed);
  await page.getByRole('button', { name: 'Start the game' }).click();
}

test('the objectives and the running score are shown before the first move, and the turn report says how the score changed and why', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const consoleWatch = watchConsole(page);
  await page.setViewportSize({ width: 1366, height: 768 });
  await startGame(page, { length: 'class', seed: '831004' });

  // Before any move: the panel is open with the briefing, this game's length, the score and each objective.
  const panel = page.getByRole('region', { name: 'Objectives: United States' });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Before your first move');
  await expect(panel).toContainText('Situation:');
  await expect(panel).toContainText('These are the objectives of this game: One class period');
  await expect(panel.locator('.objectives-total')).toContainText(/If the game ended now: [\d.]+ of 120 points; [\d.]+ needed to win\./);
  // The class game's own objectives are there; the long game's are not, nor any "(class game)" label.
  await expect(panel.getByText('A foothold: US influence of 21 or more')).toBeVisible();
  await expect(panel.getByText('Lead China in Potosí (Uyuni)')).toHaveCount(0);
  await expect(panel).not.toContainText('(class game)');
  // A range objective shows its start, now and range from the data, and what moves it.
  const influence = panel.locator('[data-objective="influence"]');
  await expect(influence).toContainText(/Started at [\d.]+, now [\d.]+\. Scores from 5 \(0 points\) to 50 \(all 10\)\./);
  await expect(influence).toContainText('Your moves that help:');
  const bar = influence.getByRole('progressbar');
  await expect(bar).toHaveAttribute('aria-valuetext', /^[\d.]+ of 10 points: [\d.]+ now, from 5 toward 50$/);
  // The toggle in the top bar carries the same running score.
  const toggle = page.locator('#objectives-toggle');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const before = Number((await toggle.locator('.objectives-score').textContent())?.match(/^([\d.]+) \/ 120 pts/)?.[1]);
  expect(before).toBeGreaterThan(0);
  const objectiveTexts = await panel.locator('.objective-text').allTextContents();
  expect(objectiveTexts).toHaveLength(10);
  expect(await seriousViolations(page), 'objectives panel at the start').toEqual([]);
  await page.screenshot({ path: '/tmp/shots/A-start-1366.png' });

  // "Start playing" folds the panel and sends the keyboard on to End turn.
  await panel.getByRole('button', { name: 'Start playing' }).click();
  await expect(panel).toBeHidden();
  await expect(page.getByRole('button', { name: 'End turn' })).toBeFocused();
  await page.getByRole('button', { name: 'End turn' }).click();

  // The turn report: the score's change and the objectives that moved it.
  const report = page.locator('dialog#turn-report');
  await expect(report).toBeVisible();
  const change = report.locator('.score-change');
  await expect(change.getByRole('heading', { name: 'Your score' })).toBeVisible();
  const total = (await change.locator('.score-change-total').textContent()) ?? '';
  const m = total.match(/([\d.]+) → ([\d.]+) points \(([+−±][\d.]+)\); ([\d.]+) needed to win\./);
  expect(m, total).not.toBeNull();
  expect(Number(m?.[1])).toBeCloseTo(before, 1);
  const lines = change.locator('.score-change-lines li');
  expect(await lines.count()).toBeGreaterThan(0);
  // Each reason names an objective of the panel and its change in points.
  const first = (await lines.first().textContent())?.trim() ?? '';
  expect(first).toMatch(/^.+: [+−][\d.]+/);
  expect(objectiveTexts.some((t) => first.startsWith(`${t}:`))).toBe(true);
  await page.screenshot({ path: '/tmp/shots/A-report-1366.png' });
  await page.keyboard.press('Escape');
  await expect(report).toBeHidden();

  // The score on the button follows the report; the panel opens again with one click (or the keyboard).
  const after = Number(m?.[2]);
  await expect(toggle.locator('.objectives-score')).toContainText(`${after % 1 === 0 ? after : after.toFixed(1)} / 120 pts`);
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(panel).toBeVisible();
  await expect(panel).not.toContainText('Before your first move');
  await page.screenshot({ path: '/tmp/shots/A-panel-1366.png' });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect(panel).toBeVisible();
  await page.screenshot({ path: '/tmp/shots/A-panel-1920.png' });
  await page.setViewportSize({ width: 1366, height: 768 });
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(panel).toBeHidden();
  await expect(toggle).toBeFocused();
  consoleWatch.assertClean();
});

test('hot-seat: each side sees only its own objectives, Bolivia before its own first move', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await startGame(page, { seed: '5150', hotseat: true });
  const us = page.getByRole('region', { name: 'Objectives: United States' });
  await expect(us).toBeVisible();
  await expect(us).toContainText('These are the objectives of the full game (20 turns).');
  await expect(us.getByText('Raise US influence in Bolivia toward 50')).toBeVisible();
  // Nothing of Bolivia's objectives anywhere on the page.
  await expect(page.locator('.objectives-panel')).not.toContainText('Bring inflation down toward 4%');
  await expect(page.locator('[data-side="bolivia"]')).toHaveCount(0);
  await us.getByRole('button', { name: 'Start playing' }).click();
  await page.getByRole('button', { name: 'End turn' }).click();

  await page
    .getByRole('dialog', { name: 'Pass the device to Bolivia' })
    .getByRole('button', { name: /Bolivia/ })
    .click();
  const bo = page.getByRole('region', { name: 'Objectives: Bolivia' });
  await expect(bo).toBeVisible();
  await expect(bo).toContainText('Before your first move');
  await expect(bo.getByText('Bring inflation down toward 4%')).toBeVisible();
  await expect(page.locator('.objectives-panel')).not.toContainText('Raise US influence in Bolivia toward 50');
  await expect(page.locator('.objectives-panel [data-side="us"]')).toHaveCount(0);
  await expect(page.locator('#objectives-toggle .objectives-score')).toContainText(/^[\d.]+ \/ \d+ pts$/);
  await page.screenshot({ path: '/tmp/shots/A-hotseat-bolivia-1366.png' });

  // The turn report's score is the reader's own: Bolivia's when Bolivia ends the turn, the United States' once it takes the device.
  await bo.getByRole('button', { name: 'Start playing' }).click();
  await page.getByRole('button', { name: 'End turn' }).click();
  const report = page.locator('dialog#turn-report');
  await expect(report.locator('.score-change[data-actor="bolivia"]')).toHaveCount(1);
  await expect(report.locator('.score-change[data-actor="us"]')).toHaveCount(0);
  await page
    .getByRole('dialog', { name: 'Pass the device to United States' })
    .getByRole('button', { name: /United States/ })
    .click();
  await expect(report.locator('.score-change[data-actor="us"]')).toHaveCount(1);
  await expect(report.locator('.score-change[data-actor="bolivia"]')).toHaveCount(0);
});

test('watching: every side objectives on demand, and the debrief says by how much each bar was beaten or missed and why', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await waitForMap(page);
  await page.getByRole('radio', { name: /Watch the computer play itself/ }).check();
  await page.getByLabel('Length').selectOption('class');
  await page.getByRole('button', { name: 'Start the game' }).click();
  const bar = page.getByRole('group', { name: 'Watching the computer play' });
  await expect(bar).toBeVisible();
  await bar.locator('#watch-play').click();
  // A watcher is not shown the panel by itself; one click shows every playable side.
  const panel = page.getByRole('region', { name: 'Objectives of every side' });
  await expect(panel).toBeHidden();
  await page.locator('#objectives-toggle').click();
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'United States' })).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Bolivia' })).toBeVisible();
  await page.screenshot({ path: '/tmp/shots/A-watch-1366.png' });
  await panel.getByRole('button', { name: 'Close' }).click();
  await bar.getByRole('button', { name: 'Play', exact: true }).click();

  await expect(page.locator('.end-screen')).toBeVisible({ timeout: 200_000 });
  const cards = page.locator('.score-card');
  expect(await cards.count()).toBeGreaterThan(1);
  for (const card of await cards.all()) {
    const verdict = (await card.locator('.verdict-line').textContent()) ?? '';
    const margin = (await card.locator('.margin-line').textContent()) ?? '';
    const v = verdict.match(/([\d.]+) of (\d+) points \(needed ([\d.]+)\)/);
    expect(v, verdict).not.toBeNull();
    const [score, winAt] = [Number(v?.[1]), Number(v?.[3])];
    if (score >= winAt) expect(margin).toMatch(/^(Won by [\d.]+ points over the bar of [\d.]+\.|Every objective met: a win\.)$/);
    else {
      expect(margin).toBe(`Missed the bar of ${winAt} by ${Math.round((winAt - score) * 10) / 10} points.`);
      await expect(card.locator('.decided-line')).toContainText('Points left on the table:');
    }
  }
  await page.screenshot({ path: '/tmp/shots/A-end-1366.png' });
});
