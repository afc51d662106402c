import { firstTurn, meterIds, objectivesFor } from '../../sim';
import { toCsv } from './csv';
import type { DecisionRow } from './decisions';
import { type GameExport, lengthOf, meterScope } from './gameExport';
import { type ExportNames, plainNames } from './names';

export const GAME_EXPORT_FORMAT = 'altiplano-game-export';
export const GAME_EXPORT_VERSION = 1;

export const METERS_COLUMNS = [
  'scenario',
  'preset',
  'seed',
  'team',
  'side',
  'turn',
  'scenario_turn',
  'date',
  'meter',
  'meter_name',
  'department',
  'department_name',
  'actor',
  'value',
  'change',
] as const;

export const DECISIONS_COLUMNS = [
  'scenario',
  'preset',
  'seed',
  'team',
  'side',
  'n',
  'turn',
  'scenario_turn',
  'date',
  'actor',
  'actor_name',
  'controller',
  'kind',
  'id',
  'name',
  'target',
  'target_name',
  'terms',
  'answers',
  'money',
  'capital',
] as const;

/** The columns of decisions.csv: the fixed ones, then one `change.<meter>` per meter of the scenario. */
export function decisionsColumns(x: GameExport): string[] {
  return [...DECISIONS_COLUMNS, ...meterIds(x.entry.scenario).map((m) => `change.${m}`)];
}

/** A turn's date; the start (the snapshot before the first turn) is dated as the first turn it leads into. */
function dateOf(names: ExportNames, first: number, turn: number): string {
  return names.date(Math.max(first, turn));
}

function game(x: GameExport) {
  return [x.setup.scenarioId, x.setup.preset ?? '', x.setup.seed, x.setup.team ?? '', x.setup.side] as const;
}

/** meters.csv: one row per turn (0, the start, to the last played) per meter, nationally and per department. */
export function metersCsv(x: GameExport, names: ExportNames = plainNames(x.entry.scenario)): string {
  const first = firstTurn(x.game.setup);
  const rows = x.meters.map((r) => [
    ...game(x),
    r.turn,
    r.scenarioTurn,
    dateOf(names, first, r.scenarioTurn),
    r.meter,
    names.meter(r.meter),
    r.department ?? '',
    r.department !== undefined ? names.department(r.department) : '',
    r.actor ?? '',
    r.value,
    r.change,
  ]);
  return toCsv(METERS_COLUMNS, rows);
}

/** What a decision names, in words: the action, the event, or the deal's terms. */
function nameOf(d: DecisionRow, names: ExportNames): string {
  if (d.kind === 'action') return names.action(d.id);
  if (d.kind === 'eventChoice') return names.event(d.id);
  return d.terms ? d.terms.map((t) => names.term(t.term)).join('; ') : '';
}

function targetName(d: DecisionRow, names: ExportNames): string {
  if (d.target === undefined) return '';
  if (d.kind === 'action') return names.target(d.target);
  if (d.kind === 'eventChoice') return names.option(d.id, d.target);
  return names.actor(d.target);
}

/** `term=amount` pairs, `;` between them: a cell a spreadsheet splits easily. */
const termsCell = (d: DecisionRow): string => (d.terms ? d.terms.map((t) => `${t.term}=${t.amount}`).join(';') : '');

/** decisions.csv: one row per move of the log, in order, with its cost and the meter changes it caused. */
export function decisionsCsv(x: GameExport, names: ExportNames = plainNames(x.entry.scenario)): string {
  const meters = meterIds(x.entry.scenario);
  const first = firstTurn(x.game.setup);
  const rows = x.decisions.map((d) => [
    ...game(x),
    d.n,
    d.turn - first + 1,
    d.turn,
    names.date(d.turn),
    d.actor,
    names.actor(d.actor),
    d.controller,
    d.kind,
    d.id,
    nameOf(d, names),
    d.target ?? '',
    targetName(d, names),
    termsCell(d),
    d.answers,
    d.money,
    d.capital,
    ...meters.map((m) => d.changes[m] ?? 0),
  ]);
  return toCsv(decisionsColumns(x), rows);
}

/** The whole game as one JSON document (see the README's "Debrief exports" for every field). */
export function gameJsonValue(x: GameExport, names: ExportNames = plainNames(x.entry.scenario)) {
  const sc = x.entry.scenario;
  const first = firstTurn(x.game.setup);
  const over = x.game.over
    ? { reason: x.game.over.reason, ...(x.game.over.endCondition ? { endCondition: x.game.over.endCondition } : {}) }
    : null;
  return {
    format: GAME_EXPORT_FORMAT,
    version: GAME_EXPORT_VERSION,
    scenario: { id: x.entry.id, hash: x.entry.hash },
    setup: x.setup,
    length: lengthOf(x),
    over,
    actors: sc.actors.map((a) => ({ id: a.id, name: names.actor(a.id), controller: x.game.setup.controllers[a.id] ?? 'ai' })),
    departments: sc.departments.map((d) => ({ id: d.id, name: names.department(d.id), population: d.population ?? 1 })),
    meters: meterIds(sc).map((id) => ({ id, name: names.meter(id), ...meterScope(id) })),
    turns: x.game.history.map((h) => ({
      turn: h.turn - first + 1,
      scenarioTurn: h.turn,
      date: dateOf(names, first, h.turn),
      national: h.national,
      departments: h.departments,
    })),
    decisions: x.decisions.map((d) => ({
      ...d,
      gameTurn: d.turn - first + 1,
      date: names.date(d.turn),
      name: nameOf(d, names),
      ...(d.target !== undefined ? { targetName: targetName(d, names) } : {}),
    })),
    deals: x.game.deals.map((d) => ({
      id: d.id,
      from: d.from,
      to: d.to,
      terms: d.terms,
      status: d.status,
      proposedTurn: d.proposedTurn,
      ...(d.signedTurn !== undefined ? { signedTurn: d.signedTurn } : {}),
      ...(d.counterOf !== undefined ? { counterOf: d.counterOf } : {}),
    })),
    objectives: objectivesFor(sc, x.game.setup).map((o) => ({
      actor: o.actor,
      winAt: o.winAt,
      max: o.max,
      items: o.items.map((i) => ({
        id: i.id,
        text: i.text,
        points: i.points,
        ...('meter' in i ? { meter: i.meter, from: i.from, to: i.to, ...(i.minus !== undefined ? { minus: i.minus } : {}) } : {}),
      })),
    })),
    scores: x.scores,
    log: x.log,
    finalHash: x.finalHash,
  };
}

export type GameJson = ReturnType<typeof gameJsonValue>;

/** `gameJsonValue` as text, one space of indent (as save files are written). */
export function gameJson(x: GameExport, names?: ExportNames): string {
  return JSON.stringify(gameJsonValue(x, names), null, 1);
}

/** A file-name piece: letters and digits of any script, the rest as single dashes, at most 40 characters. */
function slug(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

/** `altiplano-<scenario>[-<team>]-seed<seed>-<what>.<ext>`: `what` is meters, decisions or game. */
export function exportFileName(x: GameExport, what: 'meters' | 'decisions' | 'game'): string {
  const team = x.setup.team !== undefined ? slug(x.setup.team) : '';
  const parts = ['altiplano', slug(x.setup.scenarioId) || 'game', ...(team ? [team] : []), `seed${x.setup.seed}`, what];
  return `${parts.join('-')}.${what === 'game' ? 'json' : 'csv'}`;
}
