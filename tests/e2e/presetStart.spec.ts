import { expect, type Page, test } from '@playwright/test';
import { seriousViolations, waitForMap, watchConsole } from './helpers';
import { startPlaying } from './playHelpers';

type Store = {
  getState: () => {
    game: { turn: number; setup: { preset?: string; startTurn?: number; turns: number } } | null;
    startGame: (c: object) => Promise<boolean>;
  };
};
const store = (page: Page) => page.evaluate(() => (window as unknown as { altiplano: { store: Store } }).altiplano.store.getState().game);

async function openBuilder(page: Page) {
  const panel = page.locator('.offers-panel');
  await panel.getByRole('button', { name: 'Negotiate…' }).click();
  const builder = page.getByRole('dialog', { name: 'Negotiate a deal' });
  await expect(builder).toBeVisible();
  await builder.getByLabel('Negotiate with').selectOption('bolivia');
  return builder;
}

test('a preset that starts later: chosen on the start screen, "Turn 1 of 3" on its own date; a gated term shown unavailable with its reason', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const consoleWatch = watchConsole(page);
  await page.goto('/?scenario=dev-sandbox');
  await waitForMap(page);
  await page.locator('#sc-dev-sandbox').check();
  await page.locator('#side-us').check();
  await page.getByLabel('Length').selectOption({ label: 'Late start test (3 turns from 2027 Q1)' });
  await page.getByRole('button', { name: 'Start the game' }).click();
  await startPlaying(page);
  await expect(page.locator('.date').first()).toHaveText('2027 Q1 · Turn 1 of 3');
  expect((await store(page))?.setup).toMatchObject({ preset: 'late', startTurn: 5, turns: 3 });
  expect((await store(page))?.turn).toBe(5);
  // Exports have started in this preset's world: the gated term is on offer.
  let builder = await openBuilder(page);
  await expect(builder.getByLabel('Include: Exclusive supply contract')).toBeEnabled();
  await expect(builder.locator('[data-term="exclusive_supply"] .term-unavailable')).toHaveCount(0);
  await builder.getByRole('button', { name: 'Close the deal builder' }).click();
  await page.getByRole('button', { name: 'End turn' }).click();
  await expect(page.getByRole('dialog', { name: /Turn report/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.date').first()).toHaveText('2027 Q2 · Turn 2 of 3');

  // The full game from the scenario's start: no exports yet, so the term is shown unavailable, with why.
  await page.evaluate(() =>
    (window as unknown as { altiplano: { store: Store } }).altiplano.store
      .getState()
      .startGame({ scenarioId: 'dev-sandbox', side: 'us', seed: 3, mode: 'solo', aiLevel: 'normal' }),
  );
  await startPlaying(page);
  await expect(page.locator('.date').first()).toHaveText('2026 Q1 · Turn 1 of 8');
  builder = await openBuilder(page);
  const row = builder.locator('[data-term="exclusive_supply"]');
  await expect(row.locator('.term-unavailable')).toHaveText('Not available now: Exports must have started first.');
  await expect(builder.getByLabel('Include: Exclusive supply contract')).toBeDisabled();
  await row.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/shots/gated-term.png' });
  expect(await seriousViolations(page), 'deal builder with an unavailable term').toEqual([]);
  consoleWatch.assertClean();
});
