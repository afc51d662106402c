import { loadScenario } from '../../src/headless';
import {
  type Action,
  type AiLevel,
  autoPlay,
  createGame,
  type GameEvent,
  type GameState,
  hashValue,
  type Policy,
  type Scenario,
  step,
} from '../../src/sim/index';
import { lookaheadCopy, stepInPlace } from '../../src/sim/step';

/**
 * Fingerprints of whole games, recorded from the sim as it was before its fast path (commit
 * accc675) in tests/fingerprints/sim-accc675.json and checked by simFastPath.test.ts: a speed-up
 * that changes one float, one event or one refusal anywhere shows there.
 *
 * A game is a scenario, a seed and who plays: `passive` (this file's own mover, which only passes,
 * rejects and takes first options, so the check does not move when the AI does) or the baseline or
 * the AI at a level, whose action log is recorded with the fingerprint and replayed (so the check
 * is of the rules, not of the AI, which h2-ai is changing). For each game: the hash of the final
 * state and of every event, as `step` plays it; the hash of the final state when the same log runs
 * through `stepInPlace` on one mutable copy (the AI's quiet path); and for the `lookahead` games, at
 * the start of every turn, a look-ahead copy played out to the end with everyone passing.
 */

export type Who = 'passive' | 'baseline' | AiLevel;
export type GameSpec = { scenario: string; who: Who; seed: number; preset?: string; lookahead?: boolean };

export type Fingerprint = {
  spec: GameSpec;
  /** The action log, for games not played by this file's passive mover. */
  log?: Action[];
  actions: number;
  state: string;
  events: string;
  quiet: string;
  lookahead?: string[];
};

export function gameSpecs(): GameSpec[] {
  const out: GameSpec[] = [];
  for (const scenario of ['paz-pivot', 'arce-era']) {
    out.push({ scenario, who: 'passive', seed: 1, lookahead: true }, { scenario, who: 'passive', seed: 2 });
    out.push({ scenario, who: 'baseline', seed: 3 });
    out.push({ scenario, who: 'easy', seed: 4 });
    out.push({ scenario, who: 'normal', seed: 2, lookahead: true }, { scenario, who: 'normal', seed: 3 });
    out.push({ scenario, who: 'normal', seed: 5, preset: 'class' });
    out.push({ scenario, who: 'hard', seed: 6 });
  }
  for (const who of ['passive', 'baseline', 'easy', 'normal', 'hard'] as const)
    out.push({ scenario: 'dev-sandbox', who, seed: 7, ...(who === 'normal' ? { lookahead: true } : {}) });
  return out;
}

/** Everyone passes: the first option of a choice, no to every offer, then the end of the phase. */
export function passMove(s: GameState, sc: Scenario, actor: string): Action | null {
  if (s.over) return null;
  const choice = s.pending.find((p) => p.actor === actor);
  const option = choice ? sc.events?.find((e) => e.id === choice.event)?.options?.[0] : undefined;
  if (choice && option) return { type: 'chooseOption', actor, choice: choice.id, option: option.id };
  const offer = s.deals.find((d) => d.status === 'proposed' && d.to === actor);
  if (offer) return { type: 'respondDeal', actor, deal: offer.id, response: 'reject' };
  return sc.turnOrder[s.phase] === actor ? { type: 'endPhase', actor } : null;
}

function playOutQuiet(s: GameState, sc: Scenario): string {
  const cur = lookaheadCopy(s);
  for (let i = 0; i < 5000 && !cur.over; i++) {
    const mover = cur.pending[0]?.actor ?? cur.deals.find((d) => d.status === 'proposed')?.to ?? sc.turnOrder[cur.phase];
    const a = mover === undefined ? null : passMove(cur, sc, mover);
    if (!a || !stepInPlace(cur, sc, a)) break;
  }
  return hashValue(cur);
}

const loaded = new Map<string, Scenario>();
export function scenario(id: string): Scenario {
  const sc = loaded.get(id) ?? loadScenario(id).scenario;
  loaded.set(id, sc);
  return sc;
}

export function startOf(spec: GameSpec): GameState {
  const sc = scenario(spec.scenario);
  const ai = spec.who !== 'passive' && spec.who !== 'baseline';
  const levels = ai ? Object.fromEntries(sc.actors.map((a) => [a.id, spec.who as AiLevel])) : undefined;
  return createGame(sc, { seed: spec.seed, ...(levels ? { levels } : {}), ...(spec.preset ? { preset: spec.preset } : {}) });
}

/** The game's log: recorded, or (passive) played now; `record` plays the baseline or the AI afresh. */
function logOf(spec: GameSpec, recorded: Action[] | undefined, record: boolean): Action[] {
  if (recorded) return recorded;
  if (spec.who !== 'passive' && !record) throw new Error(`no log recorded for ${JSON.stringify(spec)}`);
  const sc = scenario(spec.scenario);
  const policy: Policy | undefined = spec.who === 'passive' ? passMove : undefined;
  return autoPlay(startOf(spec), sc, policy).actions;
}

export function fingerprint(spec: GameSpec, recorded?: Action[], record = false): Fingerprint {
  const sc = scenario(spec.scenario);
  const log = logOf(spec, recorded, record);
  const events: GameEvent[] = [];
  const lookahead: string[] = [];
  let s = startOf(spec);
  let turn = -1;
  for (const [i, a] of log.entries()) {
    if (spec.lookahead && s.turn !== turn) {
      turn = s.turn;
      lookahead.push(playOutQuiet(s, sc));
    }
    const r = step(s, sc, a);
    if (!r.ok) throw new Error(`action #${i} refused: ${JSON.stringify(a)} (${r.reason.key})`);
    events.push(...r.events);
    s = r.state;
  }
  const q = structuredClone(startOf(spec));
  for (const a of log) if (!stepInPlace(q, sc, a)) break;
  return {
    spec,
    ...(spec.who !== 'passive' ? { log } : {}),
    actions: log.length,
    state: hashValue(s),
    events: hashValue(events),
    quiet: hashValue(q),
    ...(spec.lookahead ? { lookahead } : {}),
  };
}
