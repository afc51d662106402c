import { readFileSync, writeFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { seriousViolations, waitForMap, watchConsole } from './helpers';
import { dismissReport, screen, startPlaying } from './playHelpers';

/**
 * The teacher makes a class setup (two team links of one world); two teams each finish that class game from their link with different
 * choices and hand in their save files (the existing export); the teacher loads both, and a
 * tampered copy, on compare.html: both scores are read there, the tampered file is refused with
 * its reason, and where the teams chose differently is shown side by side.
 */

// Two whole games and the comparison, on a shared and often loaded machine.
test.describe.configure({ timeout: 300_000 });

const SEED = '4242';

type Win = {
  altiplano: {
    store: {
      getState: () => {
        choice: { side: string } | null;
        game: { over?: { scores: Record<string, { score: number; max: number }> } } | null;
      };
    };
  };
};

/**
 * Plays a team's class game from its setup link to the end as a person does: every event waiting for the team is answered
 * with the option at `pick` (first or last), reports are closed, and the turn is ended. Returns
 * how many events it answered.
 */
async function playClassGame(page: Page, pick: 'first' | 'last', link: string): Promise<number> {
  await page.goto(link);
  await page.getByRole('button', { name: 'Start the class game' }).click();
  await waitForMap(page);
  await startPlaying(page);
  let answered = 0;
  for (let i = 0; i < 200; i++) {
    if ((await screen(page)) === 'end') return answered;
    await dismissReport(page);
    const options = page.locator('.events-panel .option button');
    if (await options.first().isVisible()) {
      await (pick === 'first' ? options.first() : options.last()).click();
      answered++;
      continue;
    }
    const end = page.getByRole('button', { name: 'End turn' });
    await expect(end).toBeEnabled();
    await end.click();
  }
  throw new Error('the game did not end');
}

/** The team's own score as the game keeps it, to a tenth as the pages show it. */
async function ownScore(page: Page): Promise<{ score: number; max: number }> {
  return page.evaluate(() => {
    const s = (window as unknown as Win).altiplano.store.getState();
    const card = s.game!.over!.scores[s.choice!.side]!;
    return { score: Math.round(card.score * 10) / 10, max: card.max };
  });
}

/** From the debrief back to the start screen, and its save panel's export: the file a team hands in. */
async function handIn(page: Page, name: string): Promise<string> {
  await page.getByRole('button', { name: 'New game' }).click();
  const exportButton = page.locator('.start-saves .save-panel').getByRole('button', { name: 'Export save file' });
  await exportButton.focus();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const path = test.info().outputPath(name);
  await download.saveAs(path);
  return path;
}

test('the teacher loads two teams’ files and a tampered copy: both scores are read, the tampered file is refused with its reason', async ({
  page,
  browser,
}) => {
  const console1 = watchConsole(page);
  // The start screen links to the comparison page (a new tab).
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Compare the teams’ games' })).toHaveAttribute('target', '_blank');
  // The teacher's setup: the class-length game of Paz's Bolivia, teams on Bolivia (where the events' choices are), one seed.
  await page.goto('/setup.html');
  await page.getByRole('radio', { name: /^Paz's Bolivia/ }).check();
  await page.getByLabel('Length').selectOption('class');
  await page.getByRole('checkbox', { name: 'United States' }).uncheck();
  await page.getByRole('checkbox', { name: 'Bolivia' }).check();
  await page.getByLabel('Seed', { exact: true }).fill(SEED);
  await page.getByLabel('Number of teams').fill('2');
  await page.getByLabel('Number of teams').press('Tab');
  await page.getByLabel('Name of team 1').fill('Condor');
  await page.getByLabel('Name of team 2').fill('Vicuna');
  const links = page.locator('.setup-team-link');
  await expect(links).toHaveCount(2);
  const link1 = (await links.nth(0).getAttribute('href')) ?? '';
  const link2 = (await links.nth(1).getAttribute('href')) ?? '';
  const first = await playClassGame(page, 'first', link1);
  const score1 = await ownScore(page);
  // The debrief links to the comparison page (a new tab).
  await expect(page.getByRole('link', { name: 'Compare the teams’ games' })).toHaveAttribute('href', './compare.html');
  const condor = await handIn(page, 'team-condor.json');

  // The second team, on its own device, answers every event the other way.
  const other = await browser.newContext();
  const page2 = await other.newPage();
  const console2 = watchConsole(page2);
  const second = await playClassGame(page2, 'last', link2);
  expect(first).toBeGreaterThan(0);
  expect(second).toBeGreaterThan(0);
  const score2 = await ownScore(page2);
  const vicuna = await handIn(page2, 'team-vicuna.json');
  console2.assertClean();
  await other.close();

  // A copy of the first file with one move's record changed after the game.
  const tamperedSave = JSON.parse(readFileSync(condor, 'utf8')) as { finalHash: string };
  tamperedSave.finalHash = '0123456789abcdef';
  const tampered = test.info().outputPath('team-puma.json');
  writeFileSync(tampered, JSON.stringify(tamperedSave));

  // The teacher opens the comparison page (the start screen links to it, see above) and loads all three at once.
  await page.goto('/compare.html');
  await expect(page.getByRole('heading', { level: 1, name: 'Compare the teams’ games' })).toBeVisible();
  await expect(page.getByTestId('compare-status')).toHaveText('No files loaded yet.');
  await page.getByLabel('Choose the teams’ save files (.json, several at once)').setInputFiles([condor, vicuna, tampered]);
  await expect(page.getByTestId('compare-status')).toHaveText('Files loaded: 2 verified, 1 refused.');

  // The tampered file is refused, with the save check's own reason; the others are compared.
  const refused = page.getByRole('region', { name: 'Refused file (1)' });
  await expect(refused).toContainText('team-puma.json: refused. The save does not replay to the same game: the final check failed.');
  const group = page.locator('.compare-group');
  await expect(group).toHaveCount(1);
  await expect(group.getByRole('heading', { level: 2 })).toHaveText(/: 2 teams$/);
  await expect(group).toContainText('Every team played the same setup');

  // One column per team, named after the team its save records, and each team's score as its own game has it.
  const teams = group.getByRole('table', { name: 'The teams', exact: true });
  const heads = teams.locator('thead th');
  await expect(heads).toHaveText(['1. Condor', '2. Vicuna']);
  const scores = teams.locator('.team-score');
  await expect(scores.nth(0)).toHaveText(new RegExp(`^${score1.score} of ${score1.max} \\(needs`));
  await expect(scores.nth(1)).toHaveText(new RegExp(`^${score2.score} of ${score2.max} \\(needs`));

  // The scores per objective, the deals, the moves that mattered and the meters are there for both.
  await expect(group.getByRole('table', { name: /^Scores for / }).locator('tbody tr')).not.toHaveCount(0);
  await expect(group.getByRole('table', { name: 'Deals signed and refused' })).toBeVisible();
  await expect(group.getByRole('table', { name: 'The moves that mattered most' })).toBeVisible();
  const charts = group.locator('.compare-chart-card');
  expect(await charts.count()).toBeGreaterThan(3);
  const stability = group.locator('.compare-chart-card[data-meter="stability"]');
  await expect(stability.getByRole('img')).toHaveAttribute('aria-label', /^Stability: 1\. Condor from .+; 2\. Vicuna from .+$/);
  await expect(stability.locator('.team-line')).toHaveCount(2);

  // Where the teams answered an event differently, both answers side by side.
  const choices = group.getByRole('table', { name: 'Where the teams chose differently' });
  await expect(choices.locator('tbody tr')).not.toHaveCount(0);
  const cells = choices.locator('tbody tr').first().locator('td');
  await expect(cells).toHaveCount(2);
  expect(await cells.nth(0).textContent()).not.toBe(await cells.nth(1).textContent());

  // Each team's buttons: its decisions as CSV (one row per move of its save, after the header) and its replay in a new tab.
  const vicunaSave = JSON.parse(readFileSync(vicuna, 'utf8')) as { actions: unknown[] };
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    teams.getByRole('button', { name: 'Decisions of Vicuna (CSV)' }).click(),
  ]);
  expect(csv.suggestedFilename()).toMatch(/decisions\.csv$/);
  const rows = readFileSync(await csv.path(), 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(rows[0]).toMatch(/^scenario,/);
  expect(rows.length - 1).toBe(vicunaSave.actions.length);
  const [replayTab] = await Promise.all([
    page.context().waitForEvent('page'),
    teams.getByRole('button', { name: 'Replay the game of Condor (new tab)' }).click(),
  ]);
  await expect(replayTab.getByText(/^Replay — team-condor\.json: turn \d+ of \d+/)).toBeVisible({ timeout: 60_000 });
  await replayTab.close();

  expect(await seriousViolations(page), 'comparison page').toEqual([]);
  await page.screenshot({ path: '/tmp/shots/G-compare.png', fullPage: true });
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: '/tmp/shots/G-compare-print.png', fullPage: true });
  console1.assertClean();
});

test('files dropped on the page are read like picked ones: what is not a save is refused with its reason', async ({ page }) => {
  const console_ = watchConsole(page);
  await page.goto('/compare.html');
  const status = page.getByTestId('compare-status');
  await expect(status).toHaveText('No files loaded yet.');
  const zone = page.locator('#compare-drop');
  const files = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['our notes, not a save'], 'notes.txt', { type: 'text/plain' }));
    dt.items.add(new File([JSON.stringify({ format: 'something-else' })], 'other.json', { type: 'application/json' }));
    return dt;
  });
  await zone.dispatchEvent('dragover', { dataTransfer: files });
  await expect(zone).toContainText('Drop the files to load them.');
  await zone.dispatchEvent('drop', { dataTransfer: files });
  await expect(status).toHaveText('Files loaded: 0 verified, 2 refused.');
  const refused = page.getByRole('region', { name: 'Refused files (2)' });
  await expect(refused.getByRole('listitem')).toHaveText([
    'notes.txt: refused. The file is not a save file: it is not valid JSON.',
    'other.json: refused. The file is not an Altiplano save file.',
  ]);
  await expect(zone).toContainText('Or drop the files here.');
  // Nothing to compare, and a way to start again.
  await expect(page.locator('.compare-group')).toHaveCount(0);
  await page.getByRole('button', { name: 'Remove all files' }).click();
  await expect(status).toHaveText('No files loaded yet.');
  await expect(refused).toHaveCount(0);
  console_.assertClean();
});
