import { t } from '../i18n/messages';
import { type Cause, type GameState, isDepartmentMeter, type Scenario, textOf } from '../sim';
import { meterInfo } from './meterInfo';
import { termDef } from '../present/names';

export type CauseRow = { key: string; cause: Cause; delta: number; departments: string[]; everywhere: boolean };
export type TurnCauses = { turn: number; total: number; rows: CauseRow[] };

/** Each department's share of the population: its weight in the national average. */
export function populationShares(sc: Scenario): Record<string, number> {
  const total = sc.departments.reduce((a, d) => a + (d.population ?? 1), 0) || 1;
  return Object.fromEntries(sc.departments.map((d) => [d.id, (d.population ?? 1) / total]));
}

/** A cause in the reader's words: the engine's own rules from the catalogue, anything else as the scenario wrote it. */
export function causeLabel(sc: Scenario, c: Cause): string {
  const p = c.params ?? {};
  const meter = (id: string | number | undefined): string => (id === undefined ? '' : meterInfo(sc, String(id)).name);
  switch (c.rule) {
    case 'drift':
      return t('cause.drift', { toward: p.toward ?? '' });
    case 'driver':
      return t('cause.driver', { from: meter(p.from), meter: meter(p.meter) });
    case 'noise':
      return t('cause.noise');
    case 'gdp':
      return t('cause.gdp');
    case 'kept':
      return t('cause.kept', { term: textOf(termDef(sc, String(p.term ?? ''))?.name) || String(p.term ?? '') });
    case 'broken':
    case 'brokenInfluence':
      return t('cause.broken', { deal: p.deal ?? '' });
    default:
      return textOf(c.label);
  }
}

/** The design assumption behind a cause, in the reader's words where the engine made it. */
export function causeAssumption(c: Cause): string | undefined {
  switch (c.rule) {
    case 'noise':
      return t('cause.noise.assumption');
    case 'kept':
      return t('cause.kept.assumption');
    case 'broken':
      return t('cause.broken.assumption');
    case 'brokenInfluence':
      return t('cause.brokenInfluence.assumption');
    default:
      return c.assumption;
  }
}

function keyOf(c: Cause): string {
  // An engine cause has no label: its rule and what it names (the term kept, the deal broken) stand in.
  const label =
    c.label === undefined
      ? `${c.rule ?? ''}:${c.params?.term ?? c.params?.deal ?? ''}`
      : typeof c.label === 'string'
        ? c.label
        : c.label.en;
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
