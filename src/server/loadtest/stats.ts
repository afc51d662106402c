/**
 * What a load test counts: round trips of accepted and refused actions, errors by kind, and the
 * report it prints. Pure: the runner feeds it numbers; the unit test checks the arithmetic.
 */

export type LoadStats = {
  /** Round trip, in ms, of every action answered (applied or refused), in arrival order. */
  roundTrips: number[];
  /** The same round trips by the move's kind (an end of phase also carries the computer players' replies). */
  byKind: Record<string, number[]>;
  applied: number;
  refused: number;
  offers: number;
  counters: number;
  /** Error kind → count: refusals by reason key, connection failures, timeouts, hash mismatches. */
  errors: Record<string, number>;
};

export function newStats(): LoadStats {
  return { roundTrips: [], byKind: {}, applied: 0, refused: 0, offers: 0, counters: 0, errors: {} };
}

export function countError(stats: LoadStats, kind: string): void {
  stats.errors[kind] = (stats.errors[kind] ?? 0) + 1;
}

export function errorTotal(stats: LoadStats): number {
  return Object.values(stats.errors).reduce((a, b) => a + b, 0);
}

/** The nearest-rank percentile (p in 0..100) of a list; NaN for an empty one. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

export type ServerUsage = {
  /** Which process (its port). */
  label: string;
  /** CPU seconds (user + system) the process used during the run. */
  cpuSeconds: number;
  /** Resident memory at the end, and before the classes were made, in bytes. */
  rssEnd: number;
  rssStart: number;
  /** The live heap (after a full collection) likewise, when the process answered the probe. */
  heapStart: number | null;
  heapEnd: number | null;
};

export type LoadReport = {
  classes: number;
  students: number;
  rooms: number;
  processes: number;
  redis: boolean;
  seconds: number;
  actions: number;
  refused: number;
  offers: number;
  counters: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: Record<string, number>;
  errorTotal: number;
  /** p95 round trip and count per kind of move. */
  kinds: Record<string, { count: number; p95: number }>;
  /** Per server process, when the load test started it (unknown for `--url`). */
  servers: ServerUsage[];
  /** Memory per room: the growth of the servers' live heap (else resident memory) over the run divided by rooms. */
  memoryPerRoom: number | null;
  memoryBasis: 'heap' | 'rss' | null;
  /** Server CPU time over wall time, summed over processes (1.0 = one core busy). */
  cpuCores: number | null;
  /** Server CPU milliseconds per move applied or refused: what a move costs, whatever else the machine runs. */
  cpuPerMove: number | null;
  /** The tester's own CPU, its event loop's p99 delay (ms) and the machine's 1-minute load average at the end. */
  tester?: { cpuSeconds: number; lagP99: number; loadAverage: number; cores: number };
};

export function buildReport(
  stats: LoadStats,
  shape: { classes: number; students: number; rooms: number; processes: number; redis: boolean; seconds: number },
  servers: ServerUsage[],
): LoadReport {
  const rooms = shape.rooms;
  // The live heap's growth when every process measured it; the resident size's otherwise.
  const heap = servers.every((s) => s.heapStart !== null && s.heapEnd !== null);
  const grown = servers.reduce((n, s) => n + (heap ? (s.heapEnd ?? 0) - (s.heapStart ?? 0) : s.rssEnd - s.rssStart), 0);
  const cpu = servers.reduce((n, s) => n + s.cpuSeconds, 0);
  return {
    ...shape,
    actions: stats.applied,
    refused: stats.refused,
    offers: stats.offers,
    counters: stats.counters,
    p50: percentile(stats.roundTrips, 50),
    p95: percentile(stats.roundTrips, 95),
    p99: percentile(stats.roundTrips, 99),
    max: stats.roundTrips.reduce((a, b) => Math.max(a, b), 0),
    errors: { ...stats.errors },
    errorTotal: errorTotal(stats),
    kinds: Object.fromEntries(Object.entries(stats.byKind).map(([k, v]) => [k, { count: v.length, p95: percentile(v, 95) }])),
    servers,
    memoryPerRoom: servers.length > 0 && rooms > 0 ? grown / rooms : null,
    memoryBasis: servers.length === 0 ? null : heap ? 'heap' : 'rss',
    cpuCores: servers.length > 0 && shape.seconds > 0 ? cpu / shape.seconds : null,
    cpuPerMove: servers.length > 0 && stats.roundTrips.length > 0 ? (cpu * 1000) / stats.roundTrips.length : null,
  };
}

const ms = (n: number) => (Number.isNaN(n) ? 'n/a' : `${n.toFixed(1)} ms`);
const mib = (n: number) => `${(n / 1048576).toFixed(1)} MiB`;

/** The report as the operator reads it (console output of a tool: plain English is fine here). */
export function formatReport(r: LoadReport): string {
  const lines = [
    `classes            ${r.classes}`,
    `students           ${r.students} (${r.rooms} rooms)`,
    `server processes   ${r.processes}${r.redis ? ' on Redis' : ''}`,
    `duration           ${r.seconds.toFixed(1)} s`,
    `actions            ${r.actions} applied (${r.offers} offers, ${r.counters} counter-offers), ${r.refused} refused`,
    `round trip         p50 ${ms(r.p50)}  p95 ${ms(r.p95)}  p99 ${ms(r.p99)}  max ${ms(r.max)}`,
    `  by kind          ${
      Object.entries(r.kinds)
        .sort((a, b) => b[1].count - a[1].count)
        .map(([k, v]) => `${k} ${v.count}× p95 ${ms(v.p95)}`)
        .join(', ') || 'none'
    }`,
    `errors             ${r.errorTotal}${
      r.errorTotal > 0
        ? ` (${Object.entries(r.errors)
            .map(([k, n]) => `${k}: ${n}`)
            .join(', ')})`
        : ''
    }`,
  ];
  if (r.memoryPerRoom !== null)
    lines.push(
      `memory per room    ${mib(r.memoryPerRoom)} (${r.memoryBasis === 'heap' ? 'live heap after GC' : 'resident memory'}: growth over the run / rooms, with every student connected)`,
    );
  if (r.cpuCores !== null)
    lines.push(`server CPU         ${(r.cpuCores * 100).toFixed(0)}% of one core (CPU time / wall time, all processes)`);
  if (r.cpuPerMove !== null)
    lines.push(`server CPU per move ${r.cpuPerMove.toFixed(1)} ms (with its computer players' replies and the consoles' status requests)`);
  if (r.tester)
    lines.push(
      `load tester        CPU ${r.tester.cpuSeconds.toFixed(1)} s, event-loop delay p99 ${r.tester.lagP99.toFixed(0)} ms; machine load average ${r.tester.loadAverage.toFixed(1)} on ${r.tester.cores} cores`,
    );
  for (const s of r.servers) {
    lines.push(
      `  ${s.label}: CPU ${s.cpuSeconds.toFixed(1)} s, RSS ${mib(s.rssStart)} → ${mib(s.rssEnd)}${s.heapStart !== null && s.heapEnd !== null ? `, heap ${mib(s.heapStart)} → ${mib(s.heapEnd)}` : ''}`,
    );
  }
  return lines.join('\n');
}
