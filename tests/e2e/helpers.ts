import { expect, type Page } from '@playwright/test';

/** Collects console errors and page errors; call `assertClean()` at the end of a test. */
export function watchConsole(page: Page): { errors: string[]; assertClean: () => void } {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { errors, assertClean: () => expect(errors, errors.join('\n')).toEqual([]) };
}

/** Waits until the map scene has drawn. */
export async function waitForMap(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const w = window as unknown as { altiplano?: { store: { getState: () => { ui: { mapReady: boolean } } } } };
    return w.altiplano?.store.getState().ui.mapReady === true;
  });
}

/** Reads one pixel of the map canvas at a screen point (CSS pixels). */
export async function pixelAt(page: Page, x: number, y: number): Promise<[number, number, number]> {
  return page.evaluate(
    ([px, py]) =>
      new Promise<[number, number, number]>((resolve) => {
        const w = window as unknown as {
          altiplano: {
            game: { renderer: { snapshotPixel: (x: number, y: number, cb: (c: { r: number; g: number; b: number }) => void) => void } };
          };
        };
        w.altiplano.game.renderer.snapshotPixel(Math.round(px), Math.round(py), (c) => resolve([c.r, c.g, c.b]));
      }),
    [x, y] as const,
  );
}
