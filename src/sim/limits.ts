/**
 * The engine's number ranges. Every number a scenario gives lies inside them (the scenario schema
 * refuses the rest), so a game never holds an infinite or runaway value: products of two of them
 * stay far inside what a double holds exactly enough, and meters are clamped to their bounds.
 * scenarios/FORMAT.md documents them for authors.
 */
export const LIMITS = {
  /** Any meter value, bound, target, threshold or change (also objective ranges): ±1e9. */
  meter: 1e9,
  /** GDP's upper bound (the scenario's unit, e.g. US$ billions); GDP is also positive. */
  gdp: 1e7,
  /** Annual GDP growth, percent, either way. */
  growth: 30,
  /** An actor's political capital, and money (the scenario's unit, e.g. US$ millions). */
  capital: 1000,
  money: 1e7,
  /** Weights that multiply a meter or an amount: driver coefficients, term values, reservations. */
  weight: 1e6,
  /** A department's population. */
  population: 1e10,
} as const;
