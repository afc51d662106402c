import { mkdirSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { seriousViolations, waitForMap, watchConsole } from './helpers';
import { startPlaying } from './playHelpers';

mkdirSync('/tmp/shots', { recursive: true });

test.use({ viewport: { width: 1366, height: 768 } });

/** Whether the settings this browser remembers say the guide was seen. */
async function guideRemembered(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const raw = localStorage.getItem('altiplano.settings');
    return raw !== null && (JSON.parse(raw) as { guideDone?: boolean }).guideDone === true;
  });
}

/** The guide's step heading, and the element it outlines. */
async function stepShown(page: Page, title: string, target: string): Promise<void> {
  const guide = page.getByRole('dialog', { name: title });
  await expect(guide).toBeVisible();
  await expect(page.locator('.guide-target')).toHaveCount(1);
  await expect(page.locator(target).first()).toHaveClass(/guide-target/);
}

test.describe('a first game, with nothing remembered', () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test('the guide walks through the first turn by keyboard, can be skipped, and does not come back after a reload', async ({ page }) => {
    const consoleWatch = watchConsole(page);
    await page.goto('/');
    await waitForMap(page);
    // Not on the start screen: the guide is about the game.
    await expect(page.locator('section.guide')).toHaveCount(0);
    await page.locator('#quick-start').click();
    // The briefing with the objectives is read first: the guide waits until it is closed.
    await expect(page.locator('.objectives-panel.start')).toBeVisible();
    await expect(page.locator('section.guide')).toHaveCount(0);
    await startPlaying(page);

    // Step 1: the goals. Focus is on Next, so a keyboard user can go on at once.
    const guide = page.locator('section.guide');
    await expect(guide).toBeVisible();
    await expect(guide).toContainText('Step 1 of 5');
    await expect(guide.getByRole('heading', { name: 'Your goals' })).toBeVisible();
    await expect(page.locator('.guide-target')).toHaveCount(1);
    await expect(page.locator('#guide-next')).toBeFocused();
    expect(await seriousViolations(page)).toEqual([]);
    await expect(page.locator('#objectives-toggle')).toHaveClass(/guide-target/);
    await page.screenshot({ path: '/tmp/shots/F-guide-goals.png' });

    await page.keyboard.press('Enter');
    await stepShown(page, 'Your budget', '.top .budgets');
    await expect(guide).toContainText('Step 2 of 5');
    await expect(guide).toContainText('Political capital');
    await page.screenshot({ path: '/tmp/shots/F-guide-budget.png' });

    await page.keyboard.press('Enter');
    await stepShown(page, 'Pick an action', '.actions-panel details.action:not(.unavailable)');
    await page.screenshot({ path: '/tmp/shots/F-guide-action.png' });

    // Back, by keyboard: Shift+Tab from Next reaches Back.
    await page.keyboard.press('Shift+Tab');
    await expect(page.locator('#guide-back')).toBeFocused();
    await page.keyboard.press('Enter');
    await stepShown(page, 'Your budget', '.top .budgets');
    await expect(page.locator('#guide-next')).toBeFocused();

    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await stepShown(page, 'See why a number moved', '.meters-col button.why');
    await page.screenshot({ path: '/tmp/shots/F-guide-why.png' });
    await page.keyboard.press('Enter');
    await stepShown(page, 'End the turn', '#end-turn');
    await expect(page.locator('#guide-next')).toHaveText('Got it');
    await page.screenshot({ path: '/tmp/shots/F-guide-end.png' });

    // Esc skips it; nothing stays outlined; the browser remembers.
    await page.keyboard.press('Escape');
    await expect(guide).toHaveCount(0);
    await expect(page.locator('.guide-target')).toHaveCount(0);
    expect(await guideRemembered(page)).toBe(true);

    // After a reload (the game resumes, or a new one starts) the guide stays away.
    await page.reload();
    await waitForMap(page);
    if (await page.locator('#quick-start').isVisible()) await page.locator('#quick-start').click();
    await expect(page.getByRole('button', { name: /^End turn/ })).toBeVisible();
    await expect(page.locator('#turn-status')).toContainText('Turn 1 of');
    await page.waitForTimeout(300);
    await expect(page.locator('section.guide')).toHaveCount(0);
    consoleWatch.assertClean();
  });

  test('the guide is skipped with its button, and can be started again from How to play', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    await page.locator('#quick-start').click();
    await startPlaying(page);
    await expect(page.locator('section.guide')).toBeVisible();
    await page.getByRole('button', { name: 'Skip the guide' }).click();
    await expect(page.locator('section.guide')).toHaveCount(0);
    expect(await guideRemembered(page)).toBe(true);

    await page.locator('details.menu summary').click();
    await page.locator('#menu-help').click();
    await page.getByRole('button', { name: 'Show the first-game guide again' }).click();
    await expect(page.locator('.how-to-play')).not.toBeVisible();
    await expect(page.getByRole('dialog', { name: 'Your goals' })).toBeVisible();
    await expect(page.locator('#guide-next')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.locator('section.guide')).toHaveCount(0);
  });

  test('two players on one device: the guide shows once, for the first player, and not again after the hand-over', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    await page.getByRole('radio', { name: /Two players on this device/ }).check();
    await page.getByRole('button', { name: 'Start the game' }).click();
    await expect(page.locator('.top .who')).toContainText('United States (two players)');
    await startPlaying(page);
    await expect(page.locator('section.guide')).toBeVisible();
    // The United States reads one step, then ends its move without finishing the guide.
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: 'Your budget' })).toBeVisible();
    await page.locator('#end-turn').click();
    const handover = page.getByRole('dialog', { name: 'Pass the device to Bolivia' });
    await expect(handover).toBeVisible();
    await expect(page.locator('section.guide')).toHaveCount(0);
    await handover.getByRole('button').click();
    await expect(page.locator('.top .who')).toContainText('Bolivia');
    await page.waitForTimeout(300);
    await expect(page.locator('section.guide')).toHaveCount(0);
    await expect(page.locator('.guide-target')).toHaveCount(0);
    expect(await guideRemembered(page)).toBe(true);
  });

  test('watching the computer play, the guide never shows', async ({ page }) => {
    await page.goto('/');
    await waitForMap(page);
    await page.getByLabel('Watch the computer play itself').check();
    await page.locator('#start-game').click();
    await expect(page.locator('#turn-status')).toContainText('Turn');
    await page.waitForTimeout(500);
    await expect(page.locator('section.guide')).toHaveCount(0);
    expect(await guideRemembered(page)).toBe(false);
  });
});

test('How to play opens from the game menu and from the start screen, and closes with focus back where it was', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  await page.goto('/');
  await waitForMap(page);

  // From the start screen.
  const fromStart = page.locator('#start-help');
  await fromStart.click();
  const help = page.getByRole('dialog', { name: 'How to play' });
  await expect(help).toBeVisible();
  await expect(page.locator('#help-title')).toBeFocused();
  await expect(help.getByRole('heading', { name: 'Sources and verdicts' })).toBeVisible();
  await expect(help.locator('.glossary-list')).toContainText('DFC');
  await page.locator('#help-close').click();
  await expect(help).not.toBeVisible();
  await expect(fromStart).toBeFocused();

  // From the game menu; Esc closes it.
  await page.locator('#quick-start').click();
  await page.locator('details.menu summary').click();
  const item = page.locator('#menu-help');
  await item.click();
  await expect(help).toBeVisible();
  for (const title of [
    'Your goal',
    'A turn',
    'Your budget',
    'Actions',
    'Deals',
    'Events',
    'The turn report',
    'Why numbers move',
    'Winning',
  ])
    await expect(help.getByRole('heading', { name: title, exact: true })).toBeVisible();
  // The glossary lists the scenario's words and the interface's own, explained.
  await expect(help.locator('.glossary-list')).toContainText('offtake');
  await expect(help.locator('.glossary-list')).toContainText('Political capital');
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: '/tmp/shots/F-how-to-play.png' });
  // A term of art in the page opens its meaning over the page; Esc closes only that, and focus returns to the term.
  const capital = help.locator('button.gloss-term', { hasText: 'Political capital' });
  await capital.click();
  const pop = page.getByRole('dialog', { name: 'Political capital' });
  await expect(pop).toBeVisible();
  await expect(pop).toContainText('refills at the start of every turn');
  await page.screenshot({ path: '/tmp/shots/F-glossary-in-help.png' });
  await page.keyboard.press('Escape');
  await expect(pop).not.toBeVisible();
  await expect(help).toBeVisible();
  await expect(capital).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(help).not.toBeVisible();
  // The menu closed as the page opened: focus is back on the menu's button, visible.
  const menuButton = page.locator('details.menu summary');
  await expect(menuButton).toBeFocused();
  await expect(page.locator('details.menu')).not.toHaveAttribute('open');

  // The same with the keyboard alone.
  await page.keyboard.press('Enter');
  await expect(item).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(item).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(help).toBeVisible();
  await expect(page.locator('#help-title')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(help).not.toBeVisible();
  await expect(menuButton).toBeFocused();
  consoleWatch.assertClean();
});

test('a term of art in an action card opens its plain explanation, and Esc gives focus back', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  await page.locator('#quick-start').click();
  await startPlaying(page);
  const card = page.locator('.actions-panel details.action[data-action="us_dfc_lithium_plant"]');
  await card.locator('summary').click();
  const term = card.locator('button.gloss-term').first();
  await expect(term).toBeVisible();
  const word = (await term.textContent()) ?? '';
  expect(word.length).toBeGreaterThan(1);
  await term.focus();
  await page.keyboard.press('Enter');
  const pop = page.locator(`[id="${await term.getAttribute('popovertarget')}"]`);
  await expect(pop).toHaveAttribute('role', 'dialog');
  await expect(pop).toBeVisible();
  await expect(pop).toBeFocused();
  await expect(pop.locator('.gloss-meaning')).not.toBeEmpty();
  await page.screenshot({ path: '/tmp/shots/F-glossary-popover.png' });
  await page.keyboard.press('Escape');
  await expect(pop).not.toBeVisible();
  await expect(term).toBeFocused();
  // The Close button closes it as well.
  await term.click();
  await expect(pop).toBeVisible();
  await pop.getByRole('button', { name: 'Close' }).click();
  await expect(pop).not.toBeVisible();

  // A meter's name in the HUD: a click on its term opens the meaning, not the meter's causes.
  const squeeze = page.locator('.meters-col button.gloss-term', { hasText: 'Fiscal squeeze' });
  await squeeze.scrollIntoViewIfNeeded();
  await squeeze.click();
  const meaning = page.getByRole('dialog', { name: 'Fiscal squeeze' });
  await expect(meaning).toBeVisible();
  await expect(meaning).toContainText('cutting its spending');
  expect(
    await page.evaluate(
      () =>
        (window as unknown as { altiplano: { store: { getState: () => { ui: { meterDetail: unknown } } } } }).altiplano.store.getState().ui
          .meterDetail,
    ),
  ).toBeNull();
  await page.screenshot({ path: '/tmp/shots/F-glossary-hud.png' });
  await page.keyboard.press('Escape');
  await expect(meaning).not.toBeVisible();
  await expect(squeeze).toBeFocused();
});
