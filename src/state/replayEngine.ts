import { branchAt, buildTimeline } from './replay';
import { replaySession } from './replaySession';

/** The replay's part of the engine: it steps the sim, so it loads with the engine, not in the page's first script. */
export const replayEngine = { buildTimeline, replaySession, branchAt };

export type ReplayEngine = typeof replayEngine;
