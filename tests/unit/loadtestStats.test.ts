import { describe, expect, it } from 'vitest';
import { parseLoadOptions } from '../../src/server/loadtest/options';
import { buildReport, countError, formatReport, newStats, percentile } from '../../src/server/loadtest/stats';

describe('load test statistics', () => {
  it('takes nearest-rank percentiles', () => {
    const v = Array.from({ length: 100 }, (_, i) => 100 - i); // 100..1, unsorted
    expect(percentile(v, 50)).toBe(50);
    expect(percentile(v, 95)).toBe(95);
    expect(percentile(v, 99)).toBe(99);
    expect(percentile(v, 100)).toBe(100);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('reports counts, errors by kind, memory per room and server CPU', () => {
    const s = newStats();
    s.roundTrips.push(10, 20, 30, 40);
    s.applied = 3;
    s.refused = 1;
    s.offers = 2;
    countError(s, 'timeout');
    countError(s, 'timeout');
    countError(s, 'join failed');
    const r = buildReport(s, { classes: 2, students: 8, rooms: 4, processes: 2, redis: true, seconds: 10 }, [
      { label: 'a', cpuSeconds: 3, rssStart: 100 << 20, rssEnd: 104 << 20, heapStart: 10 << 20, heapEnd: 12 << 20 },
      { label: 'b', cpuSeconds: 2, rssStart: 100 << 20, rssEnd: 104 << 20, heapStart: 10 << 20, heapEnd: 12 << 20 },
    ]);
    expect(r).toMatchObject({
      actions: 3,
      refused: 1,
      offers: 2,
      p50: 20,
      p95: 40,
      max: 40,
      errorTotal: 3,
      errors: { timeout: 2, 'join failed': 1 },
    });
    expect(r.memoryPerRoom).toBe(1 << 20); // the heap's growth (4 MiB over 4 rooms), not the resident size's
    expect(r.cpuCores).toBeCloseTo(0.5);
    const text = formatReport(r);
    expect(text).toContain('errors             3 (timeout: 2, join failed: 1)');
    expect(text).toContain('2 on Redis');
    expect(text).toContain('memory per room    1.0 MiB (live heap after GC');
    expect(text).toContain('50% of one core');
  });

  it('leaves memory and CPU unknown for a server it did not start', () => {
    const r = buildReport(newStats(), { classes: 1, students: 1, rooms: 1, processes: 1, redis: false, seconds: 1 }, []);
    expect(r.memoryPerRoom).toBeNull();
    expect(r.cpuCores).toBeNull();
    expect(formatReport(r)).toContain('p50 n/a');
  });
});

describe('load test flags', () => {
  it('reads the flags and refuses bad ones by name', () => {
    expect(parseLoadOptions(['--classes', '50', '--students', '30', '--pace', '0.5', '--processes', '2', '--redis'])).toMatchObject({
      classes: 50,
      students: 30,
      pace: 0.5,
      processes: 2,
      redis: true,
    });
    expect(() => parseLoadOptions(['--classes', 'many'])).toThrow(/--classes many/);
    expect(() => parseLoadOptions(['--students'])).toThrow(/--students needs a value/);
    expect(() => parseLoadOptions(['--fast'])).toThrow(/unknown flag --fast/);
    expect(() => parseLoadOptions(['--processes', '2'])).toThrow(/needs --redis/);
    expect(() => parseLoadOptions(['--url', 'http://127.0.0.1:1', '--redis'])).toThrow(/--url/);
  });
});
