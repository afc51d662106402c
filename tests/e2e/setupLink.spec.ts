import { readFileSync } from 'node:fs';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { renderSVG } from 'uqr';
import { seriousViolations, waitForMap, watchConsole } from './helpers';
import { startPlaying } from './playHelpers';

/**
 * The class kit's setup, played as a teacher and as teams: the setup page makes a link and a
 * handout per team; a link opened on another device (a fresh browser context) shows that setup,
 * starts exactly that game and labels it; the team's save is named after the team; a bad or
 * tampered link opens the normal start screen saying what was wrong.
 */

test.describe.configure({ timeout: 150_000 });

type Win = {
  altiplano: {
    store: {
      getState: () => {
        ui: { screen: string };
        choice: { scenarioId: string; side: string; seed: number; preset?: string; aiLevel?: string; mode?: string; team?: string } | null;
        game: { turn: number } | null;
      };
    };
  };
};

/** A device no one has played on yet (past the first-game guide, as every spec's page is). */
async function freshDevice(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    storageState: {
      cookies: [],
      origins: [{ origin: baseURL, localStorage: [{ name: 'altiplano.settings', value: JSON.stringify({ guideDone: true }) }] }],
    },
  });
  return context.newPage();
}

const choiceOf = (page: Page) => page.evaluate(() => (window as unknown as Win).altiplano.store.getState().choice);
const screenOf = (page: Page) => page.evaluate(() => (window as unknown as Win).altiplano.store.getState().ui.screen);

/** The teacher's setup page, opened from the start screen's link (a new tab). */
async function openSetupPage(page: Page): Promise<Page> {
  await page.goto('/');
  const link = page.getByRole('link', { name: 'Class setup (for teachers)' });
  await expect(link).toBeVisible();
  const [setup] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
  await setup.waitForLoadState();
  await expect(setup).toHaveURL(/\/setup\.html$/);
  await expect(setup.getByRole('heading', { level: 1 })).toHaveText('Class setup');
  return setup;
}

test('a teacher makes a link and a handout per team; a team opens its link on another device and plays exactly that game', async ({
  page,
  browser,
  baseURL,
}, info) => {
  const teacherWatch = watchConsole(page);
  const setup = await openSetupPage(page);
  const setupWatch = watchConsole(setup);

  // The teacher's choices: the class-length game of Paz's Bolivia, teams playing Bolivia against a hard computer, seed 4242.
  await setup.getByRole('radio', { name: /^Paz's Bolivia/ }).check();
  const length = setup.getByLabel('Length');
  const classPreset = await length.locator('option[value="class"]').textContent();
  await length.selectOption('class');
  await setup.getByRole('checkbox', { name: 'United States' }).uncheck();
  // No side left: the page says so and makes no links.
  await expect(setup.locator('#setup-problems')).toContainText('Choose at least one side');
  await expect(setup.locator('.setup-team-link')).toHaveCount(0);
  await setup.getByRole('checkbox', { name: 'Bolivia' }).check();
  await setup.getByLabel('How strong the computer plays').selectOption('hard');
  // A seed box left empty holds the links back, saying why, until it holds a whole number.
  await setup.getByLabel('Seed', { exact: true }).fill('');
  await expect(setup.locator('#setup-problems')).toContainText('The seed must be a whole number');
  await setup.getByLabel('Seed', { exact: true }).fill('4242');
  await setup.getByLabel('Number of teams').fill('2');
  await setup.getByLabel('Number of teams').press('Tab');
  await setup.getByLabel('Name of team 1').fill('Los Cóndores');
  await expect(setup.getByLabel('Name of team 2')).toHaveAttribute('placeholder', 'Team 2');

  // One link per team, each with its check code; one handout per team.
  const links = setup.locator('.setup-team-link');
  await expect(links).toHaveCount(2);
  const items = setup.locator('.setup-link-list > li');
  await expect(items.nth(0)).toContainText('Los Cóndores: plays Bolivia');
  await expect(items.nth(1)).toContainText('Team 2: plays Bolivia');
  const code1 = /check code ([A-Z2-9]{4})/.exec((await items.nth(0).textContent()) ?? '')?.[1];
  expect(code1).toBeTruthy();
  const link1 = (await links.nth(0).getAttribute('href')) ?? '';
  expect(new URL(link1).pathname).toBe('/index.html');
  expect(Object.fromEntries(new URL(link1).searchParams)).toMatchObject({
    scenario: 'paz-pivot',
    preset: 'class',
    side: 'bolivia',
    controllers: 'ai',
    level: 'hard',
    seed: '4242',
    lang: 'en',
    team: 'Los Cóndores',
    check: code1,
  });

  const handouts = setup.locator('.handout');
  await expect(handouts).toHaveCount(2);
  const first = handouts.nth(0);
  await expect(first.getByRole('heading', { level: 2 })).toHaveText('Los Cóndores: your game of Altiplano');
  await expect(first).toContainText('You play Bolivia.');
  await expect(first).toContainText('seed 4242');
  // The link to type, readable (its letters as letters), and the same address.
  await expect(first.locator('.handout-url a')).toHaveText(decodeURI(link1));
  await expect(first.locator('.handout-url a')).toHaveAttribute('href', link1);
  expect(decodeURI(link1)).toContain('team=Los+Cóndores');
  await expect(first.locator('.handout-objectives li').first()).toContainText(/\(\d+ points?\)$/);
  await expect(first).toContainText(`altiplano-los-cóndores-paz-pivot-`);
  await expect(first).toContainText(`(code ${code1})`);
  // The QR code is the link itself, drawn as an image from our own SVG.
  const qr = first.getByRole('img', { name: 'QR code of the link for Los Cóndores' });
  const src = (await qr.getAttribute('src')) ?? '';
  expect(decodeURIComponent(src.replace(/^data:image\/svg\+xml;charset=utf-8,/, ''))).toBe(
    renderSVG(link1, { ecc: 'M', border: 2, pixelSize: 4 }),
  );
  expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

  // Printed: the handouts only, one page each.
  await setup.emulateMedia({ media: 'print' });
  await expect(setup.locator('.setup-form')).toBeHidden();
  await expect(handouts.nth(1)).toBeVisible();
  await setup.screenshot({ path: info.outputPath('handouts-print.png'), fullPage: true });
  const pdf = (await setup.pdf({ format: 'A4' })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length).toBe(2);
  await setup.emulateMedia({ media: 'screen' });
  expect(await seriousViolations(setup)).toEqual([]);

  // Both sides chosen: the teams take them in turn.
  await setup.getByRole('checkbox', { name: 'United States' }).check();
  await expect(items.nth(0)).toContainText('Los Cóndores: plays United States');
  await expect(items.nth(1)).toContainText('Team 2: plays Bolivia');
  // Hot-seat: each team plays both sides on one device; both briefings still fit its one page.
  await setup.getByRole('radio', { name: /^The same team, taking turns on one device/ }).check();
  await expect(items.nth(1)).toContainText('Team 2: plays United States and Bolivia (hot-seat, on one device)');
  await expect(handouts.nth(0).locator('.handout-side')).toHaveCount(2);
  await setup.emulateMedia({ media: 'print' });
  expect((await setup.pdf({ format: 'A4' })).toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBe(2);

  // Team 1, on a device of its own: the start screen shows the setup, locked, and Start plays it.
  const team = await freshDevice(browser, baseURL ?? '');
  const teamWatch = watchConsole(team);
  await team.goto(link1);
  const line = team.locator('#class-line');
  const said = `Class setup: Paz's Bolivia (from November 2025) · ${classPreset?.trim()} · you play Bolivia · seed 4242 · for Los Cóndores (code ${code1})`;
  await expect(line).toHaveText(said);
  await expect(team.locator('#start-game')).toHaveCount(0);
  await expect(team.locator('#quick-start')).toHaveCount(0);
  await expect(team.getByRole('heading', { name: 'Briefing: Bolivia' })).toBeVisible();
  expect(await seriousViolations(team)).toEqual([]);
  await team.screenshot({ path: info.outputPath('class-start.png') });
  await team.getByRole('button', { name: 'Start the class game' }).click();
  await waitForMap(team);
  await startPlaying(team);
  // The game keeps the setup in sight.
  await expect(team.locator('#class-label')).toHaveText(said);
  expect(await choiceOf(team)).toEqual({
    scenarioId: 'paz-pivot',
    side: 'bolivia',
    seed: 4242,
    preset: 'class',
    turns: expect.any(Number),
    mode: 'solo',
    aiLevel: 'hard',
    team: 'Los Cóndores',
  });
  await team.screenshot({ path: info.outputPath('class-game.png') });

  // The hand-in: the exported save is named after the team and carries it.
  const details = team.locator('details.menu');
  await details.locator('summary').click();
  const exportButton = team.locator('details.menu .save-panel').getByRole('button', { name: 'Export save file' });
  await exportButton.focus();
  const [download] = await Promise.all([team.waitForEvent('download'), team.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(/^altiplano-los-cóndores-paz-pivot-\d{4}-\d{2}-\d{2}\.json$/);
  const saved = JSON.parse(readFileSync(await download.path(), 'utf8')) as { setup: { team?: string; seed: number; side: string } };
  expect(saved.setup).toMatchObject({ team: 'Los Cóndores', seed: 4242, side: 'bolivia' });

  // A reload keeps the team in its class game (the autosave is the class game).
  await team.reload();
  await waitForMap(team);
  await expect(team.locator('#class-label')).toBeVisible();
  expect(await screenOf(team)).toBe('game');

  teacherWatch.assertClean();
  setupWatch.assertClean();
  teamWatch.assertClean();
  await team.context().close();
});

test('a bad or tampered link opens the normal start screen saying what was wrong; a team may leave its setup on purpose', async ({
  page,
  browser,
  baseURL,
}, info) => {
  const setup = await openSetupPage(page);
  await setup.getByLabel('Seed', { exact: true }).fill('777');
  const link = (await setup.locator('.setup-team-link').first().getAttribute('href')) ?? '';
  await setup.close();

  const device = await freshDevice(browser, baseURL ?? '');
  const watch = watchConsole(device);
  const refused = device.locator('#class-link-refused');
  const normalStart = device.locator('#start-game');

  // A changed seed, with the old check code.
  const tampered = new URL(link);
  tampered.searchParams.set('seed', '778');
  await device.goto(tampered.toString());
  await expect(refused).toContainText(
    `This class setup link cannot be used: its check code “${tampered.searchParams.get('check')}” does not match`,
  );
  await expect(normalStart).toBeVisible();
  await expect(device.locator('#class-line')).toHaveCount(0);
  await device.screenshot({ path: info.outputPath('bad-link.png') });

  // A setting the game does not know; one missing; a scenario that does not exist.
  await device.goto(`${link}&cheat=1`);
  await expect(refused).toContainText('it has a setting the game does not know, “cheat”.');
  const missing = new URL(link);
  missing.searchParams.delete('level');
  await device.goto(missing.toString());
  await expect(refused).toContainText('its “level” setting is missing.');
  const unknown = new URL(link);
  unknown.searchParams.set('scenario', 'atlantis');
  await device.goto(unknown.toString());
  await expect(refused).toContainText('it names a scenario this game does not have, “atlantis”.');
  await expect(normalStart).toBeVisible();

  // A game of their own in this browser: the good link still opens on its setup, not on that game.
  await device.goto('/');
  await device.locator('#quick-start').click();
  await expect.poll(() => screenOf(device)).toBe('game');
  // Saved in this browser (the autosave follows a move by a moment).
  await expect.poll(() => device.evaluate(() => localStorage.getItem('altiplano.autosave') !== null)).toBe(true);
  await device.goto(link);
  await expect(device.locator('#class-line')).toContainText('seed 777');
  // That game was put back (it is in the store, for later), but the screen stays on the class setup.
  await expect.poll(async () => (await choiceOf(device)) !== null).toBe(true);
  expect((await choiceOf(device))?.team).toBeUndefined();
  expect(await screenOf(device)).toBe('start');
  await expect(device.getByRole('button', { name: 'Start the class game' })).toBeVisible();
  await expect(device.getByTestId('save-status').first()).not.toContainText('resumed');

  // "Play something else": the normal start screen, the setup's values kept, the address plain.
  await device.getByRole('button', { name: 'Play something else' }).click();
  await expect(normalStart).toBeVisible();
  await expect(device.locator('#class-line')).toHaveCount(0);
  await expect(device.locator('#start-seed')).toHaveValue('777');
  expect(new URL(device.url()).search).toBe('');
  watch.assertClean();
  await device.context().close();
});
