import { defineConfig } from '@playwright/test';

// E2E_PORT and E2E_DIST let two runs share a machine (each on its own build and port).
const PORT = Number(process.env.E2E_PORT ?? 4319);
const DIST = process.env.E2E_DIST ?? 'dist';

/**
 * End-to-end tests drive Debian's Chromium (/usr/bin/chromium, or $CHROMIUM_PATH)
 * against the production build served by tools/staticServer.ts.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000, toHaveScreenshot: { maxDiffPixelRatio: 0.01 } },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  snapshotPathTemplate: '{testDir}/__screenshots__/{testFilePath}/{arg}{ext}',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // The first-game guide is remembered as seen, so it does not sit beside every spec's first game;
    // tests/e2e/help.spec.ts starts from an empty storage to meet it.
    storageState: {
      cookies: [],
      origins: [
        { origin: `http://127.0.0.1:${PORT}`, localStorage: [{ name: 'altiplano.settings', value: JSON.stringify({ guideDone: true }) }] },
      ],
    },
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--enable-unsafe-swiftshader',
      ],
    },
  },
  webServer: {
    // The game's own server (precompressed files, the page's CSP as a header): what is tested is what `npm start` serves.
    command: `node --import tsx tools/staticServer.ts --dir ${DIST} --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
