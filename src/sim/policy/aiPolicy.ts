import type { Action } from '../actionTypes';
import { termsUnavailable } from '../deals';
import { economyTick } from '../economy';
import { applyEffects } from '../effects';
import { lastTurn, turnsLeft } from '../gameLength';
import { allowedTargets } from '../legality';
import { assessDeal, ownValue, reservation } from '../negotiation/assess';
import { counterLine } from '../negotiation/counterLine';
import { draftOffer, shapeDeal } from '../negotiation/shapeDeal';
import { makeRandom, mixSeed } from '../rng';
import { ref, said } from '../said';
import type { ActionDef, Effect, Scenario } from '../scenarioTypes';
import { scoreOf } from '../scoring';
import type { AiLevel, Cause, GameState } from '../stateTypes';
import { check, lookaheadActionClone, lookaheadClone, lookaheadCopy, stepInPlace } from '../step';
import { currentActor } from '../turnOrder';
import { PARAMS, type Params } from './aiLevels';
import { passiveMove } from './passive';
import { keepPlayout, keptValue } from './playoutMemo';

/**
 * The AI for actors no person plays, at three levels that change skill, not rules:
 * - easy: judges moves by their immediate effect and discounts the future steeply (a plant that
 *   opens in six turns is worth a twentieth of its value to it), nearly one time in two takes
 *   another of its shortlisted moves instead of the best, and bargains naively
 *   (accepts deals worth a little less than it needs);
 * - normal: looks ahead to the end of the turn with the sim itself, bargains with
 *   counter-offers, makes its own offers, and (like hard) signs a deal below its price rather
 *   than walk away when the sim shows the deal moves its own goals;
 * - hard: looks two turns ahead (a host one, then its economy to the end), considers more moves, values the future more (5% a turn),
 *   bargains harder over what it is offered but offers more, and as a host judges a position
 *   by where its economy's own dynamics leave it at the game's end (see `economyAtEnd`).
 * Every move goes through `check`, so only legal actions are taken; all randomness comes
 * from a stream derived from the game state, so the same game gives the same choices.
 */

type Index = { byId: Map<string, ActionDef>; byActor: Map<string, ActionDef[]>; targets: Map<ActionDef, (string | undefined)[]> };
const indexes = new WeakMap<Scenario, Index>();

/** The scenario's actions by id and by actor, built once per scenario (a loaded scenario never changes). */
function indexOf(sc: Scenario): Index {
  let ix = indexes.get(sc);
  if (!ix) {
    ix = { byId: new Map(), byActor: new Map(), targets: new Map() };
    for (const a of sc.actions) {
      ix.targets.set(a, a.target ? allowedTargets(sc, a) : [undefined]);
      if (!ix.byId.has(a.id)) ix.byId.set(a.id, a);
      const list = ix.byActor.get(a.actor) ?? [];
      list.push(a);
      ix.byActor.set(a.actor, list);
    }
    indexes.set(sc, ix);
  }
  return ix;
}

/** Points on its objectives that make a deal worth signing below its trade price. */
const GOAL_GAIN = 2;

function rngFor(s: GameState, actor: string, salt: number): () => number {
  let h = salt >>> 0;
  for (const ch of actor) h = (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0;
  return makeRandom(mixSeed(s.rng ^ h, s.turn * 7919 + s.phase * 131 + s.decisions.length * 17 + s.nextId)).next;
}

/** Which projects and lasting effects `evaluate` counts the future of: those from these indexes on. */
type Since = { projects: number; lasting: number };
const ALL: Since = { projects: 0, lasting: 0 };

/**
 * What the actor's objectives are worth in `s`, scored as at the game's end, counting projects
 * still being built at what their completion would add and its lasting effects still to run at
 * what each coming turn of them would add (only what lands before the game ends), discounted
 * each turn by the level's rate: a look-ahead of a turn or two cannot see a plant that opens in
 * six, or a reform that pays over two years. `s` must be a disposable look-ahead copy: its turn
 * is moved to the end, and completions and lasting effects are applied to it.
 */
function evaluate(s: GameState, sc: Scenario, actor: string, discount: number, since: Since = ALL, foresee = false): number {
  // Turn resolutions left in the game: a plant that opens after the last one is worth nothing.
  const remaining = s.over ? 0 : turnsLeft(s.setup, s.turn);
  // Judge the position as it would be scored at the end, so objectives that count only in a
  // long game (or only in a short one) weigh from the first turn, and only in the right game.
  s.turn = Math.max(s.turn, lastTurn(s.setup));
  const ix = indexOf(sc);
  let raw = scoreOf(s, sc, actor);
  let v = raw;
  // Applies effects still to come and adds what they change on the score, at `weight` (plus `bonus`).
  const add = (effects: Effect[], cause: Cause, department: string | undefined, weight: number, bonus = 0): void => {
    applyEffects({ s, sc, events: [], quiet: true }, effects, cause, department !== undefined ? { department } : {});
    const after = scoreOf(s, sc, actor);
    v += (after - raw) * weight + bonus;
    raw = after;
  };
  for (let i = since.projects; i < s.projects.length; i++) {
    const p = s.projects[i] as GameState['projects'][number];
    if (p.actor !== actor || p.status !== 'building' || p.turnsLeft > remaining) continue;
    const def = ix.byId.get(p.action);
    if (!def?.project?.onComplete?.length) continue;
    add(def.project.onComplete, { kind: 'project', id: def.id, label: def.name }, p.department, discount ** p.turnsLeft, 0.1);
  }
  for (let i = since.lasting; i < s.lasting.length; i++) {
    const l = s.lasting[i] as GameState['lasting'][number];
    if (l.actor !== actor) continue;
    const def = ix.byId.get(l.action);
    if (!def?.lasting?.effects.length) continue;
    for (let k = 1; k <= Math.min(l.turnsLeft, remaining); k++)
      add(def.lasting.effects, { kind: 'action', id: def.id, label: def.name }, l.department, discount ** k);
  }
  if (foresee && remaining > 0) v += economyAtEnd(s, sc, actor, remaining) - raw;
  return v;
}

/** Hosts, whose objectives are their economy's stocks and flows (see `economyAtEnd`). */
const hosts = new WeakMap<Scenario, Set<string>>();

function isHost(sc: Scenario, actor: string): boolean {
  let set = hosts.get(sc);
  if (!set) {
    set = new Set(sc.actors.filter((a) => a.kind === 'host').map((a) => a.id));
    hosts.set(sc, set);
  }
  return set.has(actor);
}

/**
 * The actor's score once the economy's own dynamics (drift, drivers, noise; no moves, no events)
 * have run on in `s` for the `turns` left, on one stream of luck for every move compared. Only for
 * a host (else its score as it stands): a host's reserves drain with its gas and its prices follow
 * the deficit whatever it does next, so a move that spends what the next year's drain needs is
 * judged by where it leaves the host at the end, not after two turns. A power's objectives are
 * relations it keeps feeding turn by turn (trust, influence, coca cuts): run on with nobody
 * acting they fade, and a power judged so chased the wrong goals (scenarios/README.md).
 */
function economyAtEnd(s: GameState, sc: Scenario, actor: string, turns: number): number {
  if (!isHost(sc, actor)) return scoreOf(s, sc, actor);
  s.rng = mixSeed(s.setup.seed, 7717);
  const ctx = { s, sc, events: [], quiet: true };
  for (let k = 0; k < turns; k++) economyTick(ctx);
  return scoreOf(s, sc, actor);
}

/** The move a look-ahead plays next from `cur`: whoever owes an answer gives it, else the actor whose phase it is passes. */
function passiveNext(cur: GameState, sc: Scenario): Action | undefined {
  const owing = cur.pending[0]?.actor ?? cur.deals.find((d) => d.status === 'proposed')?.to;
  const mover = owing ?? currentActor(cur, sc);
  if (mover === undefined) return undefined;
  return passiveMove(cur, sc, mover) ?? { type: 'endPhase' as const, actor: mover };
}

/** Moves the last `lookahead` played (see `keepChosen`). */
let played = 0;

/** Plays on, in place, from a look-ahead copy with everyone passive until `turns` more turns have resolved (or the game ends). */
function lookahead(cur: GameState, sc: Scenario, turns: number): GameState {
  played = 0;
  if (turns <= 0) return cur;
  const target = cur.turn + turns - 1;
  for (let i = 0; i < 500 && !cur.over && cur.turn <= target; i++) {
    const a = passiveNext(cur, sc);
    if (a === undefined) break;
    played = i + 1;
    if (!stepInPlace(cur, sc, a)) break;
  }
  return cur;
}

// A look-ahead copy's own copy for each move weighed: only what the rules write is copied.
const clone = lookaheadClone;

/** `s` must be a look-ahead copy (see `lookaheadCopy`); it is left untouched. */
function valueAfter(s: GameState, sc: Scenario, actor: string, a: Action, p: Params): number | null {
  const known = keptValue(s, sc, actor, a, p.horizon, p.discount);
  if (known !== undefined) return known;
  played = 500;
  const copy = clone(s);
  if (!stepInPlace(copy, sc, a)) return null;
  return evaluate(lookahead(copy, sc, p.horizon), sc, actor, p.discount, ALL, p.foresee);
}

function answerChoice(s: GameState, sc: Scenario, actor: string, p: Params, rand: () => number): Action | null {
  const choice = s.pending.find((x) => x.actor === actor);
  if (!choice) return null;
  const base = lookaheadCopy(s);
  const ev = sc.events?.find((e) => e.id === choice.event);
  const scored: { a: Action; v: number }[] = [];
  for (const o of ev?.options ?? []) {
    const a: Action = { type: 'chooseOption', actor, choice: choice.id, option: o.id };
    const v = valueAfter(base, sc, actor, a, p);
    if (v !== null) scored.push({ a, v: v + 0.01 * (o.aiWeight ?? 1) });
  }
  scored.sort((x, y) => y.v - x.v);
  if (scored.length > 1 && rand() < p.fuzz) return scored[1]?.a ?? null;
  return scored[0]?.a ?? null;
}

function answerOffer(s: GameState, sc: Scenario, actor: string, p: Params): Action | null {
  const offer = s.deals.find((d) => d.status === 'proposed' && d.to === actor);
  if (!offer) return null;
  const a = assessDeal(s, sc, actor, offer.from, offer.terms, offer.id);
  // A deal holding a term that cannot be agreed now is never signed (it may be countered without it).
  const signable = termsUnavailable(s, sc, offer.terms) === null;
  // Its own last offer sent back, or anything at least as good for it, is signed at every level.
  if (signable && (a.asGoodAsOwn || a.value >= a.need - p.slack) && offer.terms.length > 0) {
    // An easy player that signs a little below its price says so, rather than giving its refusal as the reason.
    const why = a.accept
      ? a.reasons.slice(0, 1)
      : [said('counters.acceptsBelow', { actor: ref('actor', actor), value: a.value, need: a.need })];
    return { type: 'respondDeal', actor, deal: offer.id, response: 'accept', reason: why };
  }
  let depth = 0;
  for (let d = offer; d.counterOf !== undefined && depth < 10; depth++) {
    const prev = s.deals.find((x) => x.id === d.counterOf);
    if (!prev) break;
    d = prev;
  }
  if (depth < 3) {
    const shaped = shapeDeal(s, sc, actor, offer.from, offer.terms, [], offer.id);
    // Counter only with something the other side could still want, and that changes something.
    const line = shaped ? counterLine(sc, actor, offer.terms, shaped.terms, a) : null;
    if (shaped && line && ownValue(sc, offer.from, shaped.terms) > 0) {
      const c: Action = { type: 'counterDeal', actor, deal: offer.id, terms: shaped.terms, reason: [line] };
      if (!check(s, sc, c)) return c;
    }
  }
  // With no counter left to make, a player who looks ahead still signs a deal below its price
  // on paper when it plainly moves its objectives (a term worth little in trade can complete a
  // goal): it asks the sim before walking away.
  if (signable && p.horizon > 0 && offer.terms.length > 0) {
    const base = lookaheadCopy(s);
    const yes = valueAfter(base, sc, actor, { type: 'respondDeal', actor, deal: offer.id, response: 'accept' }, p);
    const no = valueAfter(base, sc, actor, { type: 'respondDeal', actor, deal: offer.id, response: 'reject' }, p);
    if (yes !== null && no !== null && yes - no >= GOAL_GAIN) {
      return {
        type: 'respondDeal',
        actor,
        deal: offer.id,
        response: 'accept',
        reason: [said('reason.acceptsForGoals', { actor: ref('actor', actor), value: a.value, need: a.need, gain: yes - no })],
      };
    }
  }
  return { type: 'respondDeal', actor, deal: offer.id, response: 'reject', reason: a.reasons };
}

function maybeOffer(s: GameState, sc: Scenario, actor: string, p: Params, rand: () => number): Action | null {
  if (!sc.terms?.length || rand() >= p.offerChance) return null;
  if (s.decisions.some((d) => d.turn === s.turn && d.actor === actor && d.kind === 'proposeDeal')) return null;
  const me = sc.actors.find((a) => a.id === actor);
  const host = sc.actors.find((a) => a.kind === 'host');
  if (!me || !host) return null;
  const partners = me.kind === 'host' ? sc.actors.filter((a) => a.kind === 'power').map((a) => a.id) : me.kind === 'power' ? [host.id] : [];
  for (const partner of partners) {
    if (s.deals.some((d) => d.status === 'proposed' && d.from === actor && d.to === partner)) continue;
    const terms = draftOffer(s, sc, actor, partner, reservation(sc, actor) * p.offerFloor);
    if (!terms) continue;
    const a: Action = { type: 'proposeDeal', actor, to: partner, terms };
    if (!check(s, sc, a)) return a;
  }
  return null;
}

/** The level's parameters for `actor`; a host's own horizon (see `hostHorizon`). Made once per level. */
const forHost = new Map<AiLevel, Params>();
function paramsFor(level: AiLevel, sc: Scenario, actor: string): Params {
  const p = PARAMS[level];
  if (p.hostHorizon === p.horizon || !isHost(sc, actor)) return p;
  let h = forHost.get(level);
  if (!h) {
    h = { ...p, horizon: p.hostHorizon };
    forHost.set(level, h);
  }
  return h;
}

/** The AI's next move for `actor` at `level`, or null when it has nothing to do now. */
export function aiMove(level: AiLevel, s: GameState, sc: Scenario, actor: string): Action | null {
  if (s.over) return null;
  const p = paramsFor(level, sc, actor);
  const rand = rngFor(s, actor, level.length);
  const choice = answerChoice(s, sc, actor, p, rand);
  if (choice) return choice;
  const answer = answerOffer(s, sc, actor, p);
  if (answer) return answer;
  if (currentActor(s, sc) !== actor) return null;
  const offer = maybeOffer(s, sc, actor, p, rand);
  if (offer) return offer;
  const mine = indexOf(sc).byActor.get(actor);
  // An actor with no actions of its own (a stakeholder) only ends its phase.
  if (!mine) return { type: 'endPhase', actor };

  // Cheap first pass: the immediate effect of every legal move, nudged by the scenario's hint.
  const base = lookaheadCopy(s);
  // Score only what a move changes: the future of the projects and lasting effects already
  // under way is the same whichever move is taken, so each move is judged by its immediate
  // effect and by the future of what it starts, against the position as it stands.
  const since: Since = { projects: base.projects.length, lasting: base.lasting.length };
  // (Nothing is applied to `base` when no future is counted; only its turn moves, and is put back.)
  const turn = base.turn;
  const now = evaluate(base, sc, actor, p.discount, since);
  base.turn = turn;
  const first: { a: Action; v: number }[] = [];
  for (const def of mine) {
    let targets = indexOf(sc).targets.get(def) ?? [];
    // Many targets: weigh a few, chosen from the game's stream, rather than all of them.
    while (targets.length > p.targets) targets = targets.filter((_, i) => i !== Math.floor(rand() * targets.length));
    for (const target of targets) {
      const a: Action = { type: 'takeAction', actor, action: def.id, ...(target !== undefined ? { target } : {}) };
      if (check(base, sc, a)) continue;
      const copy = lookaheadActionClone(base, def, actor);
      if (!stepInPlace(copy, sc, a)) continue;
      first.push({ a, v: evaluate(copy, sc, actor, p.discount, since) - now + 0.05 * (def.aiWeight ?? 1) + 0.001 * rand() });
    }
  }
  if (first.length === 0) return { type: 'endPhase', actor };
  first.sort((x, y) => y.v - x.v);
  const top = first[0]?.v ?? 0;
  // Looking ahead costs a turn of the sim per move: only the moves that can still come first
  // are looked ahead (the look-ahead rarely lifts a move from far down the first pass).
  const short = p.horizon > 0 ? first.filter((c, i) => i < p.deep && c.v >= top - p.within) : first.slice(0, p.candidates);
  // Second pass: look ahead with the sim, against simply ending the phase now.
  const pass =
    p.horizon > 0
      ? (valueAfter(base, sc, actor, { type: 'endPhase', actor }, p) ?? evaluate(clone(base), sc, actor, p.discount, ALL, p.foresee))
      : now;
  const scored = short.map((c) => {
    const after = p.horizon > 0 ? valueAfter(base, sc, actor, c.a, p) : null;
    return { a: c.a, v: p.horizon > 0 ? (after ?? -Infinity) + 0.05 * c.v : c.v + now, after, played };
  });
  scored.sort((x, y) => y.v - x.v);
  let pick = scored[0];
  // A slip: any of the shortlisted moves, not only the runner-up.
  if (scored.length > 1 && rand() < p.fuzz) pick = scored[1 + Math.floor(rand() * (scored.length - 1))];
  if (!pick || pick.v - pass < p.minGain) return { type: 'endPhase', actor };
  if (pick.after !== null) keepChosen(base, sc, actor, pick.a, pick.after, pick.played, p);
  return pick.a;
}

/**
 * Keeps the chosen move's play-out for the actor's next decision (see playoutMemo) when it began
 * with the actor ending its phase without ending the turn, and ended before the move cap: from the
 * state after that first move, "end the phase now" plays the rest of it again, move for move.
 * (`base` is the decision's own look-ahead copy: nothing changes it once the decision is made.)
 */
function keepChosen(base: GameState, sc: Scenario, actor: string, a: Action, value: number, moves: number, p: Params): void {
  const def = a.type === 'takeAction' ? indexOf(sc).byId.get(a.action) : undefined;
  if (moves >= 500 || !def) return;
  let start: GameState | undefined | null = null;
  const after = (): GameState | undefined => {
    if (start !== null) return start;
    const s = lookaheadActionClone(base, def, actor);
    const next = stepInPlace(s, sc, a) && !s.over && s.phase + 1 < sc.turnOrder.length ? passiveNext(s, sc) : undefined;
    start = next?.type === 'endPhase' && next.actor === actor && !check(s, sc, next) ? s : undefined;
    return start;
  };
  keepPlayout(sc, { actor, horizon: p.horizon, discount: p.discount, start: after, value });
}
