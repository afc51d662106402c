import type { TermDef } from '../scenarioTypes';

const onGrid = (x: number, step: number): boolean => Math.abs(x / step - Math.round(x / step)) < 1e-6;

/**
 * The step a term's amount moves by, for the sim's bargaining and for the builder's slider alike:
 * the scenario's own `step`, or else the largest round step (…, 5, 2.5, 2, 1, 0.5, …) no larger
 * than a quarter of the range that lands on both ends and on the default. The default must lie
 * on the grid: a slider snaps its value to its step, so an offer at the default (3 kt on a
 * 1–10 range) would otherwise show as 3.25 kt the moment it is opened.
 */
export function amountStep(def: TermDef): number {
  const a = def.amount;
  if (!a) return 1;
  if (a.step !== undefined && a.step > 0) return a.step;
  const range = a.max - a.min;
  if (!(range > 0)) return 1;
  const top = Math.ceil(Math.log10(range / 4));
  for (let k = top; k >= -4; k--) {
    for (const m of [5, 2.5, 2, 1]) {
      const step = m * 10 ** k;
      if (step > range / 4 + 1e-12) continue;
      if (onGrid(range, step) && onGrid(a.default - a.min, step)) return step;
    }
  }
  return range / 4;
}

/** True when `amount` lies on the term's step grid (from its minimum), so a slider shows it as it is. */
export function onAmountGrid(def: TermDef, amount: number): boolean {
  const a = def.amount;
  if (!a) return true;
  return onGrid(amount - a.min, amountStep(def));
}

/** `v` snapped to the term's step and kept within its range (a yes/no term's amount is 1). */
export function snapToStep(def: TermDef, v: number): number {
  const a = def.amount;
  if (!a) return 1;
  const s = amountStep(def);
  const snapped = a.min + Math.round((v - a.min) / s) * s;
  // Rounded so that steps such as 0.1 do not leave 0.30000000000000004 in a deal.
  return Math.round(Math.min(a.max, Math.max(a.min, snapped)) * 1e6) / 1e6;
}
