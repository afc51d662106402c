/**
 * The bench's summary: one row per measure, the game's figure beside its floor (measured in
 * the same run), their ratio, and issue 12's target for it, met or not.
 */

/** A target on the ratio (game ÷ floor) or on the game's own figure, as issue 12 states it. */
export type Target = { on: 'ratio' | 'value'; op: '<=' | '>='; limit: number; text: string };

export type Row = {
  measure: string;
  game: string;
  floor: string;
  /** game ÷ floor; null where there is no floor to divide by. */
  ratio: number | null;
  /** The game's figure in the target's unit (for a target on the value). */
  value?: number;
  target?: Target;
};

/** Issue 12's targets table. */
export const TARGETS = {
  firstLoadJs: { on: 'ratio', op: '<=', limit: 1.15, text: '≤ 1.15×' },
  idleBusy: { on: 'ratio', op: '<=', limit: 0.5, text: '≤ 0.5×' },
  frameP95: { on: 'ratio', op: '<=', limit: 1.5, text: '≤ 1.5×' },
  aiVsPassive: { on: 'ratio', op: '<=', limit: 3, text: '≤ 3×' },
  balance1000: { on: 'value', op: '<=', limit: 30, text: '≤ 30 s' },
  hardP95: { on: 'value', op: '<=', limit: 20, text: '≤ 20 ms' },
  desktopPerf: { on: 'value', op: '>=', limit: 0.97, text: '≥ 0.97' },
  mobilePerf: { on: 'value', op: '>=', limit: 0.85, text: '≥ 0.85' },
  perfect: { on: 'value', op: '>=', limit: 1, text: '1.0' },
} as const satisfies Record<string, Target>;

/** Whether a row meets its target: true, false, or null (no target, or no figure to judge). */
export function met(row: Row): boolean | null {
  const t = row.target;
  if (!t) return null;
  const x = t.on === 'ratio' ? row.ratio : row.value;
  if (x === null || x === undefined || !Number.isFinite(x)) return null;
  // Ratios and scores are printed to two decimals: judge the figure the reader sees.
  const v = Math.round(x * 100) / 100;
  return t.op === '<=' ? v <= t.limit : v >= t.limit;
}

const cells = (r: Row): string[] => {
  const m = met(r);
  return [
    r.measure,
    r.game,
    r.floor,
    r.ratio === null || !Number.isFinite(r.ratio) ? '–' : `${r.ratio.toFixed(2)}×`,
    r.target?.text ?? '–',
    m === null ? '–' : m ? 'yes' : 'no',
  ];
};

const HEAD = ['measure', 'game', 'floor', 'ratio', 'target', 'met?'];

/** The table for a terminal: padded columns. */
export function textTable(rows: readonly Row[]): string {
  const all = [HEAD, ...rows.map(cells)];
  const widths = HEAD.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(HEAD), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}

/** The same table as GitHub markdown. */
export function markdownTable(rows: readonly Row[]): string {
  const esc = (c: string) => c.replaceAll('|', '\\|');
  return [
    `| ${HEAD.join(' | ')} |`,
    `|${HEAD.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`,
    ...rows.map((r) => `| ${cells(r).map(esc).join(' | ')} |`),
  ].join('\n');
}
