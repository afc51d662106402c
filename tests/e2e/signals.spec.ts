import { mkdirSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { seriousViolations, waitForMap, watchConsole } from './helpers';
import { dismissReport } from './playHelpers';

type Store = {
  altiplano: {
    store: {
      getState: () => {
        entry: {
          scenario: { meters?: { id: string; good?: string }[]; actions: { id: string; actor: string; name: string | { en: string } }[] };
        };
        game: { turn: number; decisions: { turn: number; actor: string; kind: string; id: string }[] };
      };
    };
  };
};

const SHOTS = '/tmp/shots';

/** A 6-turn class game of the Paz scenario as the United States, set up as a person does it. */
async function startClassGame(page: Page): Promise<void> {
  await page.goto('/');
  await waitForMap(page);
  await page.locator('#sc-paz-pivot').check();
  await page.locator('#side-us').check();
  await page.getByLabel('Length').selectOption({ index: 1 });
  await page.getByLabel('Seed').fill('831004');
  await page.getByRole('button', { name: 'Start the game' }).click();
  await expect(page.getByRole('button', { name: 'End turn' })).toBeEnabled();
  await expect(page.locator('#turn-status')).toContainText('Turn 1 of 6');
  // The objectives shown with the briefing before the first move: read, then play.
  const start = page.getByRole('button', { name: 'Start playing' });
  if (await start.isVisible()) await start.click();
}

/** Ends the turn, answering any event waiting first; leaves the turn report open. */
async function endTurn(page: Page): Promise<void> {
  for (let i = 0; i < 5; i++) {
    const option = page.locator('.events-panel .option button').first();
    if (!(await option.isVisible())) break;
    await option.click();
  }
  await page.getByRole('button', { name: 'End turn' }).click();
  await expect(page.getByRole('dialog', { name: /Turn report/ })).toBeVisible();
}

/** Which way the scenario says a meter is good (engine meters: up). */
async function goodOf(page: Page, meter: string): Promise<string> {
  return page.evaluate(
    (id) =>
      (window as unknown as Store).altiplano.store.getState().entry.scenario.meters?.find((m) => m.id === id)?.good ??
      (['gdp', 'growth', 'stability'].includes(id) ? 'up' : 'neutral'),
    meter,
  );
}

test.describe('signals say good or bad for the side looking, and previews and reports are honest', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('a preview of an action that raises a bad meter shows it as bad, with a mark and words as well as colour', async ({ page }) => {
    test.setTimeout(120_000);
    const console = watchConsole(page);
    await startClassGame(page);
    mkdirSync(SHOTS, { recursive: true });

    // The HUD says whose good and bad its marks show.
    await expect(page.locator('.signal-legend').first()).toContainText('✓ good for you, ✗ bad for you');

    // Open the cards one by one until a preview raises a meter whose good direction is down.
    const cards = page.locator('.actions-panel details.action:not(.unavailable)');
    const n = await cards.count();
    expect(n).toBeGreaterThan(3);
    let found = false;
    for (let i = 0; i < n && !found; i++) {
      const card = cards.nth(i);
      await card.locator('summary').click();
      await expect(card.locator('.preview')).toBeVisible();
      const rows = card.locator('.preview .deltas li[data-meter]');
      for (let j = 0; j < (await rows.count()); j++) {
        const row = rows.nth(j);
        const meter = (await row.getAttribute('data-meter')) ?? '';
        const delta = row.locator('.delta, .effect').first();
        const text = (await delta.innerText()).trim();
        if (!text.startsWith('▲') || (await goodOf(page, meter)) !== 'down') continue;
        // Bad: the tone, the ✗ mark that is seen, the words a screen reader hears, and the sign.
        await expect(delta).toHaveAttribute('data-tone', 'bad');
        await expect(delta.locator('.tone-mark')).toHaveText('✗');
        await expect(delta.locator('.sr-only')).toHaveText(/bad for you/);
        expect(text).toMatch(/^▲ \+[\d.,]+/);
        // Its colour is the bad one, not the good one.
        const colour = await delta.evaluate((el) => getComputedStyle(el).color);
        expect(colour).toBe('rgb(255, 176, 97)');
        await row.scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${SHOTS}/B-preview-bad.png` });
        found = true;
        break;
      }
      if (!found) await card.locator('summary').click();
    }
    expect(found, 'some action of the class game raises a meter that is bad when it rises').toBe(true);

    console.assertClean();
  });

  test("the turn report tells the player's own move and each computer move once, with drift and chance in words", async ({ page }) => {
    test.setTimeout(120_000);
    await startClassGame(page);

    // Take the first available action that has a preview, as a person: open, read, confirm.
    const card = page.locator('.actions-panel details.action:not(.unavailable)').first();
    await card.locator('summary').click();
    const name = ((await card.locator('.action-name').textContent()) ?? '').trim();
    expect(name.length).toBeGreaterThan(3);
    await card.getByRole('button', { name: `Confirm: ${name}` }).click();

    await endTurn(page);
    const report = page.getByRole('dialog', { name: /Turn report/ });
    const items = report.locator('.story .story-item');
    await expect(items.first()).toBeVisible();

    // The player's own move is in the story, marked as theirs.
    const mine = report.locator('.story .story-item.mine');
    await expect(mine.filter({ hasText: name })).toHaveCount(1);
    await expect(mine.filter({ hasText: name }).locator('.story-yours')).toHaveText('Your move');

    // Every computer move of the turn is told exactly once.
    const moves = await page.evaluate(() => {
      const s = (window as unknown as Store).altiplano.store.getState();
      const nameOf = (id: string): string => {
        const n = s.entry.scenario.actions.find((a) => a.id === id)?.name ?? id;
        return typeof n === 'string' ? n : n.en;
      };
      return s.game.decisions.filter((d) => d.turn === 1 && d.kind === 'action' && d.actor !== 'us').map((d) => nameOf(d.id));
    });
    expect(moves.length).toBeGreaterThan(0);
    const texts = (await items.locator('.story-text').allInnerTexts()).map((t) => t.trim());
    for (const move of new Set(moves)) {
      const expected = moves.filter((m) => m === move).length;
      expect(texts.filter((t) => t.includes(move)).length, `"${move}" told once per time it was taken`).toBe(expected);
    }
    // No line of the story is told twice.
    expect(new Set(texts).size).toBe(texts.length);

    // The economy's own movement says what it means, never "drift toward 25" or "chance".
    const all = await report.innerText();
    expect(all).not.toMatch(/drift toward|\bchance\b/i);

    // Each change in "Biggest changes" is the difference of the values it shows.
    const rows = report.locator('.report-changes li');
    for (let i = 0; i < (await rows.count()); i++) {
      const head = (await rows.nth(i).locator('.report-head').innerText()).replace(/\s+/g, ' ');
      const m = head.match(/[▲▼▬] ([+−±][\d.,]+).*?([−-]?[\d.,]+)[^\d→]* → ([−-]?[\d.,]+)/);
      if (!m) continue;
      const num = (x: string): number => Number(x.replace(/,/g, '').replace('−', '-').replace('±', ''));
      const digits = (m[3]?.split('.')[1] ?? '').length;
      expect(num(m[1] ?? '0'), head).toBeCloseTo(num(m[3] ?? '0') - num(m[2] ?? '0'), digits);
    }
    // The story, its marks and hidden words pass the accessibility checks.
    expect(await seriousViolations(page), 'turn report').toEqual([]);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/B-report.png` });
    await report.locator('.story').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/B-report-story.png` });

    // Back in the game, the HUD's meters show the turn's changes, each good or bad for the US.
    await page.keyboard.press('Escape');
    await expect(report).not.toBeVisible();
    const deltas = page.locator('.meters-col .meter-row .delta');
    await expect(deltas.first()).toBeVisible();
    const tones = await deltas.evaluateAll((els) => els.map((e) => e.getAttribute('data-tone')));
    expect(tones).toContain('good');
    expect(tones).toContain('bad');
    // Every good or bad change in the HUD carries its visible mark, not colour alone.
    for (const d of await page
      .locator('.meters-col .meter-row .delta[data-tone="bad"], .meters-col .meter-row .delta[data-tone="good"]')
      .all())
      await expect(d.locator('.tone-mark')).toHaveText(/[✓✗]/);
    expect(await seriousViolations(page), 'HUD').toEqual([]);
    await page.screenshot({ path: `${SHOTS}/B-hud.png` });
  });

  test('a project that cannot finish before the last turn says so on its card and in its preview', async ({ page }) => {
    test.setTimeout(120_000);
    await startClassGame(page);
    const plant = page.locator('.actions-panel details.action[data-action="us_dfc_lithium_plant"]').first();

    // Turn 1 of 6: the six-turn plant opens as the last turn ends, in time.
    await expect(plant.locator('summary .project-late')).toHaveCount(0);
    await plant.locator('summary').click();
    await expect(plant.locator('.preview .project-on-time')).toContainText('Built when turn 6 ends');
    await plant.locator('summary').click();

    // Turn 2: it can no longer be built in this game, and both the card and the preview say so.
    await endTurn(page);
    await dismissReport(page);
    await expect(page.locator('#turn-status')).toContainText('Turn 2 of 6');
    await expect(plant.locator('summary .project-late')).toHaveText('Cannot finish before the game ends');
    await plant.locator('summary').click();
    await expect(plant.locator('.preview .project-late')).toContainText(
      'Cannot finish in this game: it would be built when turn 7 ends, and the game ends after turn 6.',
    );
    await plant.locator('.preview .project-late').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/B-project-late.png` });
    // A shorter project still fits.
    const gas = page.locator('.actions-panel details.action[data-action="us_exim_gas"]').first();
    await expect(gas.locator('summary .project-late')).toHaveCount(0);
  });
});
