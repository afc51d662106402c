/**
 * RFC 4180 CSV: fields separated by commas, records by CRLF, a field quoted when it holds a comma,
 * a quote, CR or LF (a quote doubled inside). A text cell a spreadsheet would read as a formula
 * (starting with = + - @, or a tab or CR) gets a leading apostrophe, so a scenario's or a team's
 * words never run as a formula. Numbers are written with '.' for decimals and no exponent,
 * whatever the reader's language; they are never prefixed (a negative change is data).
 */

export type CsvCell = string | number | boolean | null | undefined;

/** The byte-order mark the downloads start with, so spreadsheet programs read the file as UTF-8. */
export const CSV_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** A number as data: '.' decimals, at most 6 of them, no exponent; not finite: an empty cell. */
export function csvNumber(n: number): string {
  if (!Number.isFinite(n)) return '';
  const r = Math.round(n * 1e6) / 1e6;
  if (Object.is(r, -0) || r === 0) return '0';
  const s = String(r);
  if (!/e/i.test(s)) return s;
  // Beyond 1e21 toFixed writes an exponent too; such a number has no decimals left to keep.
  if (Math.abs(r) >= 1e21) return BigInt(r).toString();
  return r.toFixed(6).replace(/\.?0+$/, '');
}

/** One field, quoted and guarded as it needs. */
export function csvCell(v: CsvCell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return csvNumber(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  const text = FORMULA_START.test(v) ? `'${v}` : v;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header and rows as CSV text (CRLF after every record, the last one included); no BOM. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((r) => `${r.map(csvCell).join(',')}\r\n`).join('');
}
