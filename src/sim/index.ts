/**
 * The simulation core's one door. Everything outside `src/sim` imports the sim from here and only
 * from here (tests/unit/boundary.test.ts enforces it). Pure TypeScript: no rendering, no DOM, no
 * clock, and no randomness but the game's own seeded generator. Every function is pure: the state
 * passed in is never changed, and the same inputs give the same result on every device.
 */

/** The strict schema of an action from outside (saves, a server's clients), `parseAction` to check one, and the depth guard it uses. */
export { actionSchema, issuePath, MAX_ACTION_DEPTH, parseAction, saidSchema, withinDepth } from './actionSchema';
// ── Shapes: the game, the scenario it runs on, actions in, events out, words as data ──
export type { Action, ActionType } from './actionTypes';
/** Lets AI-controlled actors move with a policy until a human must act (or `moves` moves are made). */
export { type AutoPlayResult, autoPlay, type Policy } from './autoPlay';
/** Whether a scenario condition holds in a state. */
export { holds } from './conditions';
// ── Making and playing a game ──
/** A new game for a scenario, seed, length and controllers: the first state, deterministic. */
export { createGame, type NewGameOptions } from './createGame';
// ── Deals and negotiation ──
/** A deal's value to one side; the promises still running in a signed deal; the signed deal in which a term is in force between two actors. */
export { dealValue, runningPromises, termAvailable, termInForce } from './deals';
/** The moves that mattered most for each side, valued from the ledger. */
export { type MoveThatMattered, movesThatMattered } from './debrief';
export type { GameEvent } from './eventTypes';
export { firstTurn, gameTurn, lastTurn, presetOf, turnsLeft } from './gameLength';
/** Which way a meter is good for an actor (`up`, `down`, `neutral`), and whether a change is good, bad or neutral for it. */
export { changeTone, goodDirection, type Tone } from './goodness';
/** A stable hash of any plain-JSON value, and the canonical JSON it is taken over. */
export { canonicalJson, hashValue } from './hash';
// ── Reading a game (all pure, none changes the state) ──
/** Why an actor may not take an action now (a refusal), or null; the targets it may aim at; the department a target lies in. */
export { allowedTargets, targetDepartment, whyNot } from './legality';
/** The engine's number ranges, which every number of a scenario lies within. */
export { LIMITS } from './limits';
/** Meters: a value (national or per department), every id a scenario names, bounds, powers, and the influence-id helpers. */
export { ENGINE_METERS, influenceId, influencePower, isDepartmentMeter, meterBounds, meterIds, powers, readMeter } from './meters';
/** A term's amount step (the scenario's, or a round one the default lies on), whether an amount is on it, and snapping to it. */
export { amountStep, onAmountGrid, snapToStep } from './negotiation/amounts';
/** How an actor judges a deal (value, need, verdict, reasons as `Said`), each term's worth to it, and its own value of a bundle. */
export { type Assessment, assessDeal, lastOwnOffer, ownValue, type TermView, viewTerms } from './negotiation/assess';
/** What a counter-offer changes in the offer it answers, and the one line (a `Said`) that says what and why. */
export { counterLine, type TermChange, termChanges } from './negotiation/counterLine';
/** Counter-offers, "what would you want for this?", and the AI's opening drafts. */
export { draftOffer, shapeDeal, type Wish, whatWouldYouWant } from './negotiation/shapeDeal';
/** Trust between two actors (50 where the scenario tracks none), and the meter that holds it. */
export { trustBetween, trustMeter } from './negotiation/trust';
/**
 * Objectives in play. `objectivesFor(sc, setup)`: each actor's objectives for the length of game
 * a setup plays (`games` absent = every length) and its bar, capped at the points available.
 * `objectiveProgress(s, sc, actor)`: each line's points now and max, met, a range's start (the
 * game's first snapshot), range and current measure, the meters it reads and the actions and
 * terms that move them (derived from the scenario's effects); the total and whether it would
 * win now. `scoreChange(before, after, sc, actor)`: the score's change between two states and the
 * lines that moved, largest first. `gameLengthOf`: `full` or the preset id a setup plays. All pure.
 */
export {
  countsIn,
  type GameObjectives,
  gameLengthOf,
  type ObjectiveDelta,
  type ObjectiveMover,
  type ObjectiveProgress,
  objectiveProgress,
  objectivesFor,
  type ScoreChange,
  type SideProgress,
  scoreChange,
} from './objectives';
export type { TurnRecord } from './playRecord';
/** A whole game played by a policy, with each turn's events and state: for reports and debriefs. */
export { playRecord } from './playRecord';
export { aiMove } from './policy/aiPolicy';
export { baselineMove } from './policy/baseline';
export { passiveMove } from './policy/passive';
/** Policies: the setup's AI levels (what the store uses), the AI itself, the baseline, and passing. */
export { setupPolicy } from './policy/setupPolicy';
export type { ActionPreview, MeterDelta } from './preview';
/** An action's expected effect, found by stepping it on the current state. */
export { previewAction } from './preview';
/** When a project decided now would be built, and whether before the game ends. */
export { type ProjectTiming, projectTiming } from './projectTiming';
export type { Refusal, RefusalCode, RefusalKey, RefusalParams } from './refusal';
/** `refuse(code, key, params)` builds a refusal (a code for programs, a message key for people); `REFUSAL_KEYS` lists every key. */
export { REFUSAL_KEYS, refuse } from './refusal';
export type { Said, SaidAmount, SaidParam, SaidRef } from './said';
// ── Words as data ──
/**
 * `said(key, params)` builds a message key with parameters; `ref(kind, id)` names a scenario thing,
 * `amountOf(term, n)` a term's amount; `isRef` and `isAmount` tell them.
 */
export { amountOf, isAmount, isRef, ref, said } from './said';
export type * from './scenarioTypes';
/** Every side's score against the objectives of its game now (a side that meets them all wins). */
export { scoreAll } from './scoring';
export type * from './stateTypes';
/** `step` applies one action: the new state and its events, or a refusal (never throws); `check` only says whether it would be accepted. */
export { check, type StepResult, step } from './step';
/** A scenario `Text` in a language, English when the file has no such language. Interfaces use their own helper on top. */
export { type Reading, textLang, textOf } from './text';
/** The actor to move, and the calendar date of a turn. */
export { currentActor, turnDate } from './turnOrder';
export type * from './worldTypes';
