import type { GameEvent } from './eventTypes';
import type { GameState, MeterValues } from './stateTypes';

export type TurnRecord = { turn: number; events: GameEvent[]; national: MeterValues; state: GameState };

/**
 * Drives a game to its end with `advance` (which moves it on as far as it can)
 * and groups what happened by turn. Stops if `advance` makes no progress.
 */
export function playRecord(
  start: GameState,
  advance: (s: GameState) => { state: GameState; events: GameEvent[] },
): { final: GameState; records: TurnRecord[] } {
  let s = start;
  const records: TurnRecord[] = [];
  let current: GameEvent[] = [];
  while (!s.over) {
    const r = advance(s);
    if (r.state === s) break;
    for (const e of r.events) {
      current.push(e);
      // Resolution's events (after TurnEnded) belong to the turn that is ending.
      if (e.type === 'TurnStarted' || e.type === 'GameEnded') {
        records.push({ turn: e.type === 'TurnStarted' ? e.turn - 1 : r.state.turn, events: current, national: {}, state: s });
        current = [];
      }
    }
    s = r.state;
  }
  // Fill each record with the state recorded at the end of its turn.
  for (const rec of records) {
    const snap = s.history.find((h) => h.turn === rec.turn);
    if (snap) rec.national = { ...snap.national };
  }
  return { final: s, records: records.map((r) => ({ ...r, state: stateAt(s, r.turn) })) };
}

function stateAt(final: GameState, turn: number): GameState {
  const snap = final.history.find((h) => h.turn === turn);
  return snap ? { ...final, national: snap.national, departments: snap.departments } : final;
}
