/** The simulation core's public surface. Pure TypeScript: no rendering, DOM, clock or Math.random. */
export type { Action, ActionType } from './actionTypes';
export type { GameEvent } from './eventTypes';
export type * from './scenarioTypes';
export type * from './stateTypes';
export type { Refusal, RefusalCode } from './refusal';
export { createGame, type NewGameOptions } from './createGame';
export { step, check, type StepResult } from './step';
export { autoPlay, type Policy, type AutoPlayResult } from './autoPlay';
export { baselineMove } from './policy/baseline';
export { whyNot, allowedTargets, targetDepartment } from './legality';
export { scoreAll } from './scoring';
export { dealValue } from './deals';
export { readMeter, meterIds, meterBounds, powers, influenceId, isDepartmentMeter } from './meters';
export { holds } from './conditions';
export { currentActor, turnDate } from './turnOrder';
export { textOf } from './text';
export { hashValue, canonicalJson } from './hash';
export { passiveMove } from './policy/passive';
