import { expect, type Page, test } from '@playwright/test';
import { seriousViolations, waitForMap, watchConsole } from './helpers';
import { playToEnd, startPlaying } from './playHelpers';

/** Presses Tab until the element with this id has focus (as a keyboard user reaches it); fails after `most` presses. */
async function tabTo(page: Page, id: string, most = 60): Promise<void> {
  for (let i = 0; i < most; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((want) => document.activeElement?.id === want, id)) return;
  }
  throw new Error(`#${id} was not reached with ${most} presses of Tab`);
}

test('the teacher guide opens from the start screen by keyboard, shows the plan and the notes, and prints without the page controls', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  const consoleWatch = watchConsole(page);
  await page.goto('/');
  await waitForMap(page);

  // The link sits under the scenario's card, reached with Tab and opened with Enter (in a new tab).
  await tabTo(page, 'guide-paz-pivot');
  const opened = context.waitForEvent('page');
  await page.keyboard.press('Enter');
  const guide = await opened;
  const guideWatch = watchConsole(guide);
  await guide.waitForLoadState();
  await expect(guide).toHaveURL(/teacher-guide\.html\?scenario=paz-pivot$/);
  await expect(guide.getByRole('heading', { level: 1 })).toHaveText(/^Teacher guide: Paz's Bolivia/);

  // The timed plan: its steps, their minutes from the start of the lesson, adding up to 50.
  const plan = guide.locator('.tg-plan > li');
  expect(await plan.count()).toBeGreaterThanOrEqual(4);
  await expect(guide.getByRole('heading', { name: 'Lesson plan (50 minutes)' })).toBeVisible();
  await expect(plan.last()).toContainText(/minute \d+–50/);
  await expect(plan.first()).toContainText('minute 0–');

  // Roles with the playable sides and the seating, what to watch for.
  const roles = guide.getByRole('region', { name: 'Roles and teams' });
  await expect(roles).toContainText('Playable sides: United States and Bolivia');
  await expect(roles).toContainText('hot-seat');
  await expect(guide.getByRole('region', { name: 'What to watch for' }).locator('li').first()).toBeVisible();

  // The three core questions, each with its note; the extensions labelled, each with its note.
  const core = guide.getByRole('region', { name: 'Discussion questions and what a good answer contains' });
  await expect(core.locator('.tg-questions > li')).toHaveCount(3);
  await expect(core.locator('.tg-note')).toHaveCount(3);
  await expect(core.locator('.tg-note').first()).toContainText('A good answer:');
  const ext = guide.getByRole('region', { name: 'Extension questions' });
  const extCount = await ext.locator('.tg-questions > li').count();
  expect(extCount).toBeGreaterThan(0);
  await expect(ext.locator('.tg-note')).toHaveCount(extCount);
  await expect(ext.locator('.extension-label').first()).toHaveText('Extension:');

  // The fact-check exercise: the guide's claims, then the claims in play listed from the sources.
  const facts = guide.getByRole('region', { name: 'Fact-check exercise' });
  await expect(facts.locator('table').first().locator('tbody tr').first()).toBeVisible();
  await expect(facts.getByRole('heading', { name: 'Claims students can find in play' })).toBeVisible();
  const inPlay = facts.locator('table tr[data-path]');
  expect(await inPlay.count()).toBeGreaterThan(5);
  // None of them is simply confirmed; the Nobel claim is there, on Bolivia's card.
  await expect(facts.locator('tr[data-path] .verdict-confirmed')).toHaveCount(0);
  await expect(facts.locator('tr[data-path="actors.bolivia"]', { hasText: 'two-time Nobel' })).toContainText('wrong');
  expect(await seriousViolations(guide), 'teacher guide').toEqual([]);

  // On paper: one document, the page controls gone, the content kept.
  await expect(guide.locator('#tg-print')).toBeVisible();
  await guide.emulateMedia({ media: 'print' });
  await expect(guide.locator('#tg-print')).toBeHidden();
  await expect(guide.locator('#tg-back')).toBeHidden();
  await expect(guide.locator('#teacher-guide')).toBeVisible();
  await expect(guide.locator('body')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  await guide.screenshot({ path: test.info().outputPath('teacher-guide-print.png'), fullPage: true });
  guideWatch.assertClean();
  consoleWatch.assertClean();
});

test('the briefing before the first move and the debrief show the three core questions and the extensions, labelled', async ({ page }) => {
  test.setTimeout(120_000);
  const consoleWatch = watchConsole(page);
  await page.goto('/');
  await waitForMap(page);
  // The class game (six turns), as a lesson plays it.
  await page.getByLabel('Length').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Start the game' }).click();

  const panel = page.locator('#objectives-panel');
  await expect(panel).toBeVisible();
  const questions = panel.getByRole('region', { name: 'Questions to think about as you play' });
  await expect(questions.locator('.core-questions > li')).toHaveCount(3);
  await expect(questions.getByRole('heading', { name: /^Extension questions/ })).toBeVisible();
  await expect(questions.locator('.extensions .extension-label').first()).toHaveText('Extension:');
  expect(await seriousViolations(page), 'briefing with the questions').toEqual([]);

  // The game menu also leads to the guide.
  await startPlaying(page);
  await page.locator('.menu > summary', { hasText: 'Game menu' }).click();
  await expect(page.locator('#menu-teacher-guide')).toHaveAttribute('href', './teacher-guide.html?scenario=paz-pivot');
  await page.keyboard.press('Escape');

  // The debrief at the end of the class game lists the same questions.
  await playToEnd(page);
  const end = page.locator('.end-inner');
  await expect(end).toBeVisible();
  await expect(end.locator('.core-questions > li')).toHaveCount(3);
  await expect(end.locator('.extensions .extension-label').first()).toHaveText('Extension:');
  // The printed debrief keeps them, without the buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(end.locator('.core-questions')).toBeVisible();
  await expect(end.locator('.extensions')).toBeVisible();
  await expect(page.locator('#print')).toBeHidden();
  consoleWatch.assertClean();
});

test('every shipped scenario has its guide; an unknown id lists the guides there are', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  await page.goto('/teacher-guide.html?scenario=arce-era');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Teacher guide: Arce's Bolivia/);
  const core = page.getByRole('region', { name: 'Discussion questions and what a good answer contains' });
  await expect(core.locator('.tg-note')).toHaveCount(3);
  await expect(page.getByRole('region', { name: 'Fact-check exercise' }).locator('tr[data-path]').first()).toBeVisible();
  expect(await seriousViolations(page), 'Arce guide').toEqual([]);

  await page.goto('/teacher-guide.html?scenario=nowhere');
  await expect(page.getByText('There is no scenario called “nowhere”')).toBeVisible();
  await page.getByRole('link', { name: /^Paz's Bolivia/ }).click();
  await expect(page).toHaveURL(/scenario=paz-pivot$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Teacher guide: Paz's Bolivia/);
  consoleWatch.assertClean();
});
