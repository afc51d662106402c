import { expect, type Page } from '@playwright/test';

type Handle = {
  altiplano: {
    store: {
      getState: () => {
        ui: { screen: string; selectedDepartment: string | null };
        game: { turn: number; pending: { actor: string }[]; over?: unknown } | null;
        choice: { side: string } | null;
        cards: { id: string; face: { actors: { id: string; playable?: boolean }[]; presets?: { turns: number }[] } }[];
      };
    };
    map: () => { project: (lon: number, lat: number) => [number, number]; drawn: Record<string, number> };
  };
};

/** The meters' values as the page exposes them to assistive technology. */
export async function meterValues(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const el of document.querySelectorAll('.meters-col [role="meter"]'))
      out[el.getAttribute('aria-label') ?? ''] = Number(el.getAttribute('aria-valuenow'));
    return out;
  });
}

/** Clicks the map canvas at a longitude and latitude. */
export async function clickMapAt(page: Page, lon: number, lat: number): Promise<void> {
  const [x, y] = await page.evaluate(([a, b]) => (window as unknown as Handle).altiplano.map().project(a, b), [lon, lat] as const);
  const box = await page.locator('#map canvas').boundingBox();
  if (!box) throw new Error('no map canvas');
  await page.mouse.click(box.x + x, box.y + y);
}

export async function drawnColours(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => ({ ...(window as unknown as Handle).altiplano.map().drawn }));
}

export async function screen(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as Handle).altiplano.store.getState().ui.screen);
}

/**
 * Reads past the briefing with the objectives that drops down before a side's first move, as a
 * player does: "Start playing" closes it. It must be there (a game that skipped it is a bug).
 */
export async function startPlaying(page: Page): Promise<void> {
  const begin = page.getByRole('button', { name: 'Start playing' });
  await expect(begin).toBeVisible();
  await begin.click();
  await expect(begin).toBeHidden();
}

/** Closes the turn report if it is open, with the Escape key. */
export async function dismissReport(page: Page): Promise<boolean> {
  const dialog = page.locator('dialog#turn-report');
  if (await dialog.evaluate((d: HTMLDialogElement) => d.open)) {
    await page.keyboard.press('Escape');
    await expect(dialog).not.toBeVisible();
    return true;
  }
  return false;
}

/**
 * Plays on as a person would until the end screen: answers any event waiting for the
 * player (first option), dismisses turn reports, and ends the turn. Returns how many
 * events it answered.
 */
export async function playToEnd(page: Page, maxSteps = 200): Promise<number> {
  let answered = 0;
  for (let i = 0; i < maxSteps; i++) {
    if ((await screen(page)) === 'end') return answered;
    await dismissReport(page);
    const option = page.locator('.events-panel .option button').first();
    if (await option.isVisible()) {
      await option.click();
      answered++;
      continue;
    }
    const end = page.getByRole('button', { name: 'End turn' });
    await expect(end).toBeEnabled();
    await end.click();
  }
  throw new Error('the game did not end');
}
