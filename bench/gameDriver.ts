import type { Browser, BrowserContext, Page } from '@playwright/test';
import config from '../playwright.config';

/**
 * Drives the built game as a person does (the start screen's quick start, the turn report's
 * close button, End turn), never through the store, so the same bench runs on builds whose
 * store and scenario loading differ.
 */

export const VIEWPORT = config.use?.viewport ?? { width: 1280, height: 800 };

/** The first-game guide is remembered as seen (as for a returning player), unless settings exist already. */
const RETURNING_PLAYER = `(() => {
  try {
    if (!localStorage.getItem('altiplano.settings')) localStorage.setItem('altiplano.settings', JSON.stringify({ guideDone: true }));
  } catch {}
})();`;

/** A fresh context (empty cache and storage) and page, with `initScripts` run before the page's own. */
export async function freshPage(browser: Browser, initScripts: string[] = []): Promise<{ ctx: BrowserContext; page: Page }> {
  const ctx = await browser.newContext({ viewport: VIEWPORT });
  const page = await ctx.newPage();
  for (const s of [RETURNING_PLAYER, ...initScripts]) await page.addInitScript(s);
  return { ctx, page };
}

async function clickIfVisible(page: Page, selector: string): Promise<void> {
  const el = page.locator(selector).first();
  if (await el.isVisible().catch(() => false)) await el.click();
}

/** Starts the default game from the start screen and clears what covers it, until End turn shows. */
export async function quickStart(page: Page): Promise<void> {
  const start = page.locator('#quick-start, #start-game').first();
  await start.waitFor({ state: 'visible', timeout: 30_000 });
  await start.click();
  await page.locator('#end-turn').waitFor({ state: 'visible', timeout: 30_000 });
  // The map loads when the start screen is left: a player waits until it shows.
  await page.locator('#map canvas').waitFor({ state: 'visible', timeout: 30_000 });
  await clickIfVisible(page, 'button:has-text("Skip the guide")');
  await clickIfVisible(page, '#objectives-toggle[aria-expanded="true"]');
  await clickIfVisible(page, '#report-close');
  // The pointer rests off the map, as a hand off the mouse.
  await page.mouse.move(1, 1);
}

/** Answers any event waiting for the player by its first option, then clicks End turn. */
export async function endTurn(page: Page): Promise<void> {
  const option = page.locator('.events-panel .option button');
  for (let i = 0; i < 8 && (await option.count()) > 0; i++) await option.first().click();
  await page.locator('#end-turn:not([disabled])').click({ timeout: 15_000 });
}
