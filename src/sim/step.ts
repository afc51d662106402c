import type { Action } from './actionTypes';
import type { Ctx } from './context';
import { badTerms, breakDeal, openDeal, proposeDeal, runningPromises, signDeal, termsInForce, termsUnavailable } from './deals';
import { applyEffects } from './effects';
import type { GameEvent } from './eventTypes';
import { whyNot } from './legality';
import { type Refusal, refuse } from './refusal';
import { endGame, resolveTurn } from './resolveTurn';
import { said } from './said';
import { eventCause, fireEvent } from './scenarioEvents';
import { indexOf } from './scenarioIndex';
import type { ActionDef, Scenario } from './scenarioTypes';
import { stateCopy, takeActionCopy } from './stateCopy';
import type { GameState } from './stateTypes';
import { takeAction } from './takeAction';
import { joinText } from './text';
import { currentActor } from './turnOrder';

export type StepResult = { ok: true; state: GameState; events: GameEvent[] } | { ok: false; reason: Refusal };

function isObj(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isTerms(x: unknown): boolean {
  return Array.isArray(x) && x.every((t) => isObj(t) && typeof t.term === 'string' && typeof t.amount === 'number');
}

function isReason(x: unknown): boolean {
  return x === undefined || (Array.isArray(x) && x.every((y) => isObj(y) && typeof y.key === 'string'));
}

/**
 * A cheap shape check, so a malformed action is refused rather than thrown on. Untrusted actions
 * (save files, a server's clients) are checked in full by `actionSchema` before they get here;
 * this runs on every step, the AI's look-ahead included, so it checks only what the rules read.
 */
function wellFormed(x: unknown): x is Action {
  if (!isObj(x)) return false;
  // The referee's moves have no actor; every other move has one.
  if (x.type === 'fireEvent') return typeof x.event === 'string';
  if (x.type === 'endGame') return true;
  if (typeof x.actor !== 'string') return false;
  switch (x.type) {
    case 'takeAction':
      return typeof x.action === 'string' && (x.target === undefined || typeof x.target === 'string');
    case 'proposeDeal':
      return typeof x.to === 'string' && isTerms(x.terms);
    case 'respondDeal':
      return typeof x.deal === 'number' && (x.response === 'accept' || x.response === 'reject') && isReason(x.reason);
    case 'counterDeal':
      return typeof x.deal === 'number' && isTerms(x.terms) && isReason(x.reason);
    case 'withdrawDeal':
    case 'breakDeal':
      return typeof x.deal === 'number';
    case 'chooseOption':
      return typeof x.choice === 'number' && typeof x.option === 'string';
    case 'endPhase':
      return true;
    default:
      return false;
  }
}

/** Checks an action against the state without applying it: the refusal, or null when it is legal. */
export function check(state: GameState, sc: Scenario, action: Action): Refusal | null {
  if (!wellFormed(action)) return refuse('malformed', 'malformed');
  if (state.over) return refuse('gameOver', 'gameOver');
  if (action.type === 'fireEvent')
    return indexOf(sc).event.has(action.event) ? null : refuse('unknownEvent', 'unknownEvent', { event: action.event });
  if (action.type === 'endGame') return null;
  if (!Object.hasOwn(state.actors, action.actor)) return refuse('unknownActor', 'unknownActor', { actor: action.actor });
  switch (action.type) {
    case 'takeAction':
      return whyNot(state, sc, action.actor, action.action, action.target);
    case 'proposeDeal': {
      if (currentActor(state, sc) !== action.actor)
        return refuse('notYourPhase', 'notYourPhase', { actor: sc.actors.find((x) => x.id === action.actor)?.name ?? action.actor });
      if (state.deals.some((d) => d.status === 'proposed' && d.from === action.actor && d.to === action.to)) {
        return refuse('badTerms', 'offerWaiting');
      }
      return (
        badTerms(sc, action.actor, action.to, action.terms) ??
        termsInForce(state, sc, action.actor, action.to, action.terms) ??
        termsUnavailable(state, sc, action.terms)
      );
    }
    case 'respondDeal':
    case 'counterDeal': {
      const d = openDeal(state, action.deal);
      if (!d) return refuse('unknownDeal', 'unknownDeal', { deal: action.deal });
      if (d.to !== action.actor) return refuse('notYourDeal', 'notOfferedToYou');
      if (d.status !== 'proposed') return refuse('dealClosed', 'dealClosed', { status: { said: [said(`offer.status.${d.status}`)] } });
      if (action.type === 'counterDeal')
        return (
          badTerms(sc, action.actor, d.from, action.terms) ??
          termsInForce(state, sc, action.actor, d.from, action.terms) ??
          termsUnavailable(state, sc, action.terms)
        );
      // Accepting re-checks: a term may have come into force, or become unavailable, since the offer was made.
      return action.response === 'accept' ? (termsInForce(state, sc, d.from, d.to, d.terms) ?? termsUnavailable(state, sc, d.terms)) : null;
    }
    case 'withdrawDeal': {
      const d = openDeal(state, action.deal);
      if (!d) return refuse('unknownDeal', 'unknownDeal', { deal: action.deal });
      if (d.from !== action.actor) return refuse('notYourDeal', 'onlyProposer');
      if (d.status !== 'proposed') return refuse('dealClosed', 'dealClosed', { status: { said: [said(`offer.status.${d.status}`)] } });
      return null;
    }
    case 'breakDeal': {
      const d = openDeal(state, action.deal);
      if (!d) return refuse('unknownDeal', 'unknownDeal', { deal: action.deal });
      if (d.from !== action.actor && d.to !== action.actor) return refuse('notYourDeal', 'notInDeal');
      if (runningPromises(sc, d, action.actor).length === 0) return refuse('dealClosed', 'noPromises');
      return null;
    }
    case 'chooseOption': {
      const p = state.pending.find((x) => x.id === action.choice);
      if (!p) return refuse('unknownChoice', 'unknownChoice');
      if (p.actor !== action.actor) return refuse('notYourDeal', 'notYourChoice');
      const ev = indexOf(sc).event.get(p.event);
      if (!ev?.options?.some((o) => o.id === action.option)) return refuse('unknownOption', 'unknownOption', { option: action.option });
      return null;
    }
    case 'endPhase':
      if (currentActor(state, sc) !== action.actor)
        return refuse('notYourPhase', 'notYourPhase', { actor: sc.actors.find((x) => x.id === action.actor)?.name ?? action.actor });
      if (state.pending.some((p) => p.actor === action.actor)) return refuse('pendingChoice', 'pendingChoice');
      return null;
  }
}

/**
 * The sim's one entry point. Applies `action` to `state` under scenario `sc` and
 * returns the new state with the events it caused, or refuses with a reason.
 * Pure and deterministic: the input state is never changed, nothing is thrown for
 * bad input, and the same state and action always give the same result.
 */
export function step(state: GameState, sc: Scenario, action: Action): StepResult {
  const refusal = check(state, sc, action);
  if (refusal) return { ok: false, reason: refusal };
  const events: GameEvent[] = [];
  // The rules change a copy in place (see stateCopy: what it copies and what it shares);
  // the sim never changes a state it has returned, so sharing what no rule writes is safe.
  const next = copyFor(state, sc, action);
  apply({ s: next, sc, events, ledgerShared: true }, action);
  return { ok: true, state: next, events };
}

/** The copy of `state` that `action` is applied to: only what the action can write is copied. */
function copyFor(state: GameState, sc: Scenario, action: Action): GameState {
  // Ending a phase that does not end the turn only moves the phase on (most moves of a game are that).
  if (action.type === 'endPhase' && state.phase + 1 < sc.turnOrder.length) return { ...state };
  if (action.type === 'takeAction') {
    const def = indexOf(sc).action.get(action.action);
    if (def) return takeActionCopy(state, def, action.actor);
  }
  return stateCopy(state, true);
}

/**
 * For the AI's look-ahead only: applies a legal action to a private, mutable copy of a
 * state (from `lookaheadCopy`) in place, without recording causes, history or events.
 * Returns false (and changes nothing) when the action is refused.
 */
export function stepInPlace(s: GameState, sc: Scenario, action: Action): boolean {
  if (check(s, sc, action)) return false;
  apply({ s, sc, events: [], quiet: true }, action);
  return true;
}

/**
 * A private copy of a state for look-ahead: everything but the records look-ahead never reads
 * (the ledger, the history, past turns' decisions, closed deals). Like `step`'s copy it shares
 * with `s` only entries that no rule changes once written (see stateCopy).
 */
export function lookaheadCopy(s: GameState): GameState {
  return stateCopy({
    ...s,
    deals: s.deals.filter((d) => d.status === 'proposed' || d.status === 'signed'),
    ledger: [],
    history: [],
    decisions: s.decisions.filter((d) => d.turn === s.turn),
  });
}

/**
 * Another private copy of a look-ahead copy, to step in place without touching it (the AI gives
 * each move it weighs one). Cheaper than a deep copy: it copies what the rules change and shares
 * the entries they never change once written (see stateCopy).
 */
export function lookaheadClone(s: GameState): GameState {
  return stateCopy(s);
}

/**
 * `lookaheadClone` for taking one catalogue action on a look-ahead copy, cheaper: it copies only
 * what taking `def` can write, and what applying the effects of the project or lasting effect it
 * starts can write (the AI judges a move by applying them to the copy), and shares the rest.
 */
export function lookaheadActionClone(s: GameState, def: ActionDef, actor: string): GameState {
  return takeActionCopy(s, def, actor, true);
}

function apply(ctx: Ctx, action: Action): void {
  const { s, sc } = ctx;
  switch (action.type) {
    case 'takeAction': {
      const def = indexOf(sc).action.get(action.action);
      if (def) takeAction(ctx, def, action.actor, action.target);
      return;
    }
    case 'proposeDeal':
      proposeDeal(ctx, action.actor, action.to, action.terms);
      return;
    case 'respondDeal': {
      const d = openDeal(s, action.deal);
      if (!d) return;
      if (action.response === 'accept') signDeal(ctx, d);
      else {
        d.status = 'rejected';
        if (action.reason) d.reason = action.reason;
        s.decisions.push({ turn: s.turn, actor: action.actor, kind: 'rejectDeal', id: String(d.id) });
        ctx.events.push({ type: 'DealRejected', deal: d.id, by: action.actor, ...(action.reason ? { reason: action.reason } : {}) });
      }
      return;
    }
    case 'counterDeal': {
      const d = openDeal(s, action.deal);
      if (!d) return;
      d.status = 'countered';
      if (action.reason) d.reason = action.reason;
      const c = proposeDeal(ctx, action.actor, d.from, action.terms, d.id);
      ctx.events.push({ type: 'DealCountered', deal: d.id, counter: c.id, by: action.actor });
      return;
    }
    case 'withdrawDeal': {
      const d = openDeal(s, action.deal);
      if (!d) return;
      d.status = 'withdrawn';
      ctx.events.push({ type: 'DealWithdrawn', deal: d.id });
      return;
    }
    case 'breakDeal': {
      const d = openDeal(s, action.deal);
      if (d) breakDeal(ctx, d, action.actor);
      return;
    }
    case 'chooseOption': {
      const p = s.pending.find((x) => x.id === action.choice);
      const ev = p ? indexOf(sc).event.get(p.event) : undefined;
      const opt = ev?.options?.find((o) => o.id === action.option);
      if (!p || !ev || !opt) return;
      s.pending = s.pending.filter((x) => x.id !== p.id);
      const cause = { ...eventCause(ev, joinText(ev.title, ': ', opt.label)), actor: action.actor };
      if (opt.sources) cause.sources = [...(cause.sources ?? []), ...opt.sources];
      applyEffects(ctx, opt.effects, cause);
      s.decisions.push({ turn: s.turn, actor: action.actor, kind: 'chooseOption', id: ev.id, detail: opt.id });
      ctx.events.push({ type: 'OptionChosen', event: ev.id, actor: action.actor, option: opt.id });
      return;
    }
    case 'endPhase': {
      ctx.events.push({ type: 'PhaseEnded', actor: action.actor });
      s.phase += 1;
      if (s.phase >= sc.turnOrder.length) resolveTurn(ctx);
      return;
    }
    case 'fireEvent': {
      const ev = indexOf(sc).event.get(action.event);
      if (ev) fireEvent(ctx, ev);
      return;
    }
    case 'endGame':
      endGame(ctx);
      return;
  }
}
