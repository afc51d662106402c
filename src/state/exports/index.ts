/**
 * Debrief exports: a game as CSV (its meters, its decisions) and as one JSON document. Pure: no
 * DOM, no clock, no storage; it runs in the page and in Node. The caller does the I/O (the end
 * screen's buttons: src/ui/end/exports.ts).
 *
 * Two steps. First make a `GameExport` (one replay of the log, which also checks that the log
 * rebuilds the game, and attributes each meter change in the ledger to the move that caused it):
 *
 *   exportOfGame(entry, choice, game, log)  a game as the store holds it (`store.getState()`)
 *   exportOfSave(loaded)                    a save `loadSaveText` verified (a team's file)
 *
 * Both return null when the log does not rebuild the state. Then write it:
 *
 *   metersCsv(x, names?)     one row per turn (0 = the start) per meter, nationally and per department
 *   decisionsCsv(x, names?)  one row per move of the log, with its cost and the meter changes it caused
 *   gameJson(x, names?)      the whole game as text; `gameJsonValue` gives the object
 *   exportFileName(x, what)  altiplano-<scenario>[-<team>]-seed<seed>-<meters|decisions|game>.<csv|json>
 *
 * `names` words the "name" columns in the reader's language; without it, `plainNames(scenario)`
 * names things as the scenario's English does and the engine's meters by their ids. The CSV text
 * has no byte-order mark (prepend `CSV_BOM` for a download a spreadsheet should read as UTF-8).
 * The README's "Debrief exports" section documents every column and field.
 */
export { CSV_BOM, type CsvCell, csvCell, csvNumber, toCsv } from './csv';
export type { DecisionKind, DecisionRow } from './decisions';
export { type ExportSetup, exportOfGame, exportOfSave, type GameExport } from './gameExport';
export { type MeterRow, meterSlots } from './meters';
export { type ExportNames, plainNames } from './names';
export {
  DECISIONS_COLUMNS,
  decisionsColumns,
  decisionsCsv,
  exportFileName,
  GAME_EXPORT_FORMAT,
  GAME_EXPORT_VERSION,
  type GameJson,
  gameJson,
  gameJsonValue,
  METERS_COLUMNS,
  metersCsv,
} from './writers';
