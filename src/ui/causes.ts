import type { Scenario } from '../sim/scenarioTypes';
import type { Cause, GameState } from '../sim/stateTypes';
import { isDepartmentMeter } from '../sim/meters';

export type CauseRow = { key: string; cause: Cause; delta: number; departments: string[]; everywhere: boolean };
export type TurnCauses = { turn: number; total: number; rows: CauseRow[] };

/** Each department's share of the population: its weight in the national average. */
export function populationShares(sc: Scenario): Record<string, number> {
  const total = sc.departments.reduce((a, d) => a + (d.population ?? 1), 0) || 1;
  return Object.fromEntries(sc.departments.map((d) => [d.id, (d.population ?? 1) / total]));
}

function keyOf(c: Cause): string {
  const label = typeof c.label === 'string' ? c.label : c.label.en;
  // Same kind, actor and label read as one cause (two deals with the same term, say).
  return c.kind === 'rule' ? `${c.kind}|${c.id}` : `${c.kind}|${c.actor ?? ''}|${label}`;
}

/**
 * The ledger's explanation of one meter, grouped by turn (newest first) and by cause.
 * Nationally, a department-level change counts for the department's share of the
 * population, since the national figure is their weighted average; for one
 * department, only the changes that reached it count.
 */
export function causesFor(sc: Scenario, game: GameState, meter: string, department?: string): TurnCauses[] {
  const shares = populationShares(sc);
  const deptMeter = isDepartmentMeter(meter);
  const byTurn = new Map<number, Map<string, CauseRow>>();
  for (const e of game.ledger) {
    if (e.meter !== meter) continue;
    let d = e.delta;
    if (deptMeter && department !== undefined) {
      if (e.department !== undefined && e.department !== department) continue;
    } else if (deptMeter && e.department !== undefined) {
      d = e.delta * (shares[e.department] ?? 0);
    }
    let rows = byTurn.get(e.turn);
    if (!rows) byTurn.set(e.turn, (rows = new Map()));
    const k = keyOf(e.cause);
    const row = rows.get(k) ?? { key: k, cause: e.cause, delta: 0, departments: [], everywhere: false };
    row.delta += d;
    if (e.department === undefined) row.everywhere = true;
    else if (!row.departments.includes(e.department)) row.departments.push(e.department);
    rows.set(k, row);
  }
  return [...byTurn.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([turn, rows]) => {
      const list = [...rows.values()].filter((r) => Math.abs(r.delta) > 1e-6).sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta));
      return { turn, total: list.reduce((a, r) => a + r.delta, 0), rows: list };
    })
    .filter((g) => g.rows.length > 0);
}
