import { firstTurn, type GameState, influenceId, influencePower, meterIds, powers, readMeter, type Scenario } from '../../sim';

/** One meter's value at the end of one turn (turn 0: the game's start), nationally or in one department. */
export type MeterRow = {
  /** The game's own count: 0 for the start, 1 for its first turn. */
  turn: number;
  /** The scenario turn (a preset that starts later counts from its own first turn). */
  scenarioTurn: number;
  meter: string;
  /** Absent: the national value. */
  department?: string;
  /** For an influence meter: the power whose influence it is. */
  actor?: string;
  value: number;
  /** The change from the turn before; absent on turn 0. */
  change?: number;
};

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/** The meters of a scenario in the order the rows list them: every national meter, then each department's stability and influence. */
export function meterSlots(sc: Scenario): { meter: string; department?: string }[] {
  const national = meterIds(sc).map((meter) => ({ meter }));
  const perDepartment = sc.departments.flatMap((d) => [
    { meter: 'stability', department: d.id },
    ...powers(sc).map((p) => ({ meter: influenceId(p), department: d.id })),
  ]);
  return [...national, ...perDepartment];
}

/**
 * Every meter at every turn's end, from the game's snapshots (its `history`): snapshots × slots
 * rows, turn by turn, in `meterSlots` order.
 */
export function meterRows(sc: Scenario, game: GameState): MeterRow[] {
  const slots = meterSlots(sc);
  const first = firstTurn(game.setup);
  const out: MeterRow[] = [];
  let previous: number[] | null = null;
  for (const snap of game.history) {
    const at = { ...game, national: snap.national, departments: snap.departments };
    const values = slots.map((x) => readMeter(at, x.meter, x.department));
    slots.forEach((x, i) => {
      const value = values[i] ?? 0;
      const actor = influencePower(x.meter);
      out.push({
        turn: snap.turn - first + 1,
        scenarioTurn: snap.turn,
        meter: x.meter,
        ...(x.department !== undefined ? { department: x.department } : {}),
        ...(actor !== null ? { actor } : {}),
        value,
        ...(previous ? { change: round6(value - (previous[i] ?? 0)) } : {}),
      });
    });
    previous = values;
  }
  return out;
}
