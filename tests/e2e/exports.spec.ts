import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { seriousViolations, waitForMap, watchConsole } from './helpers';
import { playToEnd, startPlaying } from './playHelpers';

type Snapshot = {
  turn: number;
  national: Record<string, number>;
  departments: Record<string, { stability: number; influence: Record<string, number> }>;
};
type Game = {
  history: Snapshot[];
  setup: { seed: number; turns: number };
  over: { scores: Record<string, unknown> };
};
type Scenario = { departments: { id: string }[]; actors: { id: string; kind: string }[]; meters?: { id: string }[] };
type Store = { getState: () => { game: Game; entry: { scenario: Scenario }; log: { type: string; actor: string }[] } };

/** What the game itself holds, read from the page's store. */
async function history(page: Page) {
  return page.evaluate(() => {
    const s = (window as unknown as { altiplano: { store: Store } }).altiplano.store.getState();
    return { game: s.game, scenario: s.entry.scenario, log: s.log };
  });
}

/** A strict RFC 4180 reader (records end with CRLF; quotes doubled inside quoted fields). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  expect(cell === '' && row.length === 0, 'the last record ends with CRLF').toBe(true);
  return rows;
}

/** Clicks a download button as a person does and reads the file the browser saved. */
async function download(page: Page, name: string): Promise<{ file: string; text: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  const path = await dl.path();
  return { file: dl.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

test('the debrief exports: meters and decisions as CSV and the whole game as JSON match the game played; the reflection sheet prints', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const consoleWatch = watchConsole(page);
  await page.goto('/');
  await waitForMap(page);
  await page.locator('#sc-paz-pivot').check();
  await page.locator('#side-us').check();
  await page.getByLabel('Length').selectOption('class');
  await page.getByLabel('Seed').fill('2026');
  await page.getByRole('button', { name: 'Start the game' }).click();
  await startPlaying(page);
  await playToEnd(page);
  const section = page.getByRole('region', { name: 'Take the game away' });
  await expect(section).toBeVisible();
  expect(await seriousViolations(page), 'the debrief with its downloads').toEqual([]);

  const { game, scenario, log } = await history(page);
  expect(game.history.length).toBe(7);
  const powers = scenario.actors.filter((a) => a.kind === 'power').map((a) => a.id);
  const national = ['gdp', 'growth', 'stability', ...powers.map((p) => `influence.${p}`), ...(scenario.meters ?? []).map((m) => m.id)];
  const slots = national.length + scenario.departments.length * (1 + powers.length);

  // meters.csv: the columns, one row per turn (the start included) per meter, each value the game's own.
  const meters = await download(page, 'Download meters (CSV)');
  expect(meters.file).toBe('altiplano-paz-pivot-seed2026-meters.csv');
  await expect(page.getByTestId('export-status')).toHaveText('Downloaded altiplano-paz-pivot-seed2026-meters.csv.');
  expect(meters.text.startsWith('\uFEFF')).toBe(true);
  const [head, ...rows] = parseCsv(meters.text.slice(1));
  expect(head).toEqual([
    'scenario',
    'preset',
    'seed',
    'team',
    'side',
    'turn',
    'scenario_turn',
    'date',
    'meter',
    'meter_name',
    'department',
    'department_name',
    'actor',
    'value',
    'change',
  ]);
  expect(rows.length).toBe(game.history.length * slots);
  const col = (name: string): number => head!.indexOf(name);
  for (const r of rows) {
    const snap = game.history[Number(r[col('turn')])]!;
    const meter = r[col('meter')] as string;
    const dep = r[col('department')] as string;
    const expected =
      dep === ''
        ? snap.national[meter]
        : meter === 'stability'
          ? snap.departments[dep]!.stability
          : snap.departments[dep]!.influence[meter.slice(10)];
    expect(Number(r[col('value')]), `${meter} ${dep} turn ${r[col('turn')]}`).toBeCloseTo(expected ?? 0, 5);
    expect(r.slice(0, 3)).toEqual(['paz-pivot', 'class', '2026']);
  }
  expect(rows.filter((r) => r[col('meter')] === 'gdp' && r[col('department')] === '').map((r) => r[col('date')])).toEqual([
    '2025 Q4',
    '2025 Q4',
    '2026 Q1',
    '2026 Q2',
    '2026 Q3',
    '2026 Q4',
    '2027 Q1',
  ]);
  expect(rows.find((r) => r[col('meter')] === 'gdp')![col('meter_name')]).toBe('GDP');

  // decisions.csv: one row per move of the game's log, in order, each of its kind.
  const decisions = await download(page, 'Download decisions (CSV)');
  expect(decisions.file).toBe('altiplano-paz-pivot-seed2026-decisions.csv');
  const [dHead, ...dRows] = parseCsv(decisions.text.slice(1));
  expect(dHead!.slice(0, 7)).toEqual(['scenario', 'preset', 'seed', 'team', 'side', 'n', 'turn']);
  expect(dHead).toContain('change.gdp');
  expect(dRows.length).toBe(log.length);
  const kindOf: Record<string, string[]> = {
    takeAction: ['action'],
    proposeDeal: ['dealProposed'],
    counterDeal: ['dealCountered'],
    respondDeal: ['dealSigned', 'dealRefused'],
    withdrawDeal: ['dealWithdrawn'],
    breakDeal: ['dealBroken'],
    chooseOption: ['eventChoice'],
    endPhase: ['endTurn'],
  };
  dRows.forEach((r, i) => {
    expect(r[dHead!.indexOf('actor')]).toBe(log[i]!.actor);
    expect(kindOf[log[i]!.type]).toContain(r[dHead!.indexOf('kind')]);
  });
  expect(dRows.filter((r) => r[dHead!.indexOf('kind')] === 'endTurn').length).toBe(log.filter((a) => a.type === 'endPhase').length);

  // The whole game: it parses, names its format, and holds the game's own turns, log and scores.
  const whole = await download(page, 'Download the whole game (JSON)');
  expect(whole.file).toBe('altiplano-paz-pivot-seed2026-game.json');
  const j = JSON.parse(whole.text);
  expect(j.format).toBe('altiplano-game-export');
  expect(j.setup).toMatchObject({ scenarioId: 'paz-pivot', preset: 'class', seed: 2026, side: 'us' });
  expect(j.log).toEqual(log);
  expect(j.turns.map((t: Snapshot) => t.national)).toEqual(game.history.map((h) => h.national));
  expect(j.scores).toEqual(game.over.scores);
  expect(j.decisions.length).toBe(log.length);
  await expect(page.getByTestId('export-status')).toHaveText('Downloaded altiplano-paz-pivot-seed2026-game.json.');
  await section.screenshot({ path: '/tmp/shots/h-exports-section.png' });

  // The buttons are reachable by keyboard: Tab from the first reaches the second.
  await page.getByRole('button', { name: 'Download meters (CSV)' }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Download decisions (CSV)' })).toBeFocused();

  // On screen the reflection sheet is not shown; printed, it is, and the downloads are not.
  const sheet = page.locator('.reflection-sheet');
  await expect(sheet).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(sheet).toBeVisible();
  await expect(page.locator('.end-exports')).toBeHidden();
  for (const heading of ['Reflection sheet', 'What we wanted', 'What we gave up', 'What surprised us', 'A claim we checked'])
    await expect(sheet.getByRole('heading', { name: heading })).toBeVisible();
  await expect(sheet.locator('.reflection-setup')).toHaveText(/playing United States · seed 2026 · 6 turns · Length: One class period/);
  await expect(sheet.locator('.reflection-score')).toHaveText(/United States: [\d.]+ of \d+ points/);
  expect(await sheet.locator('.write-line').count()).toBeGreaterThanOrEqual(16);
  // It starts a page of its own and fits on one: at an A4 page's width less its margins (about
  // 720 px at 96 dpi), it is shorter than the page's height less its margins (about 1040 px).
  expect(await sheet.evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
  await page.setViewportSize({ width: 720, height: 1040 });
  const box = await sheet.boundingBox();
  expect(box!.height).toBeLessThan(1040);
  await sheet.screenshot({ path: '/tmp/shots/h-exports-reflection-sheet.png' });
  const pdf = await page.pdf({ format: 'A4', path: '/tmp/shots/h-exports-debrief.pdf' });
  expect(pdf.length).toBeGreaterThan(0);
  await page.emulateMedia({ media: 'screen' });
  consoleWatch.assertClean();
});
