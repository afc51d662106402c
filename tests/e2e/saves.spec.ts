import { readFileSync, writeFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { waitForMap, watchConsole } from './helpers';

/**
 * Saves end to end: autosave and resume on reload, export and import on "another
 * machine" (a fresh browser context), refusal of corrupt files with the game left
 * untouched, and settings remembered.
 */

// Several page loads per test on a shared, often loaded machine: more room than the default.
test.describe.configure({ timeout: 120_000 });

type Snapshot = {
  turn: number;
  national: Record<string, number>;
  logLength: number;
  scenarioId: string;
  side: string;
  seed: number;
  game: string;
};

type Win = {
  altiplano: {
    store: {
      getState: () => {
        cards: { id: string; face: { actors: { id: string; playable?: boolean }[] } }[];
        choice: { scenarioId: string; side: string; seed: number } | null;
        game: { turn: number; national: Record<string, number>; over?: unknown } | null;
        log: unknown[];
        startGame: (c: { scenarioId: string; side: string; seed: number }) => Promise<boolean>;
        dispatch: (a: unknown) => Promise<{ ok: boolean }>;
      };
    };
  };
};

/** Starts a game (as the start screen does) unless one is under way. */
async function ensureGame(page: Page, seed = 42): Promise<void> {
  await page.evaluate(async (seed) => {
    const s = (window as unknown as Win).altiplano.store.getState();
    if (s.game && !s.game.over) return;
    const card = s.cards.find((x) => x.id === 'paz-pivot') ?? s.cards[0]!;
    const side = card.face.actors.find((a) => a.playable)!.id;
    if (!(await s.startGame({ scenarioId: card.id, side, seed }))) throw new Error('could not start a game');
  }, seed);
}

/** Plays one turn: the human ends their phase (the End turn button's action), the AI answers. */
async function playTurn(page: Page): Promise<void> {
  const before = await snapshot(page);
  await page.evaluate(async () => {
    type Full = ReturnType<Win['altiplano']['store']['getState']> & {
      entry: { scenario: { events?: { id: string; options?: { id: string }[] }[] } };
      game: { pending: { id: number; event: string; actor: string }[] };
    };
    const store = (window as unknown as Win).altiplano.store;
    const side = store.getState().choice!.side;
    // Answer any event waiting for the player (first option), as the events panel does.
    for (const p of (store.getState() as Full).game.pending.filter((x) => x.actor === side)) {
      const option = (store.getState() as Full).entry.scenario.events?.find((e) => e.id === p.event)?.options?.[0]?.id;
      if (!option || !(await store.getState().dispatch({ type: 'chooseOption', actor: side, choice: p.id, option })).ok)
        throw new Error('could not answer an event');
    }
    if (!(await store.getState().dispatch({ type: 'endPhase', actor: side })).ok) throw new Error('end of turn refused');
  });
  const after = await snapshot(page);
  expect(after.turn).toBe(before.turn + 1);
  // The turn report opens after a turn: close it as the player would.
  const close = page.locator('#report-close');
  if (await close.isVisible()) await close.click();
}

async function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(() => {
    const s = (window as unknown as Win).altiplano.store.getState();
    return {
      turn: s.game!.turn,
      national: s.game!.national,
      logLength: s.log.length,
      scenarioId: s.choice!.scenarioId,
      side: s.choice!.side,
      seed: s.choice!.seed,
      game: JSON.stringify(s.game),
    };
  });
}

/** The save panel in the game menu (it may be mounted elsewhere too, e.g. on the start screen). */
const menuPanel = (page: Page) => page.locator('details.menu .save-panel');

/** Opens the game menu that holds the save and settings panels. */
async function openMenu(page: Page): Promise<void> {
  const details = page.locator('details.menu');
  if ((await details.count()) > 0 && !(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
    await details.locator('summary').click();
}

test('the game saves itself: after a reload the same game is back', async ({ page }) => {
  const console_ = watchConsole(page);
  await page.goto('/');
  await waitForMap(page);
  await ensureGame(page);
  await playTurn(page);
  await playTurn(page);
  const before = await snapshot(page);
  expect(before.turn).toBeGreaterThanOrEqual(3);

  await page.reload();
  await waitForMap(page);
  const after = await snapshot(page);
  expect(after.turn).toBe(before.turn);
  expect(after.national).toEqual(before.national);
  expect(after.logLength).toBe(before.logLength);
  expect(after.game).toBe(before.game);
  // The resumed game carries on: one more turn goes through.
  await playTurn(page);
  console_.assertClean();
});

test('export a save file and import it on another machine', async ({ page, browser }) => {
  const console_ = watchConsole(page);
  await page.goto('/');
  await waitForMap(page);
  await ensureGame(page, 7);
  await playTurn(page);
  const original = await snapshot(page);

  await openMenu(page);
  const exportButton = menuPanel(page).getByRole('button', { name: 'Export save file' });
  await expect(exportButton).toBeVisible();
  // From the keyboard. (A pointer click can miss here: when the top bar wraps, the menu's
  // body is laid out past the left edge of the window, a layout issue of the menu.)
  await exportButton.focus();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^altiplano-${original.scenarioId}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
  const path = test.info().outputPath('save.json');
  await download.saveAs(path);
  const save = JSON.parse(readFileSync(path, 'utf8')) as {
    format: string;
    actions: unknown[];
    turnHashes: unknown[];
    scenario: { id: string; hash: string };
  };
  expect(save.format).toBe('altiplano-save');
  expect(save.actions.length).toBe(original.logLength);
  expect(save.turnHashes.length).toBe(original.turn - 1);
  await expect(menuPanel(page).getByTestId('save-status')).toContainText(download.suggestedFilename());

  // Another machine: a new context, empty storage, no game yet.
  const other = await browser.newContext();
  const page2 = await other.newPage();
  const console2 = watchConsole(page2);
  await page2.goto('/');
  await waitForMap(page2);
  expect(await page2.evaluate(() => localStorage.getItem('altiplano.autosave'))).toBeNull();
  // A game of their own is under way there (another seed): the import replaces it.
  await ensureGame(page2, 1234);
  expect((await snapshot(page2)).game).not.toBe(original.game);
  await openMenu(page2);
  const input = menuPanel(page2).getByLabel('Choose a save file (.json) to import');
  await input.setInputFiles(path);
  // A game is in progress there: the import asks before it replaces it.
  await page2
    .getByRole('dialog', { name: 'Replace the game in progress?' })
    .getByRole('button', { name: 'Replace it with the save' })
    .click();
  await expect(menuPanel(page2).getByTestId('save-status')).toContainText('replayed and verified');
  const imported = await snapshot(page2);
  expect(imported).toEqual(original);
  // And it is autosaved there too.
  expect(await page2.evaluate(() => localStorage.getItem('altiplano.autosave'))).not.toBeNull();
  console_.assertClean();
  console2.assertClean();
  await other.close();
});

test('a corrupt save file is refused with a clear message and the game is untouched', async ({ page }) => {
  const console_ = watchConsole(page);
  await page.goto('/');
  await waitForMap(page);
  await ensureGame(page, 9);
  await playTurn(page);
  await openMenu(page);
  // From the keyboard: focus the button and press Enter.
  await menuPanel(page).getByRole('button', { name: 'Export save file' }).focus();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const good = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
    actions: { type: string; actor: string }[];
    scenario: { hash: string };
    turnHashes: { hash: string }[];
  };

  // Play on, so the game in progress differs from the save; wait for the autosave to catch up
  // (it is written just after the screen updates) before taking it as the reference.
  await playTurn(page);
  await page.waitForFunction(() => {
    const raw = localStorage.getItem('altiplano.autosave');
    const w = window as unknown as { altiplano: { store: { getState: () => { log: unknown[] } } } };
    return raw !== null && (JSON.parse(raw) as { actions: unknown[] }).actions.length === w.altiplano.store.getState().log.length;
  });
  const current = await snapshot(page);
  const autosave = await page.evaluate(() => localStorage.getItem('altiplano.autosave'));
  const input = menuPanel(page).getByLabel('Choose a save file (.json) to import');
  const status = menuPanel(page).getByTestId('save-status');

  const tryFile = async (name: string, content: string, message: RegExp): Promise<void> => {
    const path = test.info().outputPath(name);
    writeFileSync(path, content);
    await input.setInputFiles(path);
    await expect(status).toContainText('refused', { timeout: 10_000 });
    await expect(status).toContainText(message);
    expect(await snapshot(page)).toEqual(current);
    expect(await page.evaluate(() => localStorage.getItem('altiplano.autosave'))).toBe(autosave);
  };

  // One action edited: an actor who does not exist ends a phase.
  const edited = structuredClone(good);
  const i = edited.actions.findIndex((a) => a.type === 'endPhase');
  edited.actions[i] = { type: 'endPhase', actor: 'atlantis' };
  await tryFile('edited-action.json', JSON.stringify(edited), new RegExp(`move ${i + 1} was refused`));

  // The scenario changed since the save (its hash differs).
  const rehashed = structuredClone(good);
  rehashed.scenario.hash = '0123456789abcdef';
  await tryFile('scenario-hash.json', JSON.stringify(rehashed), /has changed since/);

  // A tampered turn hash.
  const tampered = structuredClone(good);
  tampered.turnHashes[0]!.hash = 'ffffffffffffffff';
  await tryFile('turn-hash.json', JSON.stringify(tampered), /end of turn 1 failed/);

  // Not JSON at all.
  await tryFile('not-json.json', '{ this is not json', /not valid JSON/);

  await expect(status).toHaveClass(/error/);
  console_.assertClean();
});

test('a corrupt autosave is set aside at boot with a notice, not a crash', async ({ page }) => {
  const console_ = watchConsole(page);
  await page.goto('/');
  await waitForMap(page);
  await page.evaluate(() => localStorage.setItem('altiplano.autosave', '{"format":"altiplano-save","version":1,"trunc'));
  await page.reload();
  await waitForMap(page);
  // The notice is on the start screen, where the page opens (the board and its menu are under it, not painted).
  const status = page.locator('.start-saves .save-panel').getByTestId('save-status');
  await expect(status).toBeVisible();
  await expect(status).toContainText('could not be resumed');
  await expect(status).toContainText('not valid JSON');
  expect(await page.evaluate(() => localStorage.getItem('altiplano.autosave.refused'))).toContain('trunc');
  // The game works as usual.
  await ensureGame(page);
  await playTurn(page);
  console_.assertClean();
});

test('sound settings are set by keyboard and remembered across a reload', async ({ page }) => {
  const console_ = watchConsole(page);
  await page.goto('/');
  await waitForMap(page);
  await ensureGame(page);
  await openMenu(page);
  const master = page.getByRole('slider', { name: 'Master volume' });
  const music = page.getByRole('slider', { name: 'Music volume' });
  const effects = page.getByRole('slider', { name: 'Effects volume' });
  const mute = page.getByRole('checkbox', { name: 'Mute all sound' });
  await expect(master).toHaveValue('80');
  await master.focus();
  for (let k = 0; k < 6; k++) await page.keyboard.press('ArrowLeft');
  await expect(master).toHaveValue('50');
  await expect(page.locator('#setting-master-value')).toHaveText('50%');
  await music.fill('20');
  await effects.fill('65');
  await mute.focus();
  await page.keyboard.press('Space');
  await expect(mute).toBeChecked();

  await page.reload();
  await waitForMap(page);
  await ensureGame(page);
  await openMenu(page);
  await expect(master).toHaveValue('50');
  await expect(music).toHaveValue('20');
  await expect(effects).toHaveValue('65');
  await expect(mute).toBeChecked();
  await expect(page.locator('#setting-music-value')).toHaveText('20%');
  console_.assertClean();
});
