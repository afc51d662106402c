/**
 * The load tester itself, on a tiny run against a real class server (in this process, SQLite in
 * memory): what it reports must agree with what the server stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/net/store';
import { DEFAULTS } from '../../src/server/loadtest/options';
import { runLoadTest } from '../../src/server/loadtest/run';
import { formatReport } from '../../src/server/loadtest/stats';
import { loadScenarios } from '../../src/server/scenarios';
import { sqliteStore } from '../../src/server/sqliteStore';
import { type ClassServer, startClassServer } from '../../src/server/startServer';

let store: Store;
let server: ClassServer;
beforeAll(async () => {
  store = sqliteStore(':memory:');
  server = await startClassServer({
    port: 25730,
    host: '127.0.0.1',
    store,
    scenarios: loadScenarios('scenarios'),
    dist: null,
    log: () => {},
  });
}, 60_000);
afterAll(async () => {
  await server?.close();
  await store?.close();
});

describe('class-loadtest', () => {
  it('counts the moves the server stored, with their round trips, and no errors', async () => {
    const report = await runLoadTest({
      ...DEFAULTS,
      url: `http://127.0.0.1:${server.port}`,
      classes: 2,
      students: 4,
      roomSize: 2,
      duration: 60,
      maxActions: 30,
      pace: 0,
    });
    expect(report).toMatchObject({ classes: 2, students: 8, rooms: 4, processes: 1, redis: false, errorTotal: 0, errors: {} });
    // Every move sent was answered, within the bound.
    expect(report.actions + report.refused).toBe(30);
    expect(report.p50).toBeLessThanOrEqual(report.p95);
    expect(report.p95).toBeLessThanOrEqual(report.p99);
    expect(report.p99).toBeLessThanOrEqual(report.max);
    // The server's logs hold exactly the members' moves the tester counted as applied.
    const classes = await store.openClasses();
    expect(classes).toHaveLength(2);
    let stored = 0;
    let offers = 0;
    for (const c of classes)
      for (const roomId of c.roomIds)
        for (const e of await store.readLog(roomId))
          if (e.kind === 'act' && e.by !== null) {
            stored++;
            if (e.actions[0]?.type === 'proposeDeal') offers++;
          }
    expect(stored).toBe(report.actions);
    expect(offers).toBe(report.offers);
    // A server it did not start: no CPU or memory figures, and the report says so by leaving them out.
    expect(report.servers).toEqual([]);
    expect(formatReport(report)).toContain(`actions            ${report.actions} applied`);
  }, 120_000);
});
