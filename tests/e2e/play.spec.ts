import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { waitForMap, watchConsole } from './helpers';
import { clickMapAt, dismissReport, drawnColours, meterValues, playToEnd, screen, startPlaying } from './playHelpers';

const POTOSI: [number, number] = [-66.77, -20.903];

test('a person plays the default scenario as the United States, from the start screen to the debrief', async ({ page }) => {
  test.setTimeout(180_000);
  const consoleWatch = watchConsole(page);
  await page.goto('/');
  await waitForMap(page);

  // The start screen: the default game is one click away, with a seed shown.
  await expect(page.getByRole('heading', { level: 1, name: 'Altiplano' })).toBeVisible();
  const quick = page.locator('#quick-start');
  // innerText: the label as rendered, whatever whitespace the template puts around it.
  await expect(quick).toHaveText(/^Play .+ as United States$/, { useInnerText: true });
  await expect(page.getByLabel('Seed')).toHaveValue(/^\d+$/);
  await expect(page.getByRole('heading', { name: /Briefing: United States/ })).toBeVisible();
  await page.screenshot({ path: '/tmp/play-start.png' });
  await quick.click();
  await expect(page.getByRole('button', { name: 'End turn' })).toBeEnabled();
  await expect(page.locator('#turn-status')).toContainText('Turn 1 of');
  await startPlaying(page);

  const before = await meterValues(page);
  expect(Object.keys(before)).toContain('Influence of United States');
  const coloursBefore = await drawnColours(page);
  const capitalBefore = await page.locator('#budget-capital').textContent();

  // Choose Potosí on the map: the actions that can be aimed there are offered for it.
  await clickMapAt(page, ...POTOSI);
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          (
            window as unknown as { altiplano: { store: { getState: () => { ui: { selectedDepartment: string | null } } } } }
          ).altiplano.store.getState().ui.selectedDepartment,
      ),
    )
    .toBe('BO-P');
  const forPotosi = page.locator('.for-department');
  await expect(forPotosi.getByRole('heading', { name: /For Potosí/ })).toBeVisible();

  // Take the first action there that is open to us now and moves a meter at once: its
  // expected effect shows before confirming.
  const ids = await forPotosi
    .locator('details.action:not(.unavailable)')
    .evaluateAll((ds) => ds.map((d) => d.getAttribute('data-action') ?? ''));
  expect(ids.length).toBeGreaterThan(0);
  let chosen = '';
  let meterId = '';
  for (const id of ids) {
    const c = forPotosi.locator(`details.action[data-action="${id}"]`);
    await c.locator('summary').click();
    await expect(c.locator('.preview').getByRole('heading', { name: 'Expected effect' })).toBeVisible();
    // A change the sim previewed (a meter's name and its delta), not a line of the scenario's own description.
    const first = c.locator('.preview .deltas li[data-meter]:has(.name)').first();
    if ((await first.count()) > 0) {
      chosen = id;
      meterId = (await first.getAttribute('data-meter')) ?? '';
      await expect(first).toContainText(/[+−]/);
      break;
    }
    await c.locator('summary').click();
  }
  expect(chosen, 'an action aimed at Potosí moves a meter at once').not.toBe('');
  const card = forPotosi.locator(`details.action[data-action="${chosen}"]`);
  const actionName = ((await card.locator('.action-name').textContent()) ?? '').trim();
  const meterName = ((await card.locator(`.preview .deltas li[data-meter="${meterId}"] .name`).textContent()) ?? '').trim();
  await expect(card.getByRole('combobox')).toHaveValue(/^(BO-P|[a-z_]+)$/);
  await page.screenshot({ path: '/tmp/play-preview.png' });
  await card.getByRole('button', { name: `Confirm: ${actionName}` }).click();
  await expect(page.locator('#budget-capital')).not.toHaveText(capitalBefore ?? '');
  await expect(page.locator('.news-panel')).toContainText(actionName);

  // End the turn: the report explains, Escape closes it, the meters and the map have moved.
  await page.getByRole('button', { name: 'End turn' }).click();
  const report = page.getByRole('dialog', { name: /Turn report/ });
  await expect(report).toBeVisible();
  await expect(report.getByRole('heading', { name: 'Biggest changes' })).toBeVisible();
  await expect(report.locator('.report-changes li').first()).toBeVisible();
  await page.screenshot({ path: '/tmp/play-report.png' });
  await page.keyboard.press('Escape');
  await expect(report).not.toBeVisible();
  await expect(page.locator('#turn-status')).toContainText('Turn 2 of');
  const after = await meterValues(page);
  const moved = Object.keys(before).filter((k) => Math.abs((after[k] ?? 0) - (before[k] ?? 0)) > 1e-6);
  expect(moved.length).toBeGreaterThan(0);
  const coloursAfter = await drawnColours(page);
  expect(Object.keys(coloursAfter).some((d) => coloursAfter[d] !== coloursBefore[d])).toBe(true);

  // Why did that meter move? The causes list our action, with its turn.
  await page.getByRole('button', { name: `Why did ${meterName} move?` }).click();
  const causes = page.getByRole('region', { name: `Why ${meterName} moved` });
  await expect(causes).toBeVisible();
  await expect(causes.locator('.cause .label', { hasText: actionName }).first()).toBeVisible();
  // Listed under the turn it was taken in (turn 2 may already have causes of its own, listed first).
  const ours = causes.locator('.turn-causes', { has: page.locator('.cause .label', { hasText: actionName }) }).first();
  await expect(ours.locator('h3')).toContainText('turn 1');
  await page.screenshot({ path: '/tmp/play-causes.png' });
  await page.keyboard.press('Escape');
  await expect(causes).not.toBeVisible();

  // Play on, answering events when they come, to the end.
  let answered = 0;
  for (let i = 0; i < 80 && (await screen(page)) !== 'end'; i++) {
    await dismissReport(page);
    const option = page.locator('.events-panel .option button').first();
    if (await option.isVisible()) {
      await expect(page.getByRole('button', { name: 'End turn' })).toBeDisabled();
      await expect(page.locator('#end-turn-hint')).toHaveText(/Answer the event/);
      if (answered === 0) await page.screenshot({ path: '/tmp/play-event.png' });
      const title = await page.locator('.event-card h3').first().textContent();
      await option.click();
      answered++;
      await expect(page.locator('.event-card h3', { hasText: title ?? '' })).toHaveCount(0);
      continue;
    }
    await page.getByRole('button', { name: 'End turn' }).click();
  }
  expect(answered, 'an event asked for an answer during the game').toBeGreaterThan(0);

  // The debrief: scores against objectives, who won, charts, timeline, questions.
  await expect(page.getByRole('heading', { level: 1, name: /Debrief/ })).toBeVisible();
  await expect(page.locator('.score-card').first()).toContainText(/of \d+ points/);
  await expect(page.locator('.score-card.mine table tbody tr').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Discussion questions' })).toBeVisible();
  expect(await page.locator('.questions li').count()).toBeGreaterThan(0);
  expect(await page.locator('.charts svg[role="img"]').count()).toBeGreaterThan(3);
  await expect(page.locator('.timeline')).toContainText(actionName);
  // The moves that mattered most: a list for each side, biggest first, each with its points and the meters it moved.
  await expect(page.getByRole('heading', { name: 'The moves that mattered most' })).toBeVisible();
  const sides = page.locator('.mattered-side');
  expect(await sides.count()).toBeGreaterThanOrEqual(2);
  const first = sides.first().locator('.mattered-list li');
  expect(await first.count()).toBeGreaterThan(0);
  await expect(first.first()).toContainText(/[▲▼] [+−-]?\d+(\.\d)? points .+: .+ — .+[+−]/);
  const pts = (await sides.first().locator('.pts').allTextContents()).map((x) =>
    Math.abs(Number(x.replace(/[▲▼ ]|points/g, '').replace('−', '-'))),
  );
  expect([...pts].sort((a, b) => b - a)).toEqual(pts);
  await page.screenshot({ path: '/tmp/play-end.png', fullPage: true });
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.shell')).toBeHidden();
  await expect(page.locator('#print')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'New game' }).click();
  await expect(page.locator('#quick-start')).toBeVisible();
  consoleWatch.assertClean();
});

// Every scenario file, from every playable side, reaches the debrief through the interface.
const scenarioIds = readdirSync('scenarios')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => /^id:\s*(\S+)/m.exec(readFileSync(`scenarios/${f}`, 'utf8'))?.[1])
  .filter((x): x is string => !!x);

for (const id of scenarioIds) {
  test(`scenario ${id} is playable to the end from each side (shortest preset)`, async ({ page }) => {
    test.setTimeout(240_000);
    const consoleWatch = watchConsole(page);
    // A scenario kept off the start screen (the test world) is opened by its address.
    await page.goto(`/?scenario=${id}`);
    await waitForMap(page);
    const sides = await page.evaluate(
      (sid) =>
        (
          window as unknown as {
            altiplano: {
              store: { getState: () => { cards: { id: string; face: { actors: { id: string; playable?: boolean }[] } }[] } };
            };
          }
        ).altiplano.store
          .getState()
          .cards.find((s) => s.id === sid)
          ?.face.actors.filter((a) => a.playable)
          .map((a) => a.id) ?? [],
      id,
    );
    expect(sides.length, `scenario ${id} loaded with playable sides`).toBeGreaterThan(0);
    for (const side of sides) {
      if ((await screen(page)) !== 'start') await page.getByRole('button', { name: 'New game' }).click();
      await page.locator(`#sc-${id}`).check();
      await page.locator(`#side-${side}`).check();
      const length = page.getByLabel('Length');
      const options = await length
        .locator('option')
        .evaluateAll((os) => os.map((o) => Number((o as HTMLOptionElement).value)).filter((v) => v > 0));
      if (options.length > 0) await length.selectOption(String(Math.min(...options)));
      await page.getByLabel('Seed').fill('4242');
      await page.getByRole('button', { name: 'Start the game' }).click();
      await expect(page.locator('#turn-status')).toContainText(options.length > 0 ? `of ${Math.min(...options)}` : 'Turn 1');
      await playToEnd(page);
      await expect(page.getByRole('heading', { level: 1, name: /Debrief/ })).toBeVisible();
      await expect(page.locator('.score-card.mine')).toBeVisible();
      await expect(page.locator('.end-head')).toContainText('seed 4242');
    }
    consoleWatch.assertClean();
  });
}
