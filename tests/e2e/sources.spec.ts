import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { waitForMap, watchConsole } from './helpers';
import { startPlaying } from './playHelpers';

mkdirSync('/tmp/shots-h2', { recursive: true });

test.use({ viewport: { width: 1366, height: 768 } });
// The page lists a few hundred entries, and axe reads them all on a shared machine.
test.setTimeout(180_000);

/** Serious or critical accessibility violations inside one part of the page (a dialog). */
async function seriousIn(page: Page, selector: string): Promise<string[]> {
  const r = await new AxeBuilder({ page }).include(selector).analyze();
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help}\n  ${v.nodes
          .slice(0, 5)
          .map((n) => n.target.join(' '))
          .join('\n  ')}`,
    );
}

type Handle = {
  altiplano: {
    store: {
      getState: () => {
        entry: { scenario: { actors: { id: string }[]; departments: { id: string; sources?: unknown[]; assumption?: string }[] } } | null;
      };
    };
  };
};

/** The page's promise ("N sourced entries; M with a claim that is not confirmed") as numbers, and the entries listed. */
async function promised(page: Page): Promise<{ entries: number; marked: number; said: string }> {
  const count = page.locator('.sources-page .sources-count');
  return {
    entries: Number(await count.getAttribute('data-entries')),
    marked: Number(await count.getAttribute('data-marked')),
    said: (await count.textContent()) ?? '',
  };
}

test('Sources & checks: from the start screen, every entry the page promises, the not-confirmed filter, a reference followed, axe clean', async ({
  page,
}) => {
  const consoleWatch = watchConsole(page);
  await page.goto('/');
  await waitForMap(page);
  const open = page.locator('#start-sources');
  await expect(open).toBeVisible();
  await open.click();
  const dialog = page.getByRole('dialog', { name: 'Sources & checks' });
  await expect(dialog).toBeVisible();
  const p = await promised(page);
  expect(p.entries).toBeGreaterThan(50);
  expect(p.marked).toBeGreaterThan(0);
  expect(p.marked).toBeLessThan(p.entries);
  // The words say the numbers the page lists.
  expect(p.said).toContain(`${p.entries} sourced entries`);
  expect(p.said).toContain(`${p.marked} with a claim`);
  await expect(dialog.locator('.sourced-entry')).toHaveCount(p.entries);
  // Grouped by where the entries appear, each group counting its own.
  const groups = dialog.locator('.sources-place');
  expect(await groups.count()).toBeGreaterThan(3);
  let sum = 0;
  for (const g of await groups.all()) sum += await g.locator('.sourced-entry').count();
  expect(sum).toBe(p.entries);
  await page.screenshot({ path: '/tmp/shots-h2/sources-page.png' });
  expect(await seriousIn(page, 'dialog.sources-page')).toEqual([]);

  // Only the claims that are not confirmed: each entry left shows a verdict other than confirmed.
  await dialog.getByLabel('Only claims that are not confirmed').check();
  await expect(dialog.locator('.sourced-entry')).toHaveCount(p.marked);
  for (const e of await dialog.locator('.sourced-entry').all()) {
    await expect(e.locator('.verdict:not(.verdict-confirmed)').first()).toBeVisible();
  }
  await page.screenshot({ path: '/tmp/shots-h2/sources-filtered.png' });

  // A reference id followed: its item in the list takes focus, with its title and address.
  const link = dialog.locator('.sourced-entry a.ref-id').first();
  const id = (await link.getAttribute('data-ref')) ?? '';
  expect(id).toMatch(/^R\d+$/);
  await link.click();
  const item = dialog.locator(`[data-ref-item="${id}"]`);
  await expect(item).toBeFocused();
  await expect(item).toBeInViewport();
  await expect(item.locator('.address')).toContainText('http');
  await page.screenshot({ path: '/tmp/shots-h2/sources-reference.png' });

  // Esc closes it and the keyboard is back where it was.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();

  // A shorter game that starts in a world of its own says where its starting figures come from.
  await page.locator('#sc-arce-era').check();
  await page.locator('#start-length').selectOption({ index: 1 });
  const preset = page.locator('.preset-sources');
  await expect(preset.locator('summary')).toContainText(/Sources \(\d+/);
  await preset.locator('summary').click();
  await expect(preset.locator('.source').first()).toBeVisible();
  consoleWatch.assertClean();
});

test('in a game: sources in the briefing, a department, a meter note and Who’s who; the page from the menu', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  await page.goto('/');
  await waitForMap(page);
  await page.locator('#quick-start').click();
  // The briefing before the first move carries the side's sources, folded.
  const brief = page.locator('.objectives-panel.start .briefing-sources');
  await expect(brief).toBeVisible();
  await brief.locator('summary').click();
  await expect(brief.locator('.source').first()).toBeVisible();
  await startPlaying(page);

  // A department with sources: its panel shows them folded, and they open.
  const dept = await page.evaluate(() => {
    const sc = (window as unknown as Handle).altiplano.store.getState().entry?.scenario;
    return sc?.departments.find((d) => (d.sources?.length ?? 0) > 0)?.id ?? '';
  });
  expect(dept).not.toBe('');
  await page.locator(`.department-button[data-department="${dept}"]`).click();
  const deptSources = page.locator('.selected-department .department-sources');
  await expect(deptSources.locator('summary')).toContainText(/Sources \(\d+/);
  await deptSources.locator('summary').click();
  await expect(deptSources.locator('.source').first()).toBeVisible();
  await page.screenshot({ path: '/tmp/shots-h2/department-sources.png' });

  // A meter note: growth's note lists where its starting value and its drift come from.
  await page.locator('#why-growth').click();
  const about = page.locator('#causes-panel details.about');
  await about.locator(':scope > summary').click();
  const note = about.locator('.meter-note').first();
  await expect(note).toBeVisible();
  await note.locator('summary').click();
  await expect(note.locator('.source, .assumption').first()).toBeVisible();
  await page.screenshot({ path: '/tmp/shots-h2/meter-note.png' });
  await page.keyboard.press('Escape');

  // Who's who from the game menu: one card per actor.
  await page.locator('details.menu > summary').click();
  await page.locator('#menu-whos-who').click();
  const whos = page.getByRole('dialog', { name: 'Who’s who' });
  await expect(whos).toBeVisible();
  const actors = await page.evaluate(() => (window as unknown as Handle).altiplano.store.getState().entry?.scenario.actors.length ?? 0);
  await expect(whos.locator('.actor-card')).toHaveCount(actors);
  await expect(whos.locator('.actor-card .sources-fold').first()).toBeVisible();
  expect(await seriousIn(page, 'dialog.whos-who')).toEqual([]);
  // On to Sources & checks from there.
  await whos.locator('#whos-sources').click();
  const sources = page.getByRole('dialog', { name: 'Sources & checks' });
  await expect(sources).toBeVisible();
  await expect(sources.locator('.sourced-entry')).toHaveCount((await promised(page)).entries);
  // Closing it brings back Who's who, where it was opened from; then that closes too.
  await page.keyboard.press('Escape');
  await expect(sources).toBeHidden();
  await expect(whos).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(whos).toBeHidden();

  // And straight from the menu.
  await page.locator('details.menu > summary').click();
  await page.locator('#menu-sources').click();
  await expect(sources).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sources).toBeHidden();

  // And from How to play's section on sources: Who's who, then a reference followed from a card.
  await page.locator('details.menu > summary').click();
  await page.locator('#menu-help').click();
  await page.locator('#help-whos-who').click();
  await expect(whos).toBeVisible();
  const card = whos.locator('.actor-card .sources-fold').first();
  await card.locator('summary').click();
  const ref = card.locator('a.ref-id').first();
  const id = (await ref.getAttribute('data-ref')) ?? '';
  await ref.click();
  await expect(sources).toBeVisible();
  await expect(sources.locator(`[data-ref-item="${id}"]`)).toBeFocused();
  // Close: back to Who's who, with the keyboard in it (on its title).
  await sources.locator('#sources-close').click();
  await expect(sources).toBeHidden();
  await expect(whos).toBeVisible();
  await expect(whos.getByRole('heading', { name: 'Who’s who' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(whos).toBeHidden();
  consoleWatch.assertClean();
});
