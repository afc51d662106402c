import { readFileSync, writeFileSync } from 'node:fs';
import { type Browser, expect, type Page, type TestInfo, test } from '@playwright/test';
import { waitForMap, watchConsole } from './helpers';
import { screen } from './playHelpers';

/**
 * Issue 16: a class game played in Spanish at the basic reading, as a student plays it, from each
 * side: the start screen, the briefing, the first-game guide, the game (an action card, its preview,
 * taking it; the deal builder and an offer; the turn reports and events; a meter's causes; the
 * sources page; how to play and the glossary; who's who), the debrief and its print layout. Every
 * screen's visible text is scanned for English words left over. Quotes from the documents and the
 * works' titles stay in English, marked `lang="en"`, and are not scanned.
 *
 * Every finding is kept, and the test fails once at the end listing them all, each with the screen
 * and the text around it (also written to the test's output, english-left.json).
 */

test.describe.configure({ timeout: 360_000 });

/** English words that never appear in Spanish text (as tests/unit/catalogueEs.test.ts), matched as whole words. */
const ENGLISH =
  /(?<!\p{L})(the|and|of|to|with|your|you|this|that|is|are|was|turn|turns|deal|deals|influence|stability|offer|offers|game|not|for|from|what|which|who|have|will|would|can|cannot|its|it|be|by|on|an|or|points|score|why|how|move|moved|end|next|back|close|start|play|playing|report)(?!\p{L})/giu;

type Finding = { where: string; word: string; text: string };

type Piece = { text: string; how: string };

/**
 * The text a reader meets on the page now: every visible text node, the shown option of each select,
 * and the labels a screen reader says (aria-label, title, placeholder, alt) of visible elements;
 * nothing under an element whose language is not Spanish (a quote, a work's title, a language's own name)
 * or that is not to be translated (`translate="no"`: a file name, a web address).
 */
async function readable(page: Page): Promise<Piece[]> {
  return page.evaluate(() => {
    const out: { text: string; how: string }[] = [];
    const spanish = (el: Element): boolean => (el.closest('[lang]')?.getAttribute('lang') ?? 'es').startsWith('es');
    const visible = (el: Element): boolean =>
      el.checkVisibility({ checkOpacity: false, checkVisibilityCSS: true }) && !el.closest('script, style, noscript, template, canvas');
    const context = (el: Element): string => {
      // biome-ignore lint/performance/useDomNodeTextContent: the text as rendered (no hidden parts, spaces between blocks) is what a reader meets
      const text = (el as HTMLElement).innerText || el.textContent || '';
      return text.replace(/\s+/g, ' ').trim().slice(0, 240);
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set<Element>();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || seen.has(el) || !(n.textContent ?? '').trim()) continue;
      if (el.closest('select')) continue;
      if (!visible(el) || !spanish(el) || el.closest('[translate="no"]')) continue;
      seen.add(el);
      // The element's own text (its text nodes), with its whole text as the context.
      const own = [...el.childNodes]
        .filter((c) => c.nodeType === Node.TEXT_NODE)
        .map((c) => c.textContent ?? '')
        .join(' ');
      out.push({ text: own, how: context(el) });
    }
    for (const s of document.querySelectorAll('select')) {
      const o = s.selectedOptions[0];
      if (o && visible(s) && spanish(o)) out.push({ text: o.text, how: `[select] ${o.text}` });
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], img[alt], [aria-description]')) {
      if (!visible(el) || !spanish(el)) continue;
      for (const a of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
        const v = el.getAttribute(a);
        if (v?.trim()) out.push({ text: v, how: `[${a}] ${v}` });
      }
    }
    return out;
  });
}

/** A student's session: what was found, and the screenshots taken, screen by screen. */
class Scan {
  readonly found: Finding[] = [];
  private shots = 0;
  constructor(
    private readonly page: Page,
    readonly info: TestInfo,
  ) {}

  /** Scans the page as it is now, under a screen's name, and takes its picture. */
  async check(where: string, opts: { shot?: boolean; fullPage?: boolean } = {}): Promise<void> {
    await expect(this.page.locator('html')).toHaveAttribute('lang', 'es');
    const seen = new Set(this.found.map((f) => `${f.word.toLowerCase()}|${f.text}`));
    for (const p of await readable(this.page)) {
      for (const m of p.text.matchAll(ENGLISH)) {
        const word = m[0];
        const key = `${word.toLowerCase()}|${p.how}`;
        if (seen.has(key)) continue;
        seen.add(key);
        this.found.push({ where, word, text: p.how });
      }
    }
    if (opts.shot !== false) {
      const name = `${String(++this.shots).padStart(2, '0')}-${where.replace(/[^\w-]+/g, '-')}.png`;
      await this.page.screenshot({ path: this.info.outputPath(name), fullPage: opts.fullPage ?? false });
    }
  }

  /** Writes every finding to the output and fails listing them (word, screen, text around it). */
  async verdict(): Promise<void> {
    const body = JSON.stringify(this.found, null, 2);
    writeFileSync(this.info.outputPath('english-left.json'), body);
    await this.info.attach('english-left.json', { body, contentType: 'application/json' });
    const lines = this.found.map((f) => `“${f.word}” on ${f.where}: ${f.text}`);
    expect(lines, `English words left on Spanish screens (${lines.length}):\n${lines.join('\n')}`).toEqual([]);
  }
}

/** A device no one has played on (the first-game guide still to meet), or one past it. */
async function device(browser: Browser, baseURL: string, settings: Record<string, unknown>): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    storageState: {
      cookies: [],
      origins: [{ origin: baseURL, localStorage: [{ name: 'altiplano.settings', value: JSON.stringify(settings) }] }],
    },
  });
  return context.newPage();
}

type Win = { altiplano: { store: { getState: () => { lang: string; reading?: string; game: unknown; log: unknown[] } } } };

/** Spanish and the basic reading, chosen on the start screen's switches as a student does; the briefing changes with the reading. */
async function chooseSpanishBasic(page: Page): Promise<void> {
  await page.locator('#start-language').selectOption('es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.locator('#start-title')).not.toHaveText('');
  const briefing = page.locator('.briefing').first();
  await expect(briefing).toBeVisible();
  await page.locator('#start-language-reading').selectOption('advanced');
  const advanced = (await briefing.textContent()) ?? '';
  await page.locator('#start-language-reading').selectOption('basic');
  // The basic reading shows: the briefing is another, plainer text.
  let changed = false;
  for (let i = 0; i < 20 && !changed; i++) {
    changed = ((await briefing.textContent()) ?? '') !== advanced;
    if (!changed) await page.waitForTimeout(150);
  }
  expect.soft(changed, 'the briefing has a basic reading that differs from the advanced one').toBe(true);
  expect(await page.evaluate(() => (window as unknown as Win).altiplano.store.getState().reading)).toBe('basic');
}

/** The start screen set for a class game: the scenario, the side, the class preset, a seed. */
async function setUp(page: Page, side: string): Promise<void> {
  await page.locator('#sc-paz-pivot').check();
  await page.locator(`#side-${side}`).check();
  await page.locator('#mode-solo').check();
  await page.locator('#start-length').selectOption('class');
  await page.locator('#start-seed').fill('4242');
}

/** The briefing before the first move, then the first-game guide when it comes, step by step. */
async function briefingAndGuide(page: Page, scan: Scan, side: string): Promise<void> {
  const briefing = page.locator('.objectives-panel.start');
  await expect(briefing).toBeVisible();
  await scan.check(`${side}: briefing`);
  await page.locator('#objectives-close').click();
  await expect(briefing).toBeHidden();
  const guide = page.locator('section.guide');
  for (let i = 0; i < 12; i++) {
    try {
      await guide.waitFor({ state: 'visible', timeout: i === 0 ? 3000 : 1000 });
    } catch {
      break;
    }
    await scan.check(`${side}: first-game guide, step ${i + 1}`);
    await page.locator('#guide-next').click();
  }
  await expect(guide).toHaveCount(0);
}

/** An action card opened, its preview read, the action taken. */
async function takeAnAction(page: Page, scan: Scan, side: string): Promise<void> {
  const cards = page.locator('.actions-panel details.action:not(.unavailable)');
  await expect(cards.first()).toBeVisible();
  await scan.check(`${side}: game, turn 1`);
  // An unavailable card says why, in Spanish too.
  const closed = page.locator('.actions-panel details.action.unavailable').first();
  if ((await closed.count()) > 0 && (await closed.isVisible())) {
    await closed.locator('summary').click();
    await scan.check(`${side}: an unavailable action`, { shot: false });
    await closed.locator('summary').click();
  }
  const card = cards.first();
  await card.locator('summary').click();
  await expect(card.locator('.preview')).toBeVisible();
  await scan.check(`${side}: an action card and its preview`);
  const capital = await page.locator('#budget-capital').textContent();
  await card.locator('button[id^="do-"]').click();
  await expect(page.locator('#budget-capital')).not.toHaveText(capital ?? '');
  await scan.check(`${side}: after taking an action`, { shot: false });
}

/** The deal builder: a partner, a term or two, the assessment, an offer sent and its answer. */
async function sendAnOffer(page: Page, scan: Scan, side: string, partner: string): Promise<void> {
  await page.locator('#neg-open').click();
  const builder = page.locator('dialog#deal-builder');
  await expect(builder).toBeVisible();
  const who = builder.locator('#builder-partner');
  if ((await who.count()) > 0) await who.selectOption(partner);
  const terms = builder.locator('.builder-term:not(.unavailable) input[type="checkbox"]:not([disabled])');
  await expect(terms.first()).toBeVisible();
  await terms.first().check();
  if ((await terms.count()) > 1) await terms.nth(1).check();
  await expect(builder.locator('#builder-likely')).toBeVisible();
  await scan.check(`${side}: deal builder`);
  const send = builder.locator('#builder-send');
  if (await send.isEnabled()) {
    await send.click();
    await expect(builder.locator('#builder-answer')).toBeVisible();
    await scan.check(`${side}: the answer to an offer`);
  }
  await builder.locator('#builder-close').click();
  await expect(builder).toBeHidden();
  await scan.check(`${side}: negotiation panel`, { shot: false });
}

/** The menu's pages: how to play and its glossary (a term's popover), the sources page, who's who. */
async function menuPages(page: Page, scan: Scan, side: string): Promise<void> {
  const menu = page.locator('details.menu');
  await menu.locator('summary').click();
  await scan.check(`${side}: game menu`);
  await page.locator('#menu-help').click();
  const help = page.locator('dialog#how-to-play');
  await expect(help).toBeVisible();
  await scan.check(`${side}: how to play and glossary`);
  const term = help.locator('button.gloss-term').first();
  if ((await term.count()) > 0) {
    await term.click();
    await scan.check(`${side}: a glossary popover`);
    await page.keyboard.press('Escape');
  }
  await page.locator('#help-close').click();
  await expect(help).toBeHidden();

  if (!(await menu.getAttribute('open'))) await menu.locator('summary').click();
  await page.locator('#menu-sources').click();
  const sources = page.locator('dialog#sources-page');
  await expect(sources).toBeVisible();
  await scan.check(`${side}: sources and checks`);
  // Every entry opened: the claims, their checks and verdicts.
  for (const d of await sources.locator('details:not([open]) > summary').all()) await d.click();
  await scan.check(`${side}: sources and checks, opened`, { shot: false });
  await page.locator('#sources-close').click();
  await expect(sources).toBeHidden();

  if (!(await menu.getAttribute('open'))) await menu.locator('summary').click();
  await page.locator('#menu-whos-who').click();
  const whos = page.locator('dialog.whos-who');
  await expect(whos).toBeVisible();
  await scan.check(`${side}: who's who`);
  await page.keyboard.press('Escape');
  await expect(whos).toBeHidden();
  if (await menu.getAttribute('open')) await menu.locator('summary').click();
}

/** A meter's causes ("why it moved"), after the first turn has moved it. */
async function causes(page: Page, scan: Scan, side: string): Promise<void> {
  const why = page.locator('.meters-col .meter-row[data-meter="gdp"] button.why');
  await why.click();
  const panel = page.locator('#causes-panel');
  await expect(panel).toBeVisible();
  await scan.check(`${side}: why GDP moved`);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
}

/** Plays to the debrief as a student does: every turn report and event read (scanned), the first option taken. */
async function playOn(page: Page, scan: Scan, side: string): Promise<void> {
  const report = page.locator('dialog#turn-report');
  for (let i = 0; i < 80 && (await screen(page)) !== 'end'; i++) {
    if (await report.evaluate((d: HTMLDialogElement) => d.open)) {
      await scan.check(`${side}: turn report ${i}`, { shot: i < 3 });
      await page.keyboard.press('Escape');
      await expect(report).toBeHidden();
      continue;
    }
    const option = page.locator('.events-panel .option button').first();
    if (await option.isVisible()) {
      await scan.check(`${side}: an event ${i}`, { shot: i < 6 });
      await option.click();
      continue;
    }
    const end = page.locator('#end-turn');
    await expect(end).toBeEnabled();
    await end.click();
  }
}

/** Answers every event waiting for the player (the first option), each read first when a scan is given. */
async function answerEvents(page: Page, scan: Scan | null, where: string): Promise<void> {
  const option = page.locator('.events-panel .option button').first();
  for (let i = 0; i < 6 && (await option.isVisible()); i++) {
    if (scan) await scan.check(`${where}: an event waiting`);
    await option.click();
    await page.waitForTimeout(200);
  }
  await expect(page.locator('#end-turn')).toBeEnabled();
}

/** The debrief, on screen and in its print layout. */
async function debrief(page: Page, scan: Scan, side: string): Promise<void> {
  await expect(page.locator('#end-title')).toBeVisible();
  await expect(page.locator('.score-card.mine')).toBeVisible();
  // Every folded part of the debrief opened.
  for (const d of await page.locator('.end-inner details:not([open]) > summary').all()) await d.click();
  await scan.check(`${side}: debrief`, { fullPage: true });
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#print')).toBeHidden();
  await scan.check(`${side}: debrief, printed`, { fullPage: true });
  const pdf = await page.pdf({ format: 'A4' });
  await scan.info.attach(`${side}-debrief.pdf`, { body: pdf, contentType: 'application/pdf' });
  await page.emulateMedia({ media: 'screen' });
}

test('a class game in Spanish at the basic reading, from each side, reads as Spanish from the start screen to the printed debrief', async ({
  browser,
  baseURL,
}, info) => {
  const page = await device(browser, baseURL ?? '', {});
  const consoleWatch = watchConsole(page);
  const scan = new Scan(page, info);
  await page.goto('/');
  await waitForMap(page);
  await chooseSpanishBasic(page);
  await scan.check('start screen');
  // The start screen's own pages: the sources, how to play.
  await page.locator('#start-help').click();
  await expect(page.locator('dialog#how-to-play')).toBeVisible();
  await scan.check('start screen: how to play');
  await page.locator('#help-close').click();

  for (const [side, partner] of [
    ['us', 'bolivia'],
    ['bolivia', 'us'],
  ] as const) {
    if ((await screen(page)) !== 'start') await page.locator('#new-game').click();
    await expect(page.locator('#start-game')).toBeVisible();
    await setUp(page, side);
    await scan.check(`${side}: start screen, set up`);
    await page.locator('#start-game').click();
    await expect(page.locator('#end-turn')).toBeVisible();
    await briefingAndGuide(page, scan, side);
    // Numbers as Bolivia writes them: US$ and a decimal comma.
    await expect(page.locator('.meters-col .meter-row[data-meter="gdp"] .value')).toHaveText(/^US\$ \d{1,3}(\.\d{3})*,\d mil millones$/);
    await expect(page.locator('#turn-status')).toContainText(/Turno 1 de 6/);
    await takeAnAction(page, scan, side);
    await sendAnOffer(page, scan, side, partner);
    await page.locator('#end-turn').click();
    const report = page.locator('dialog#turn-report');
    await expect(report).toBeVisible();
    await scan.check(`${side}: the first turn report`);
    await page.keyboard.press('Escape');
    await expect(report).toBeHidden();
    await causes(page, scan, side);
    await menuPages(page, scan, side);
    await playOn(page, scan, side);
    await debrief(page, scan, side);
  }
  await scan.verdict();
  consoleWatch.assertClean();
});

test('a resumed game and a watched game follow a switch to Spanish mid-game, without a reload', async ({ page }, info) => {
  const consoleWatch = watchConsole(page);
  const scan = new Scan(page, info);
  await page.goto('/');
  await waitForMap(page);
  // A game in English, one turn played, then the page reloaded: the autosave puts it back (a loaded game).
  await page.locator('#sc-paz-pivot').check();
  await page.locator('#side-bolivia').check();
  await page.locator('#start-length').selectOption('class');
  await page.locator('#start-seed').fill('77');
  await page.locator('#start-game').click();
  await page.locator('#objectives-close').click();
  await answerEvents(page, null, '');
  await page.locator('#end-turn').click();
  const report = page.locator('dialog#turn-report');
  await expect(report).toBeVisible();
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('altiplano.autosave')?.length ?? 0)).toBeGreaterThan(0);
  await page.reload();
  await waitForMap(page);
  await expect(page.locator('#end-turn')).toBeVisible();
  await expect(page.locator('#end-turn')).toHaveAccessibleName(/End turn/);
  const before = await page.evaluate(() => JSON.stringify((window as unknown as Win).altiplano.store.getState().game));

  // Spanish from the menu's switch: every view words itself again; the game is the same game.
  const language = page.locator('details.menu .language-settings select').first();
  await page.locator('details.menu > summary').click();
  await language.selectOption('es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.locator('#end-turn')).toHaveAccessibleName(/Terminar turno/);
  await expect(page.locator('#turn-status')).toContainText(/Turno 2 de 6/);
  await expect(page.locator('.meters-col .meter-row[data-meter="gdp"] .value')).toHaveText(/,\d mil millones$/);
  expect(await page.evaluate(() => JSON.stringify((window as unknown as Win).altiplano.store.getState().game))).toBe(before);
  await page.locator('details.menu > summary').click();
  await scan.check('resumed game, switched to Spanish');
  // The game plays on in Spanish: the event waiting is answered, the turn ended.
  await answerEvents(page, scan, 'resumed game');
  await page.locator('#end-turn').click();
  await expect(report).toBeVisible();
  await scan.check('resumed game: its next turn report');
  await page.keyboard.press('Escape');

  // A watched game: the computer plays itself; the switch back to English and to Spanish again, mid-watch.
  await page.locator('details.menu > summary').click();
  await page.locator('#menu-new-game').click();
  await expect(page.locator('#start-game')).toBeVisible();
  await page.locator('#mode-watch').check();
  await page.locator('#start-length').selectOption('class');
  await page.locator('#start-game').click();
  const bar = page.locator('#watch-bar');
  await expect(bar).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as Win).altiplano.store.getState().log.length), { timeout: 30_000 })
    .toBeGreaterThan(2);
  await page.locator('#watch-play').click(); // pause, so the page holds still while it is read
  await scan.check('watched game, in Spanish');
  const status = page.locator('#turn-status');
  await expect(status).toContainText(/Turno \d+ de 6/);
  const log = await page.evaluate(() => (window as unknown as Win).altiplano.store.getState().log.length);
  await page.locator('details.menu > summary').click();
  await language.selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(status).toContainText(/Turn \d+ of 6/);
  await language.selectOption('es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(status).toContainText(/Turno \d+ de 6/);
  await page.locator('details.menu > summary').click();
  // The watch goes on where it was: nothing replayed, nothing lost.
  expect(await page.evaluate(() => (window as unknown as Win).altiplano.store.getState().log.length)).toBe(log);
  await page.locator('#watch-play').click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as Win).altiplano.store.getState().log.length), { timeout: 30_000 })
    .toBeGreaterThan(log);
  await scan.check('watched game, playing on in Spanish');
  await scan.verdict();
  consoleWatch.assertClean();
});

test("the teacher's and the author's pages read as Spanish: both teacher guides, the class setup, the console, the comparison and the workshop with a file's problems", async ({
  browser,
  baseURL,
}, info) => {
  const page = await device(browser, baseURL ?? '', { lang: 'es', guideDone: true });
  const consoleWatch = watchConsole(page);
  const scan = new Scan(page, info);
  const pages: [string, RegExp][] = [
    ['/teacher-guide.html?scenario=paz-pivot', /^Guía docente: La Bolivia de Paz/],
    ['/teacher-guide.html?scenario=arce-era', /^Guía docente: La Bolivia de Arce/],
    ['/setup.html', /^Configuración de la clase$/],
    ['/console.html', /^Consola docente$/],
    ['/compare.html', /^Comparar las partidas de los equipos$/],
  ];
  for (const [path, heading] of pages) {
    await page.goto(path);
    await expect(page.locator('h1').first()).toHaveText(heading);
    await scan.check(path, { fullPage: true });
  }
  // The workshop, with an author's file that has a mistyped key: its problems are worded in Spanish too.
  await page.goto('/workshop.html');
  await expect(page.locator('h1').first()).toHaveText('Taller de escenarios');
  // The shipped scenarios to copy are named by their Spanish titles.
  await expect(page.locator('#ws-shipped option[value="paz-pivot"]')).toHaveText('La Bolivia de Paz (desde noviembre de 2025)');
  const starter = readFileSync('scenarios/templates/starter.yaml', 'utf8').replace('    chance: 0.5\n', '    chanse: 0.5\n');
  const data = await page.evaluateHandle((t) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], 'sal-y-cobre.yaml', { type: 'application/yaml' }));
    return dt;
  }, starter);
  const zone = page.locator('.ws-edit');
  await zone.dispatchEvent('dragover', { dataTransfer: data });
  await zone.dispatchEvent('drop', { dataTransfer: data });
  await expect(page.locator('.ws-problem').filter({ hasText: 'chanse' })).toBeVisible();
  await scan.check('workshop: a file with a problem');
  await scan.verdict();
  consoleWatch.assertClean();
});
