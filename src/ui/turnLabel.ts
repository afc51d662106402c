import type { Words } from '../present/words';
import { type Scenario, turnDate } from '../sim';

/** A turn's calendar quarter as the reader's language writes it ("2026 Q1"). */
export function turnLabel(w: Words, sc: Scenario, turn: number): string {
  const d = turnDate(sc, turn);
  return w.quarter(d.year, d.quarter);
}
