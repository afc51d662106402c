import type { AiLevel } from '../stateTypes';

// What sets the AI's three levels apart (skill, never rules): how far it looks ahead, how many moves
// it weighs, how it bargains. The policy that reads them is aiPolicy.ts.

export type Params = {
  horizon: number;
  candidates: number;
  /** How many of the shortlisted moves are looked ahead with the sim, and only those within `within` points of the best first-pass value. */
  deep: number;
  within: number;
  targets: number;
  fuzz: number;
  slack: number;
  offerChance: number;
  /** The least its own offers must be worth to it in trade, as a share of its reservation price. */
  offerFloor: number;
  minGain: number;
  discount: number;
  /** A host judges a looked-ahead position as its economy's own dynamics leave it at the game's end (see `economyAtEnd`). */
  foresee: boolean;
  /**
   * The horizon a host looks ahead with the sim. Hard's host looks one turn ahead and lets its
   * economy run on from there (`foresee`): two turns of passive play added luck more than sight
   * (issue 11, 200 seeds paired: the Arce class game's Bolivia −1.1 with two turns, +1.7 with one).
   */
  hostHorizon: number;
};

export const PARAMS: Record<AiLevel, Params> = {
  easy: {
    horizon: 0,
    candidates: 6,
    deep: 0,
    within: 0,
    targets: 2,
    fuzz: 0.45,
    slack: 1.0,
    offerChance: 0.15,
    offerFloor: 1,
    minGain: 0.05,
    discount: 0.6,
    foresee: false,
    hostHorizon: 0,
  },
  normal: {
    horizon: 1,
    candidates: 6,
    deep: 3,
    within: 1,
    targets: 3,
    fuzz: 0,
    slack: 0,
    offerChance: 0.35,
    offerFloor: 1,
    minGain: 0.05,
    discount: 0.9,
    foresee: false,
    hostHorizon: 1,
  },
  hard: {
    horizon: 2,
    candidates: 8,
    deep: 4,
    within: 2,
    targets: 4,
    fuzz: 0,
    slack: -0.3,
    // Hard makes offers twice as often, and any that is no loss to it in trade: a signed deal is
    // what several objectives ask for (the offtake, the plant shipping to it, any deal), and a
    // partner that takes a generous offer early does not take a rival's (issue 11: with normal's
    // offers the Paz US gained nothing from its foresight).
    offerChance: 0.7,
    offerFloor: 0,
    minGain: 0.02,
    discount: 0.95,
    foresee: true,
    hostHorizon: 1,
  },
};
