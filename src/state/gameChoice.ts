import type { AiLevel, Controller, Scenario } from '../sim';
import type { BranchedFrom } from './replayBranch';

/** A scenario as the game holds it: its id, the hash of its file (saves check it) and the scenario itself. */
export type ScenarioEntry = { id: string; hash: string; scenario: Scenario };

/**
 * Who plays: one person against the AI (`solo`), two people on one device taking turns
 * (`hotseat`: both playable sides are human), or the AI against itself, watched (`watch`).
 */
export type PlayMode = 'solo' | 'hotseat' | 'watch';

/** What a player chooses on the start screen. */
export type GameChoice = {
  scenarioId: string;
  /** The actor the person plays in solo mode (in hot-seat, the side that moves first is shown first). */
  side: string;
  seed: number;
  /** Turns to play: the scenario's full length or a preset's. */
  turns?: number;
  /** The preset played, by id (its length, start turn and starting world); the full game when absent. */
  preset?: string;
  /** Solo when absent. */
  mode?: PlayMode;
  /** The level of every AI-controlled actor (normal when absent). */
  aiLevel?: AiLevel;
  /** Set on a game started from a turn of another ("play from here"): its save records it. */
  branchedFrom?: BranchedFrom;
  /** The class team playing it, when the game came from a teacher's setup link (its saves are named after it). */
  team?: string;
  /**
   * A class seat plays one side of a game whose controllers the class set (both teams human, say):
   * the side and mode a save of it records, so the save loads as the same game on one device.
   */
  saveAs?: { side: string; mode?: PlayMode };
};

/** Controllers for a choice: solo, the chosen side is human; hot-seat, every playable side; watch, none. */
export function controllersFor(sc: Scenario, side: string, mode: PlayMode = 'solo'): Record<string, Controller> {
  const human = (id: string, playable: boolean): boolean => (mode === 'hotseat' ? playable : mode === 'watch' ? false : id === side);
  return Object.fromEntries(sc.actors.map((a) => [a.id, human(a.id, !!a.playable) ? 'human' : 'ai'])) as Record<string, Controller>;
}

/** The AI level of every AI-controlled actor for a choice. */
export function levelsFor(sc: Scenario, choice: GameChoice): Record<string, AiLevel> {
  const controllers = controllersFor(sc, choice.side, choice.mode);
  return Object.fromEntries(sc.actors.filter((a) => controllers[a.id] === 'ai').map((a) => [a.id, choice.aiLevel ?? 'normal'])) as Record<
    string,
    AiLevel
  >;
}
