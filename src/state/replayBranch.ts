/**
 * Where a branched game came from: the game it was started from ("play from here"), named by the
 * file it was read from or would be exported as, that game's scenario hash, the game turn it was
 * left at (the turn whose end both games share) and the state hash at that turn's end. A branched
 * game's log repeats the original's up to there, so its own hash at that turn must be this one.
 */
export type BranchedFrom = { label: string; scenarioHash: string; turn: number; hash: string };
