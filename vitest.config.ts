import { defineConfig } from 'vitest/config';

/** Unit tests: Node only, no browser. End-to-end tests live in tests/e2e and run under Playwright. */
export default defineConfig({
  test: {
    environment: 'node',
    // Worker threads start faster than forked processes: about 15% off the suite here.
    pool: 'threads',
    include: ['tests/unit/**/*.test.ts', 'tests/server/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
