import { setupPolicy } from '../sim';
import type { Engine } from './gameStore';
import { replayEngine } from './replayEngine';
import { localSession } from './session';

/** The part of the state that steps games (and so the whole sim): the page imports it when a game is first needed. */
export const engine: Engine = { localSession, policy: setupPolicy, replay: replayEngine };
