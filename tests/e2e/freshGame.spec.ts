import { copyFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { waitForMap, watchConsole } from './helpers';

type State = {
  ui: { screen: string; selectedDepartment: string | null; meterDetail: unknown; notice: unknown; actionCards: { open: string[] } };
  game: { turn: number; over?: unknown } | null;
  choice: { seed: number } | null;
  log: unknown[];
};
type Win = { altiplano: { store: { getState: () => State } } };

const state = (page: Page) =>
  page.evaluate(() => {
    const s = (window as unknown as Win).altiplano.store.getState();
    return {
      screen: s.ui.screen,
      turn: s.game?.turn ?? 0,
      seed: s.choice?.seed ?? 0,
      log: s.log.length,
      selected: s.ui.selectedDepartment,
      causes: s.ui.meterDetail !== null,
      open: s.ui.actionCards.open.length,
    };
  });

/** Closes the turn report if it shows, as a player would (its button). */
async function closeReport(page: Page): Promise<void> {
  const close = page.locator('#report-close');
  if (await close.isVisible()) await close.click();
}

/** Plays a turn as a person: answers any event with its first option, then End turn; closes the report. */
async function playTurn(page: Page): Promise<void> {
  const turn = (await state(page)).turn;
  for (let i = 0; i < 5 && (await page.locator('.events-panel .option button').count()) > 0; i++)
    await page.locator('.events-panel .option button').first().click();
  await page.locator('#end-turn').click();
  await expect.poll(async () => (await state(page)).turn).toBe(turn + 1);
  await closeReport(page);
}

/** The first-game guide and the objectives shown before the first move: skipped and closed, as a returning player does. */
async function clearWelcome(page: Page): Promise<void> {
  const skip = page.getByRole('button', { name: 'Skip the guide' });
  if (await skip.isVisible()) await skip.click();
  const objectives = page.locator('#objectives-toggle[aria-expanded="true"]');
  if (await objectives.count()) await objectives.click();
}

/** The game menu's save panel. */
const menuSaves = (page: Page) => page.locator('details.menu .save-panel');

async function openMenu(page: Page): Promise<void> {
  const details = page.locator('details.menu');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
}

test('a new game after a played one starts clean: no old notice, cards closed, scroll at the top, turn 1', async ({ page }) => {
  test.setTimeout(120_000);
  const console_ = watchConsole(page);
  await page.goto('/');
  await waitForMap(page);
  await page.locator('#quick-start').click();
  await clearWelcome(page);
  await playTurn(page);
  // The autosave resumes the game after a reload, and says so.
  await page.reload();
  await waitForMap(page);
  await clearWelcome(page);
  await expect(menuSaves(page).getByTestId('save-status')).toContainText('Your saved game was resumed (turn 2)');

  // Leave marks everywhere: a department selected, an action card open, a meter's causes open, the side panel scrolled.
  await page.locator('.mapctl-departments button').first().click();
  const card = page.locator('.actions-panel details.action > summary').first();
  await card.click();
  await expect(page.locator('.actions-panel details.action[open]')).toHaveCount(1);
  await page.locator('.meters-col .why').first().click();
  await expect(page.locator('.causes-panel')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.locator('.meters-col .why').first().click();
  await page.locator('.side').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await page.locator('.meters-col').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  const marked = await state(page);
  expect(marked.selected).not.toBeNull();
  expect(marked.causes).toBe(true);
  expect(marked.open).toBe(1);
  expect(await page.locator('.side').evaluate((el) => el.scrollTop)).toBeGreaterThan(0);

  // Game menu → New game: the start screen says nothing about the game just left.
  await openMenu(page);
  await page.locator('#menu-new-game').click();
  await expect(page.locator('.start-screen')).toBeVisible();
  await expect(page.locator('.start-screen').getByTestId('save-status')).toHaveText('');
  await expect(page.locator('.start-screen')).not.toContainText('resumed');
  await page.locator('.start-screen').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await page.locator('#quick-start').click();

  // The new game: turn 1, nothing selected or open, no notice, every box at its top.
  await expect(page.locator('.start-screen')).toBeHidden();
  const fresh = await state(page);
  expect(fresh).toMatchObject({ screen: 'game', turn: 1, selected: null, causes: false, open: 0 });
  await expect(page.locator('.causes-panel')).toBeHidden();
  await expect(page.locator('.actions-panel details.action[open]')).toHaveCount(0);
  await expect(page.locator('.selected-department')).not.toContainText('Potosí');
  expect(await page.locator('.side').evaluate((el) => el.scrollTop)).toBe(0);
  expect(await page.locator('.meters-col').evaluate((el) => el.scrollTop)).toBe(0);
  await expect(menuSaves(page).getByTestId('save-status')).toHaveText('');
  // The screen reader's live regions say nothing from the last game.
  const live = await page.evaluate(() =>
    [...document.querySelectorAll('.shell [aria-live="polite"]')]
      .map((e) => e.textContent?.trim() ?? '')
      .filter((t) => /resumed|taken|broke/i.test(t)),
  );
  expect(live).toEqual([]);
  // And the start screen it came from opens at its top next time.
  await openMenu(page);
  await page.locator('#menu-new-game').click();
  expect(await page.locator('.start-screen').evaluate((el) => el.scrollTop)).toBe(0);
  console_.assertClean();
});

test('importing a save over a game in progress asks first; cancel keeps the game, replace loads the save', async ({ page }) => {
  test.setTimeout(120_000);
  const console_ = watchConsole(page);
  await page.goto('/');
  await waitForMap(page);
  await page.locator('#quick-start').click();
  await clearWelcome(page);
  await playTurn(page);
  // Export this game (turn 2) from the menu.
  await openMenu(page);
  const exportButton = menuSaves(page).getByRole('button', { name: 'Export save file' });
  await exportButton.focus();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const path = test.info().outputPath('save.json');
  await download.saveAs(path);
  const saved = await state(page);

  // Another game, played on: the one the import would replace.
  await openMenu(page);
  await page.locator('#menu-new-game').click();
  await page.locator('#start-seed').fill(String(saved.seed + 1));
  await page.locator('#start-game').click();
  await clearWelcome(page);
  await playTurn(page);
  await playTurn(page);
  const playing = await state(page);
  expect(playing.turn).toBe(3);
  expect(playing.seed).not.toBe(saved.seed);

  // Import: a question, with the keyboard on "keep playing"; Escape answers it so, and nothing changes.
  await openMenu(page);
  const input = menuSaves(page).getByLabel('Choose a save file (.json) to import');
  await input.setInputFiles(path, { timeout: 10_000 });
  const ask = page.getByRole('dialog', { name: 'Replace the game in progress?' });
  await expect(ask).toBeVisible();
  await expect(ask).toContainText('turn 3');
  await expect(ask.getByRole('button', { name: 'Keep playing this game' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(ask).toBeHidden();
  expect(await state(page)).toEqual(playing);
  await expect(menuSaves(page).getByTestId('save-status')).toContainText('Nothing was imported');
  await expect(input).toBeFocused();

  // The same with the button, then Replace: the saved game is back, fresh. (Copies under other
  // names, so the picker reports a new choice each time.)
  const copy = (name: string): string => {
    const p = test.info().outputPath(name);
    copyFileSync(path, p);
    return p;
  };
  await input.setInputFiles(copy('again.json'));
  await ask.getByRole('button', { name: 'Keep playing this game' }).click();
  await expect(ask).toBeHidden();
  expect(await state(page)).toEqual(playing);
  await input.setInputFiles(copy('once-more.json'));
  await ask.getByRole('button', { name: 'Replace it with the save' }).click();
  await expect(menuSaves(page).getByTestId('save-status')).toContainText('replayed and verified');
  const loaded = await state(page);
  expect(loaded).toMatchObject({ turn: saved.turn, seed: saved.seed, log: saved.log, selected: null, open: 0 });
  console_.assertClean();
});
