import AxeBuilder from '@axe-core/playwright';
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

/** The accessibility violations axe rates serious or critical, each with up to five of its elements. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).analyze();
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes
          .slice(0, 5)
          .map((n) => n.target.join(' '))
          .join('\n  ')}`,
    );
}

/**
 * Waits until the map scene has drawn. The map loads when the player leaves the start screen;
 * on the start screen this loads it at once (under the start screen, which covers it), so a test
 * can read the map before it starts a game. tests/e2e/boot.spec.ts checks the player's own path.
 */
export async function waitForMap(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { altiplano?: unknown }).altiplano !== undefined);
  await page.evaluate(() => (window as unknown as { altiplano: { loadMap: () => Promise<void> } }).altiplano.loadMap());
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
