import { writeFileSync } from 'node:fs';
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

test('replay a finished class game turn by turn, then play from turn 3 another way', async ({ page, browser }) => {
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

  // The branch's save (its autosave, as a file) on another machine: replayed from the start screen,
  // where it says where it branched from; a copy whose branch point was tampered with is refused.
  const read = () => page.evaluate(() => localStorage.getItem('altiplano.autosave'));
  await expect.poll(async () => (JSON.parse((await read()) ?? '{}') as { turnHashes?: unknown[] }).turnHashes?.length).toBe(6);
  const text = (await read()) as string;
  const file = test.info().outputPath('branch.json');
  writeFileSync(file, text);
  const tampered = JSON.parse(text) as { setup: { branchedFrom: { turn: number } } };
  tampered.setup.branchedFrom.turn = 2;
  const tamperedFile = test.info().outputPath('tampered.json');
  writeFileSync(tamperedFile, JSON.stringify(tampered));
  consoleWatch.assertClean();

  const other = await browser.newContext();
  const page2 = await other.newPage();
  const console2 = watchConsole(page2);
  await page2.goto('/');
  await waitForMap(page2);
  const saves = page2.locator('.start-saves');
  const picker = saves.getByLabel('Choose a save file (.json) to replay');
  await picker.setInputFiles(tamperedFile);
  await expect(saves.getByTestId('save-status')).toHaveText(
    'This save file cannot be replayed, and nothing has changed. The save file is damaged: it says where it branched from, but its own history does not lead there.',
  );
  expect(await screen(page2)).toBe('start');
  await picker.setInputFiles(file);
  const banner2 = page2.locator('#replay-banner');
  await expect(banner2).toContainText('Replay — branch.json: turn 6 of 6, as it ended');
  await expect(page2.locator('.replay-bar')).toContainText(/Branched from altiplano-paz-pivot-[\d-]+\.json at turn 3\./);
  await expect(page2.getByRole('button', { name: 'Play from here' })).toBeDisabled();
  await page2.keyboard.press('Home');
  await expect(banner2).toHaveText('Replay — branch.json: the start, before turn 1 of 6');
  await page2.screenshot({ path: '/tmp/shots/replay-file-start.png' });
  await page2.getByRole('button', { name: 'Exit replay (back to the start screen)' }).click();
  expect(await screen(page2)).toBe('start');
  await expect(banner2).toBeHidden();

  // Another page of the app (the teacher's comparison) hands a team's file over for its replay.
  await page2.evaluate((t) => sessionStorage.setItem('altiplano.replay.handover', JSON.stringify({ text: t, label: 'team-a.json' })), text);
  await page2.reload();
  await waitForMap(page2);
  await expect(banner2).toContainText('Replay — team-a.json: turn 6 of 6, as it ended');
  console2.assertClean();
  await other.close();
});
