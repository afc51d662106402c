import { meterInfo } from '../present/meterInfo';
import type { Words } from '../present/words';
import { type Cause, type Dynamics, type GameState, influencePower, isDepartmentMeter, type Scenario, type Text } from '../sim';

export type CauseRow = { key: string; cause: Cause; delta: number; departments: string[]; everywhere: boolean };
export type TurnCauses = { turn: number; total: number; rows: CauseRow[] };

/** Each department's share of the population: its weight in the national average. */
export function populationShares(sc: Scenario): Record<string, number> {
  const total = sc.departments.reduce((a, d) => a + (d.population ?? 1), 0) || 1;
  return Object.fromEntries(sc.departments.map((d) => [d.id, (d.population ?? 1) / total]));
}

/** The dynamics that move a meter on its own: the scenario meter's, or the economy's for an engine meter. */
function dynamicsOf(sc: Scenario, id: string): Dynamics | undefined {
  if (id === 'stability') return sc.economy.stability;
  const power = influencePower(id);
  if (power !== null) return sc.economy.influence[power];
  return sc.meters?.find((m) => m.id === id)?.dynamics;
}

/** What a meter's drift means: the scenario's words, else the catalogue's for that kind of meter. */
function driftLabel(w: Words, sc: Scenario, id: string): string {
  const own = dynamicsOf(sc, id)?.label;
  if (own !== undefined) return w.text(own);
  if (id === 'growth') return w.t('signals.drift.growth');
  if (id === 'stability') return w.t('signals.drift.stability');
  const power = influencePower(id);
  if (power !== null) return w.t('signals.drift.influence', { actor: w.actor(power) });
  return w.t('signals.drift', { meter: meterInfo(w, sc, id).name });
}

/** What a random shock means, by its direction: the scenario's words, else the catalogue's. */
function chanceLabel(w: Words, sc: Scenario, id: string, delta: number | undefined): string {
  const own = dynamicsOf(sc, id)?.chance;
  if (delta === undefined || delta === 0) return w.t('signals.chance');
  if (own) return w.text(delta > 0 ? own.up : own.down);
  return w.t(delta > 0 ? 'signals.chanceUp' : 'signals.chanceDown');
}

/** The meter an engine rule's cause moved (its id is `rule:meter`). */
const ruleMeter = (c: Cause): string => c.id.slice(c.id.indexOf(':') + 1);

/**
 * A cause in the reader's words: the engine's own rules (which carry a `rule` and its `params`,
 * never words) from the catalogue, anything the scenario named as the scenario wrote it. Drift and
 * chance say what they mean ("prices slowly settle", "a bad harvest"); chance needs the change
 * (`delta`) to say which way it went.
 */
export function causeLabel(w: Words, sc: Scenario, c: Cause, delta?: number): string {
  const p = c.params ?? {};
  const meter = (id: string | number | undefined): string => (id === undefined ? '' : meterInfo(w, sc, String(id)).name);
  switch (c.rule) {
    case 'drift':
      return driftLabel(w, sc, ruleMeter(c));
    case 'driver':
      return w.t('cause.driver', { from: meter(p.from), meter: meter(p.meter) });
    case 'noise':
      return chanceLabel(w, sc, ruleMeter(c), delta);
    case 'gdp':
      return w.t('cause.gdp');
    case 'kept':
      return w.t('cause.kept', { term: w.term(p.term === undefined ? undefined : String(p.term)) });
    case 'broken':
    case 'brokenInfluence':
      return w.t('cause.broken', { deal: p.deal ?? '' });
    case undefined:
      return w.text(c.label);
  }
}

/** The design assumption behind a cause: the catalogue's where the engine made it, the scenario's own note otherwise. */
export function causeAssumption(w: Words, c: Cause): Text | undefined {
  switch (c.rule) {
    case 'noise':
      return w.t('cause.noise.assumption');
    case 'kept':
      return w.t('cause.kept.assumption');
    case 'broken':
      return w.t('cause.broken.assumption');
    case 'brokenInfluence':
      return w.t('cause.brokenInfluence.assumption');
    default:
      return c.assumption;
  }
}

function keyOf(c: Cause): string {
  // An engine rule is one cause per rule id; anything else is one cause per kind, actor and what
  // it names (the label as data, or the rule and what it names): two deals with the same term, say.
  if (c.kind === 'rule') return `${c.kind}|${c.id}`;
  const what = c.label === undefined ? `${c.rule ?? ''}:${c.params?.term ?? c.params?.deal ?? ''}` : JSON.stringify(c.label);
  return `${c.kind}|${c.actor ?? ''}|${what}`;
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
    const rows = byTurn.get(e.turn) ?? new Map<string, CauseRow>();
    byTurn.set(e.turn, rows);
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
