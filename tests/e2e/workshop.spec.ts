import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { seriousViolations, waitForMap, watchConsole } from './helpers';
import { startPlaying } from './playHelpers';

/**
 * The scenario workshop, as an author uses it: drop a scenario file on the workshop, see its
 * problem at its line, fix it in the editor, play-test a turn in the game page, reload and find
 * the work kept, download it and check the download on the command line.
 */

const STARTER = readFileSync('scenarios/templates/starter.yaml', 'utf8');
// The author's file: the template with a typo in an event's key.
// Two slips, each said once (the validator does not report the mistyped key's 'missing' twin):
// two entries to move between with the keys, two fixes.
const TYPO = STARTER.replace('    chance: 0.5\n', '    chanse: 0.5\n').replace('    cooldown: 2\n', '    coldown: 2\n');
const TYPO_LINE = TYPO.split('\n').findIndex((l) => l.includes('chanse')) + 1;

/** Drops a file on the editor as a browser does (a DataTransfer holding a File). */
async function dropFile(page: Page, name: string, text: string): Promise<void> {
  const data = await page.evaluateHandle(
    ([n, t]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], n, { type: 'application/yaml' }));
      return dt;
    },
    [name, text] as const,
  );
  const zone = page.locator('.ws-edit');
  await zone.dispatchEvent('dragover', { dataTransfer: data });
  await zone.dispatchEvent('drop', { dataTransfer: data });
}

/** The screen point of a word on the editor line that holds `line` (the editor lives in a shadow root). */
async function pointOf(page: Page, line: string, word: string): Promise<{ x: number; y: number }> {
  return page.evaluate(
    async ([l, wd]) => {
      const root = document.querySelector('#ws-editor')?.shadowRoot;
      const scroller = root?.querySelector('.cm-scroller') as HTMLElement;
      const find = () => [...(root?.querySelectorAll('.cm-line') ?? [])].find((x) => x.textContent?.includes(l));
      // The editor draws only the lines near its viewport: scroll from the top until the line is drawn.
      scroller.scrollTop = 0;
      for (let i = 0; i < 100 && !find(); i++) {
        scroller.scrollTop += 200;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      }
      const el = find();
      if (!el) throw new Error(`no line ${l}`);
      el.scrollIntoView({ block: 'center' });
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.textContent?.indexOf(wd) ?? -1;
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i + 1);
        r.setEnd(n, i + 2);
        const b = r.getBoundingClientRect();
        return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
      }
      throw new Error(`no ${wd} on ${l}`);
    },
    [line, word] as const,
  );
}

/** Puts the cursor on the first match of a text, with the editor's own search (Ctrl+F, Enter, Escape). */
async function findInEditor(page: Page, text: string): Promise<void> {
  await page.locator('#ws-editor .cm-content').focus();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+f');
  const field = page.locator('#ws-editor .cm-search input[name="search"]');
  // Typed (the search panel reads its query on key-up).
  await field.pressSequentially(text);
  await field.press('Enter');
  await field.press('Escape');
}

/** The editor's lines drawn now (it draws those near its viewport). */
const editorText = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const host = document.querySelector('#ws-editor');
    const lines = host?.shadowRoot?.querySelectorAll('.cm-line') ?? [];
    return [...lines].map((l) => l.textContent).join('\n');
  });

test('an author drops a file, fixes its problem, play-tests a turn, finds the work kept and downloads it', async ({ page, context }) => {
  const consoleErrors = watchConsole(page);
  await page.goto('/workshop.html');
  await expect(page.getByRole('heading', { name: 'Scenario workshop', level: 1 })).toBeVisible();
  // The first visit starts from the template, which is valid.
  await expect(page.locator('#ws-valid')).toBeVisible();

  // Drop the file: it opens as a new work, and its problem is listed at its line and marked in the editor.
  await dropFile(page, 'salt-and-copper.yaml', TYPO);
  await expect(page.locator('#ws-status')).toContainText('Opened “My scenario”');
  const problem = page.locator('.ws-problem').filter({ hasText: 'chanse' });
  await expect(problem).toBeVisible();
  await expect(problem).toContainText(`Line ${TYPO_LINE}, column 5`);
  await expect(page.locator('#ws-problems-title')).toHaveText(/problem/);
  await expect(page.locator('#ws-play')).toBeDisabled();
  // The problems list is keyboard-navigable: Up and Down move between its entries.
  await page.locator('.ws-problem').first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.ws-problem').nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('.ws-problem').first()).toBeFocused();

  // Fix it in the editor: the problem's button puts the cursor on the key (marked in the editor); retype the line's key.
  await problem.click();
  await expect(page.locator('#ws-editor .cm-lintRange-error', { hasText: 'chanse' })).toBeVisible();
  await page.screenshot({ path: '/tmp/pw-wsp-problem.png' });
  await page.keyboard.press('Shift+End');
  await page.keyboard.type('chance: 0.5');
  await page.locator('.ws-problem').filter({ hasText: 'coldown' }).click();
  await page.keyboard.press('Shift+End');
  await page.keyboard.type('cooldown: 2');
  await expect(page.locator('#ws-valid')).toBeVisible();
  await expect(page.locator('.ws-problem')).toHaveCount(0);
  expect(await editorText(page)).toContain('    chance: 0.5');

  // Go to definition: Ctrl+click on `host` in `turnOrder: [power, host]` selects the actor's id; F12 does the same from the cursor.
  const hostLine = TYPO.split('\n').findIndex((l) => l.includes('- id: host')) + 1;
  const host = await pointOf(page, 'turnOrder: [power, host]', 'host');
  await page.keyboard.down('Control');
  await page.mouse.click(host.x, host.y);
  await page.keyboard.up('Control');
  await expect(page.locator('#ws-status')).toHaveText(`“host” is defined on line ${hostLine}.`);
  const power = await pointOf(page, 'turnOrder: [power, host]', 'power');
  await page.mouse.click(power.x, power.y);
  await page.keyboard.press('F12');
  const powerLine = TYPO.split('\n').findIndex((l) => l.includes('- id: power')) + 1;
  await expect(page.locator('#ws-status')).toHaveText(`“power” is defined on line ${powerLine}.`);
  await page.getByRole('button', { name: 'Go to definition' }).click();
  await expect(page.locator('#ws-status')).toHaveText(`“power” is defined on line ${powerLine}.`);

  // Completion: a key from the schema (with its description) on a new line of an event, an id after `actor: `.
  await findInEditor(page, 'trigger: { meter: unrest');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('onc');
  const menu = page.locator('#ws-editor .cm-tooltip-autocomplete');
  await expect(menu).toContainText('once');
  await menu.getByRole('option', { name: /^once/ }).click();
  await page.keyboard.type('true');
  expect(await editorText(page)).toContain('    once: true');
  await page.keyboard.press('Enter');
  await page.keyboard.type('chooser: ho');
  await expect(menu).toContainText('host');
  await page.keyboard.press('Escape');
  // Take the two lines out again.
  for (let i = 0; i < 2; i++) {
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
  }
  await expect(page.locator('#ws-valid')).toBeVisible();
  expect(await editorText(page)).not.toContain('once: true');
  // Tab leaves the editor (it is not captured for indenting): the next control is the play-test's side.
  await page.keyboard.press('Tab');
  await expect(page.locator('#ws-side')).toBeFocused();

  // Play-test a turn: the host's side, two turns, in a new tab of the game page.
  await page.locator('#ws-side').selectOption('host');
  await page.locator('#ws-turns').fill('2');
  await page.locator('#ws-turns').dispatchEvent('change');
  const [game] = await Promise.all([context.waitForEvent('page'), page.locator('#ws-play').click()]);
  const gameErrors = watchConsole(game);
  await game.waitForLoadState();
  expect(new URLSearchParams(new URL(game.url()).hash.slice(1)).get('side')).toBe('host');
  await startPlaying(game);
  await expect(game.locator('#turn-status')).toContainText('Turn 1 of 2');
  await expect(game.locator('.hud, #app')).toContainText('The host government');
  // The map draws the scenario's own site and no other scenario's.
  await waitForMap(game);
  await expect
    .poll(() =>
      game.evaluate(() =>
        (window as unknown as { altiplano: { map: () => { sites: () => { id: string }[] } } }).altiplano
          .map()
          .sites()
          .map((x) => x.id),
      ),
    )
    .toEqual(['mine']);
  await game.getByRole('button', { name: 'End turn' }).click();
  const report = game.getByRole('dialog', { name: /Turn report/ });
  await expect(report).toBeVisible();
  await game.keyboard.press('Escape');
  await expect(game.locator('#turn-status')).toContainText('Turn 2 of 2');
  await game.screenshot({ path: '/tmp/pw-wsp-playtest.png' });
  // The play-test is autosaved as any game: the game page opened again resumes it.
  await game.goto('/index.html');
  await expect(game.locator('#turn-status')).toContainText('Turn 2 of 2');
  gameErrors.assertClean();
  await game.close();

  // Reload: the work is kept, last edited first, with the fix.
  await page.reload();
  await expect(page.locator('#ws-valid')).toBeVisible();
  await expect(page.locator('.ws-work').first()).toContainText('My scenario');
  await expect(page.locator('.ws-work').first()).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('.ws-work')).toHaveCount(2);

  // Download it (the text kept, with the fix), and check the download on the command line.
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#ws-download').click()]);
  expect(download.suggestedFilename()).toBe('my-scenario.yaml');
  const file = join(mkdtempSync(join(tmpdir(), 'wsp-')), download.suggestedFilename());
  await download.saveAs(file);
  expect(readFileSync(file, 'utf8')).toContain('    chance: 0.5');
  const out = execFileSync('npx', ['tsx', 'src/cli/scenarioCheck.ts', file], { encoding: 'utf8' });
  expect(out).toContain(': ok — "My scenario"');

  expect(await seriousViolations(page)).toEqual([]);
  consoleErrors.assertClean();
});

test('balance runs in a worker; the start screen lists the author’s scenarios with Play and Edit, and reads no validator', async ({
  page,
}) => {
  const consoleErrors = watchConsole(page);
  await page.goto('/workshop.html');
  await expect(page.locator('#ws-valid')).toBeVisible();
  // Wait for the work to be saved with what it validated to.
  await expect(page.locator('.ws-work')).toHaveCount(1);

  // Balance: a small AI-against-AI batch in a worker, and its report.
  await page.locator('#ws-games').fill('2');
  await page.locator('#ws-games').dispatchEvent('change');
  await page.getByRole('button', { name: 'Run the balance games' }).click();
  await expect(page.locator('#ws-report')).toContainText('# Balance report: My scenario (`my-scenario`)', { timeout: 30_000 });
  await expect(page.locator('.ws-balance-status')).toHaveText('The report (2 games):');

  // A copy of a shipped scenario (its YAML source, fetched when copied) opens as a work of its own, valid.
  await page.getByLabel('A copy of a shipped scenario').selectOption('paz-pivot');
  await page.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(page.locator('#ws-status')).toContainText('Opened “Paz');
  await expect(page.locator('#ws-valid')).toBeVisible();
  await expect(page.locator('.ws-work')).toHaveCount(2);

  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto('/index.html');
  const list = page.getByRole('region', { name: 'Your scenarios' });
  await expect(list).toBeVisible();
  await expect(list.getByRole('link', { name: 'Edit “My scenario”' })).toHaveAttribute('href', /workshop\.html\?work=/);
  // No CodeMirror, YAML parser or validator on the game page.
  expect(scripts.filter((s) => /workshop-|codemirror|yaml/i.test(s.replace(/yourScenarios/, '')))).toEqual([]);

  await expect(list.getByRole('listitem')).toHaveCount(2);
  await list.getByRole('button', { name: 'Play “My scenario”' }).click();
  await startPlaying(page);
  await expect(page.locator('#turn-status')).toContainText('Turn 1 of 8');
  consoleErrors.assertClean();
});
