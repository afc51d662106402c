import { expect, type Page, test } from '@playwright/test';
import { waitForMap } from './helpers';
import { clickMapAt, dismissReport, screen } from './playHelpers';

/**
 * Issue 10 part 5: no developer material where players read. A person plays a short game of each
 * scenario through every screen (start, set-up, HUD, action cards, deal builder, causes, turn
 * reports, events, news, end screen, print layout) and everything the page says — its visible
 * text, the text of closed panels and dialogs, and its labels and tooltips — is held against the
 * patterns below.
 */
const PATTERNS: readonly { name: string; re: RegExp }[] = [
  { name: 'reference code', re: /\bR\d{1,3}\b/ },
  { name: 'section sign', re: /§/ },
  { name: 'fact-check file', re: /factcheck/i },
  { name: 'dossier', re: /dossier/i },
  { name: 'not tracked', re: /not tracked/i },
  { name: 'empty design assumption', re: /Design assumption: Design/ },
  { name: 'raw id after an arrow', re: /→\s*[a-z]/ },
  { name: 'id with an underscore', re: /\b[A-Za-z]+_[A-Za-z0-9_]+\b/ },
  { name: 'scenario id', re: /\b(paz-pivot|arce-era|dev-sandbox)\b/ },
  { name: "possessive s's", re: /s's\b|s’s\b/ },
  { name: 'question mark and stop', re: /\?\./ },
  { name: 'plural (s)', re: /\(s\)/ },
  { name: 'undefined', re: /\bundefined\b/ },
  { name: 'NaN', re: /\bNaN\b/ },
  { name: 'object string', re: /\[object/ },
  { name: 'placeholder brace', re: /[{}]/ },
];
/** A seed document's file name: allowed only in the scenario's list of documents. */
const FILE_NAME = /\d{3}_[0-9a-f]{16}\.txt/;

/** All the page says (`text`), the same without the list of documents (`outsideDocs`), and that list. */
type Seen = { text: string; outsideDocs: string; docs: string };

/** Everything the page can say to a player now: visible text, hidden panels' text, labels and tooltips. */
async function collect(page: Page): Promise<Seen> {
  return page.evaluate(() => {
    // A reference id is allowed as a link into the game's reference list (a.ref-id, issue 11), not
    // as bare text: the links are set aside before the page's words are read.
    for (const a of document.querySelectorAll('a.ref-id'))
      if (!/^#ref-/.test(a.getAttribute('href') ?? '') || a.textContent !== a.getAttribute('data-ref'))
        throw new Error(`a reference link without its target: ${a.outerHTML}`);
    const refLinks = [...document.querySelectorAll<HTMLElement>('a.ref-id')];
    for (const a of refLinks) a.style.setProperty('display', 'none', 'important');
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const a of body.querySelectorAll('a.ref-id')) a.remove();
    for (const el of body.querySelectorAll('script, style, noscript, template')) el.remove();
    const docs = [...body.querySelectorAll('.documents')].map((el) => el.textContent ?? '').join('\n');
    const attrs: string[] = [];
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt], [aria-valuetext]'))
      if (!el.matches('a.ref-id'))
        for (const a of ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext']) {
          const v = el.getAttribute(a);
          if (v) attrs.push(v);
        }
    // Every text node, hidden ones too, joined as the DOM has them (a name and its "'s" may be two nodes).
    const nodes: string[] = [];
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n.nodeValue ?? '');
    for (const el of body.querySelectorAll('.documents')) el.remove();
    const outsideDocs = [body.textContent ?? '', ...attrs].join('\n');
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is wanted (print media shows and hides by CSS).
    const rendered = document.body.innerText;
    for (const a of refLinks) a.style.removeProperty('display');
    return { text: [rendered, nodes.join(''), ...attrs].join('\n'), outsideDocs, docs };
  });
}

/** Every problem in what was seen, with the words around it (the same words found twice count once). */
function problems(seen: Seen): string[] {
  // Addresses (in links and on paper) are allowed to look like anything.
  const noAddress = (t: string): string => t.replace(/https?:\/\/[^\s"'<>)]+/g, ' ');
  const text = noAddress(seen.text);
  const out = new Set<string>();
  // File names are allowed in the list of documents only.
  for (const m of noAddress(seen.outsideDocs).matchAll(new RegExp(FILE_NAME.source, 'g'))) out.add(`file name «${m[0]}»`);
  for (const p of PATTERNS)
    for (const m of text.matchAll(new RegExp(p.re.source, `${p.re.flags.replace('g', '')}g`))) {
      const at = m.index ?? 0;
      out.add(`${p.name} «${m[0]}» in “…${text.slice(Math.max(0, at - 50), at + 50).replace(/\s+/g, ' ')}…”`);
    }
  return [...out];
}

type Found = Map<string, string>;

/** Scans the page now and keeps each new problem with the first screen it was seen on. */
async function scan(page: Page, found: Found, where: string): Promise<Seen> {
  const seen = await collect(page);
  expect(seen.text.length, `${where} has text`).toBeGreaterThan(100);
  for (const p of problems(seen)) if (!found.has(p)) found.set(p, where);
  return seen;
}

/** Opens every action card in a list (each shows its preview and sources), then scans. */
async function openCards(page: Page, found: Found, where: string, scope: string): Promise<void> {
  const summaries = page.locator(`${scope} details.action > summary`);
  const n = await summaries.count();
  for (let i = 0; i < n; i++) {
    const s = summaries.nth(i);
    if (!(await s.isVisible())) continue;
    const open = await s.evaluate((el) => (el.parentElement as HTMLDetailsElement).open);
    if (!open) await s.click();
  }
  await scan(page, found, where);
}

/** Plays to the end as a person, scanning every turn report, event, and the game screen each turn. */
async function playScanning(page: Page, found: Found, name: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if ((await screen(page)) === 'end') return;
    // Two players on one device: the hand-over screen, read, then taken by the next player.
    const takeOver = page.getByRole('button', { name: /^I am .* show my turn$/ });
    if (await takeOver.isVisible()) {
      await scan(page, found, `${name} hand-over ${i}`);
      await takeOver.click();
      continue;
    }
    const report = page.locator('dialog#turn-report');
    if (await report.evaluate((d: HTMLDialogElement) => d.open)) {
      await scan(page, found, `${name} turn report ${i}`);
      await dismissReport(page);
    }
    const option = page.locator('.events-panel .option button').first();
    if (await option.isVisible()) {
      await scan(page, found, `${name} event ${i}`);
      await option.click();
      continue;
    }
    await scan(page, found, `${name} game ${i}`);
    const end = page.getByRole('button', { name: 'End turn' });
    await expect(end).toBeEnabled();
    await end.click();
  }
  throw new Error('the game did not end');
}

test('the scan catches each kind of developer material it looks for', () => {
  const bad = [
    'Checked against R62',
    'factcheck §2b',
    'not checked in the dossier',
    'Trust with China: not tracked (counts as 50)',
    'Design assumption: Design coefficient.',
    'Proposed a deal → bolivia',
    'us_offtake',
    'Scenario paz-pivot, seed 4',
    "United States's offer",
    'Who supplies the vaccines?.',
    'lasts 3 turn(s)',
    'undefined',
    'NaN',
    '[object Object]',
    '{actor} accepted',
  ];
  for (const text of bad) expect(problems({ text, outsideDocs: '', docs: '' }), text).not.toEqual([]);
  expect(problems({ text: '', outsideDocs: 'Analysis (004_d399a07574391d28.txt)', docs: '' })).not.toEqual([]);
  const fine = "United States' offer; Bolivia's answer; Who supplies the vaccines? 38 → 40 https://example.org/a_b_R12";
  expect(problems({ text: fine, outsideDocs: fine, docs: '004_d399a07574391d28.txt' })).toEqual([]);
});

const GAMES = [
  { id: 'paz-pivot', side: 'us', partner: 'bolivia', seed: 831004 },
  { id: 'arce-era', side: 'bolivia', partner: 'us', seed: 4101 },
] as const;

test('the development scenario is not offered on the start screen; the address can still open it', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  await expect(page.getByRole('group', { name: 'Scenario' }).locator('input[type="radio"]')).not.toHaveCount(0);
  await expect(page.locator('#sc-paz-pivot')).toBeVisible();
  await expect(page.locator('#sc-arce-era')).toBeVisible();
  await expect(page.locator('#sc-dev-sandbox')).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText('Development sandbox');
  await expect(page.locator('body')).not.toContainText('test briefing');

  // Authors and tests reach it by name; the default quick start stays the real scenario.
  await page.goto('/?scenario=dev-sandbox');
  await waitForMap(page);
  await page.locator('#sc-dev-sandbox').check();
  await expect(page.locator('.briefing')).toContainText('A test briefing for the United States');
  await expect(page.locator('#quick-start')).toContainText("Paz's Bolivia");
});

for (const g of GAMES) {
  test(`every screen of a played ${g.id} game, as ${g.side}, is free of ids, codes, file names and developer notes`, async ({ page }) => {
    test.setTimeout(300_000);
    const found: Found = new Map();
    await page.goto('/');
    await waitForMap(page);
    await scan(page, found, 'start');

    // Set-up, as a person: the scenario, the side, the class length; the briefing and its sources open.
    await page.locator(`#sc-${g.id}`).check();
    await page.locator(`#side-${g.side}`).check();
    await page.getByLabel('Length').selectOption({ index: 1 });
    const docs = page.locator('details.documents');
    await docs.locator('summary').click();
    const setup = await scan(page, found, 'set-up');
    // The seed documents are named by title everywhere; their file names only in that list.
    expect(setup.docs).toMatch(FILE_NAME);
    await page.getByRole('button', { name: 'Start the game' }).click();
    await expect(page.getByRole('button', { name: 'End turn' })).toBeEnabled();
    await scan(page, found, `${g.id} HUD`);
    // The objectives shown before the first move, then the first-game guide, each read and closed.
    const startPlaying = page.getByRole('button', { name: 'Start playing' });
    if (await startPlaying.isVisible()) await startPlaying.click();
    const skip = page.getByRole('button', { name: 'Skip the guide' });
    if (await skip.isVisible()) {
      await scan(page, found, `${g.id} first-game guide`);
      await skip.click();
    }

    // A department picked on the map (Potosí), else from the list of departments: its own cards.
    await clickMapAt(page, -66.77, -20.903);
    if (!(await page.locator('.for-department').isVisible())) await page.locator('.department-button[data-department="potosi"]').click();
    await expect(page.locator('.for-department')).toBeVisible();
    await openCards(page, found, `${g.id} department cards`, '.for-department');
    // Every other action card open too: their sources name documents and references by title.
    await openCards(page, found, `${g.id} action cards`, 'body');
    const cards = page.locator('details.action[open] .sources');
    await expect(cards.first()).toBeVisible();
    await expect(cards.locator('.reference a:not(.ref-id)').first()).toHaveAttribute('href', /^https?:\/\//);
    await expect(cards.locator('.reference a.ref-id').first()).toHaveAttribute('href', /^#ref-R\d+$/);
    expect(await cards.locator('.doc').allTextContents()).toContainEqual(expect.stringMatching(/[A-Za-z]{4,}/));

    // Why a meter moved: the causes and their sources.
    await page.getByRole('button', { name: 'Why did Stability move?' }).click();
    await expect(page.getByRole('region', { name: /Why Stability moved/ })).toBeVisible();
    await scan(page, found, `${g.id} causes`);

    // The deal builder: a term in, what the other side would want, the offer sent and answered.
    await page.locator('#neg-open').click();
    const builder = page.getByRole('dialog', { name: 'Negotiate a deal' });
    await expect(builder).toBeVisible();
    await builder.getByLabel('Negotiate with').selectOption(g.partner);
    await builder.locator('input[type="checkbox"][id^="inc-"]').first().check();
    await scan(page, found, `${g.id} deal builder`);
    await builder.getByRole('button', { name: 'What would you want for this?' }).click();
    await expect(builder.locator('#builder-wish')).toBeVisible();
    await scan(page, found, `${g.id} deal builder, what they want`);
    await builder.getByRole('button', { name: /^Send the offer to / }).click();
    await expect(builder.locator('#builder-answer')).toBeVisible();
    await scan(page, found, `${g.id} deal answer`);
    await builder.locator('#builder-close').click();
    await expect(builder).not.toBeVisible();

    // Turn after turn: reports, events, news, offers, to the end.
    await playScanning(page, found, g.id);
    await expect(page.getByRole('heading', { level: 1, name: /Debrief/ })).toBeVisible();
    await scan(page, found, `${g.id} end screen`);
    await page.emulateMedia({ media: 'print' });
    await scan(page, found, `${g.id} print`);
    await page.emulateMedia({ media: 'screen' });

    expect(
      [...found].map(([p, where]) => `${where}: ${p}`),
      'player-facing text with developer material',
    ).toEqual([]);
  });
}

test('a two-player game speaks to each side from its own point of view, with clean text on every screen', async ({ page }) => {
  test.setTimeout(300_000);
  const found: Found = new Map();
  await page.goto('/');
  await waitForMap(page);
  await page.getByRole('radio', { name: /Two players on this device/ }).check();
  await page.getByLabel('Length').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Start the game' }).click();
  await expect(page.getByRole('button', { name: 'End turn' })).toBeEnabled();
  const startPlaying = page.getByRole('button', { name: 'Start playing' });
  if (await startPlaying.isVisible()) await startPlaying.click();
  const skip = page.getByRole('button', { name: 'Skip the guide' });
  if (await skip.isVisible()) await skip.click();

  // The United States offers Bolivia a deal; Bolivia, a person, answers on its own move.
  await page.locator('#neg-open').click();
  const builder = page.getByRole('dialog', { name: 'Negotiate a deal' });
  // (The lithium offtake waits for the Assembly and for trust: not open on the first turn.)
  await builder.getByLabel('Include: Cancel the unratified Chinese lithium contracts').check();
  await builder.getByRole('button', { name: 'Send the offer to Bolivia' }).click();
  await expect(builder.locator('#builder-answer')).toContainText('Bolivia will answer on its own move');
  await builder.locator('#builder-close').click();
  await page.getByRole('button', { name: 'End turn' }).click();
  await scan(page, found, 'hand-over to Bolivia');
  await page.getByRole('button', { name: 'I am Bolivia — show my turn' }).click();
  if (await startPlaying.isVisible()) await startPlaying.click();
  if (await skip.isVisible()) await skip.click();

  // Bolivia turns the offer down: the page speaks of the United States' offer, never of "your offer" as Bolivia's.
  await page.getByRole('button', { name: 'Reject the offer from United States' }).click();
  await expect(page.locator('body')).not.toContainText(/Bolivia rejected your offer/);
  await scan(page, found, 'Bolivia after rejecting');
  await playScanning(page, found, 'hot-seat');
  await scan(page, found, 'hot-seat end screen');
  expect(
    [...found].map(([p, where]) => `${where}: ${p}`),
    'player-facing text with developer material',
  ).toEqual([]);
});
