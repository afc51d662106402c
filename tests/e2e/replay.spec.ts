import { expect, type Page, test } from '@playwright/test';
import { seriousViolations, waitForMap, watchConsole } from './helpers';
import { dismissReport, playToEnd, screen, startPlaying } from './playHelpers';

/**
 * Replay and branch (issue 13, part 4), played as a person: a class game to the end, its replay
 * scrubbed to turn 3 (the meters shown are that turn's history, the map's figures moved between
 * turns, nothing can be played), then "Play from here" at turn 3 and another choice at turn 4: turns
 * 1-3 hash as the original's, turn 4 does not, and the end screen says where the game branched from.
 */

test.describe.configure({ timeout: 240_000 });

type Win = {
  altiplano: {
    store: {
      getState: () => {
        game: { turn: number; history: { turn: number; national: Record<string, number> }[] } | null;
        turnHashes: { turn: number; hash: string }[];
        replay: { frame: number; last: number } | null;
        choice: { branchedFrom?: { label: string; turn: number; hash: string } } | null;
      };
    };
  };
};

const turnHashes = (page: Page) => page.evaluate(() => (window as unknown as Win).altiplano.store.getState().turnHashes.map((t) => t.hash));
const history = (page: Page) => page.evaluate(() => (window as unknown as Win).altiplano.store.getState().game?.history ?? []);

/** The HUD's meters by id, as assistive technology reads them. */
const shownMeters = (page: Page) =>
  page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const li of document.querySelectorAll('.meters-col li[data-meter]')) {
      const v = li.querySelector('[role="meter"]')?.getAttribute('aria-valuenow');
      out[li.getAttribute('data-meter') ?? ''] = Number(v);
    }
    return out;
  });

/** The departments table's rows as text (the map's figures, in words). */
const departmentRows = (page: Page) => page.locator('table.departments tbody tr').allInnerTexts();

test('replay a finished class game turn by turn, then play from turn 3 another way', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  await page.goto('/');
  await waitForMap(page);
  await page.getByLabel('Length').selectOption('class');
  await page.getByLabel('Seed').fill('4336');
  await page.getByRole('button', { name: 'Start the game' }).click();
  await startPlaying(page);
  await playToEnd(page);
  expect(await screen(page)).toBe('end');
  const original = await turnHashes(page);
  const past = await history(page);
  expect(original.length).toBe(6);

  // The end screen opens the replay at the last turn, the keyboard on the scrubber.
  await page.getByRole('button', { name: 'Replay this game turn by turn' }).click();
  const banner = page.locator('#replay-banner');
  await expect(banner).toContainText(/^Replay — altiplano-paz-pivot-\d{4}-\d\d-\d\d\.json: turn 6 of 6, as it ended/);
  const slider = page.getByRole('slider', { name: 'Turn shown' });
  await expect(slider).toBeFocused();
  expect(await screen(page)).toBe('game');
  // Nothing can be played: no End turn, no moves, no offers.
  await expect(page.getByRole('button', { name: 'End turn' })).toBeHidden();
  await expect(page.locator('.actions-panel')).toBeHidden();
  await expect(page.locator('.offers-panel')).toBeHidden();

  // Back three turns with the arrow key, and once with the button, then forward with the other.
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
  await expect(banner).toContainText('turn 3 of 6, as it ended');
  await page.locator('.departments-table summary').click();
  const atThree = await departmentRows(page);
  expect(await shownMeters(page)).toEqual(Object.fromEntries(Object.entries(past[3]!.national).map(([k, v]) => [k, Number(v.toFixed(3))])));
  // The news as it stood then: its newest turn is the one shown.
  const dateOf = async (): Promise<string> => /\((\d{4} Q\d)\)/.exec((await banner.textContent()) ?? '')?.[1] ?? '';
  await expect(page.locator('.news-panel .news-turn h3').first()).toHaveText(await dateOf());
  await page.screenshot({ path: '/tmp/shots/replay-turn3.png' });
  await page.getByRole('button', { name: 'Previous turn' }).click();
  await expect(banner).toContainText('turn 2 of 6, as it ended');
  await expect(slider).toHaveValue('2');
  expect(await shownMeters(page)).toEqual(Object.fromEntries(Object.entries(past[2]!.national).map(([k, v]) => [k, Number(v.toFixed(3))])));
  await expect(page.locator('.news-panel .news-turn h3').first()).toHaveText(await dateOf());
  const atTwo = await departmentRows(page);
  expect(atTwo).not.toEqual(atThree);
  await page.getByRole('button', { name: 'Next turn' }).click();
  await expect(banner).toContainText('turn 3 of 6, as it ended');
  expect(await departmentRows(page)).toEqual(atThree);
  expect(await seriousViolations(page)).toEqual([]);

  // Play from here: a new game at turn 4 whose history is the original's up to turn 3's end.
  await page.getByRole('button', { name: 'Play from here' }).click();
  await expect(banner).toBeHidden();
  await expect(page.locator('#turn-status')).toContainText('Turn 4 of 6');
  expect(await turnHashes(page)).toEqual(original.slice(0, 3));
  const from = await page.evaluate(() => (window as unknown as Win).altiplano.store.getState().choice?.branchedFrom);
  expect(from).toMatchObject({ turn: 3, hash: original[2] });

  // Another way at turn 4: the original only ended its turns; here a move is taken first.
  await dismissReport(page);
  const card = page.locator('.actions-panel details.action:not(.unavailable)').first();
  await card.locator('summary').click();
  const confirm = card.getByRole('button', { name: /^Confirm: / });
  await expect(confirm).toBeEnabled();
  await confirm.click();
  await playToEnd(page);
  const branch = await turnHashes(page);
  expect(branch.slice(0, 3)).toEqual(original.slice(0, 3));
  expect(branch[3]).not.toBe(original[3]);
  await expect(page.locator('.end-head .meta')).toContainText(/Branched from altiplano-paz-pivot-[\d-]+\.json at turn 3\./);
  await page.screenshot({ path: '/tmp/shots/replay-branch-end.png' });
  consoleWatch.assertClean();
});
