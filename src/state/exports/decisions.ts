import {
  type Action,
  type Cause,
  type Controller,
  type DealTerm,
  type GameEvent,
  type GameState,
  isDepartmentMeter,
  type LedgerEntry,
  type Scenario,
  step,
} from '../../sim';

/** What a decision was, as a stable id a spreadsheet can filter on (never words). */
export type DecisionKind =
  | 'action'
  | 'dealProposed'
  | 'dealCountered'
  | 'dealSigned'
  | 'dealRefused'
  | 'dealWithdrawn'
  | 'dealBroken'
  | 'eventChoice'
  | 'endTurn'
  /** The referee's moves (a class's teacher): an event made to happen, the game ended. */
  | 'eventFired'
  | 'gameEnded';

/**
 * One move of the log, with what it cost and the meter changes it caused. `changes`: each meter's
 * change in its national figure (a department's change counts for the department's share of the
 * population, as the national figure is their average), summed over the game: the move's own
 * effects when it was made, and later the project it started, the lasting effects it left, or the
 * promises of the deal it signed. The ledger names a later effect by action and actor, not by the
 * taking: when one actor takes the same action again, later effects go to its latest taking.
 */
export type DecisionRow = {
  /** Its place in the log, from 1: the n-th move of the game. */
  n: number;
  /** The scenario turn it was made on. */
  turn: number;
  actor: string;
  controller: Controller;
  kind: DecisionKind;
  /** The action id, the deal's number, or the event id; empty for an end of turn. */
  id: string;
  /** The action's target, the other party to the deal, or the option chosen. */
  target?: string;
  /** For a proposal or a counter-offer: its terms. */
  terms?: DealTerm[];
  /** For a counter-offer: the deal it answers. */
  answers?: number;
  /** What the move cost the actor (an action's price; zero for anything else). */
  money: number;
  capital: number;
  changes: Record<string, number>;
};

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/** The move a ledger cause belongs to, or null for the engine's own rules and undirected events (as `movesThatMattered` groups them). */
function causeKey(c: Cause): string | null {
  if (c.actor === undefined) return null;
  switch (c.kind) {
    case 'action':
    case 'project':
      return `action:${c.actor}:${c.id}`;
    case 'event':
      return `choice:${c.id}:${c.actor}`;
    case 'deal': {
      const deal = c.params?.deal;
      if (typeof deal !== 'number') return null;
      return c.rule === 'broken' || c.rule === 'brokenInfluence' ? `broken:${deal}` : `deal:${deal}`;
    }
    default:
      return null;
  }
}

function dealOf(s: GameState, id: number) {
  return s.deals.find((d) => d.id === id);
}

/** The row of one action, from the states before and after it and the events it caused (changes filled later). */
function rowOf(
  sc: Scenario,
  before: GameState,
  action: Action,
  events: readonly GameEvent[],
  n: number,
): { row: DecisionRow; key: string | null } {
  // The referee's moves have no actor: their rows have an empty one, played by a person (the teacher).
  const actor = 'actor' in action ? action.actor : '';
  const base = {
    n,
    turn: before.turn,
    actor,
    controller: before.actors[actor]?.controller ?? (actor === '' ? 'human' : 'ai'),
    money: 0,
    capital: 0,
    changes: {},
  };
  switch (action.type) {
    case 'takeAction': {
      const def = sc.actions.find((a) => a.id === action.action);
      const row: DecisionRow = {
        ...base,
        kind: 'action',
        id: action.action,
        ...(action.target !== undefined ? { target: action.target } : {}),
        money: def?.cost.money ?? 0,
        capital: def?.cost.capital ?? 0,
      };
      return { row, key: `action:${action.actor}:${action.action}` };
    }
    case 'proposeDeal': {
      const made = events.find((e) => e.type === 'DealProposed');
      const id = made?.type === 'DealProposed' ? String(made.deal) : '';
      return { row: { ...base, kind: 'dealProposed', id, target: action.to, terms: action.terms }, key: null };
    }
    case 'counterDeal': {
      const made = events.find((e) => e.type === 'DealCountered');
      const id = made?.type === 'DealCountered' ? String(made.counter) : '';
      const other = dealOf(before, action.deal)?.from;
      return {
        row: {
          ...base,
          kind: 'dealCountered',
          id,
          ...(other !== undefined ? { target: other } : {}),
          terms: action.terms,
          answers: action.deal,
        },
        key: null,
      };
    }
    case 'respondDeal': {
      const other = dealOf(before, action.deal)?.from;
      const target = other !== undefined ? { target: other } : {};
      if (action.response === 'accept')
        return { row: { ...base, kind: 'dealSigned', id: String(action.deal), ...target }, key: `deal:${action.deal}` };
      return { row: { ...base, kind: 'dealRefused', id: String(action.deal), ...target }, key: null };
    }
    case 'withdrawDeal': {
      const other = dealOf(before, action.deal)?.to;
      return {
        row: { ...base, kind: 'dealWithdrawn', id: String(action.deal), ...(other !== undefined ? { target: other } : {}) },
        key: null,
      };
    }
    case 'breakDeal': {
      const d = dealOf(before, action.deal);
      const other = d ? (d.from === action.actor ? d.to : d.from) : undefined;
      return {
        row: { ...base, kind: 'dealBroken', id: String(action.deal), ...(other !== undefined ? { target: other } : {}) },
        key: `broken:${action.deal}`,
      };
    }
    case 'chooseOption': {
      const event = before.pending.find((p) => p.id === action.choice)?.event ?? '';
      return { row: { ...base, kind: 'eventChoice', id: event, target: action.option }, key: `choice:${event}:${action.actor}` };
    }
    case 'endPhase':
      return { row: { ...base, kind: 'endTurn', id: '' }, key: null };
    case 'fireEvent':
      return { row: { ...base, kind: 'eventFired', id: action.event }, key: null };
    case 'endGame':
      return { row: { ...base, kind: 'gameEnded', id: '' }, key: null };
  }
}

/**
 * Replays a game's log from its first state, one row per move, and attributes every ledger entry
 * that belongs to a move to that move's row. Returns the rows and the state the log leads to, or
 * the index of the first move the sim refused (a log that does not replay).
 */
export function replayDecisions(
  sc: Scenario,
  start: GameState,
  log: readonly Action[],
): { ok: true; rows: DecisionRow[]; final: GameState } | { ok: false; index: number } {
  const shares = new Map<string, number>();
  const total = sc.departments.reduce((t, d) => t + (d.population ?? 1), 0) || 1;
  for (const d of sc.departments) shares.set(d.id, (d.population ?? 1) / total);
  const national = (e: LedgerEntry): number =>
    e.department !== undefined && isDepartmentMeter(e.meter) ? e.delta * (shares.get(e.department) ?? 0) : e.delta;

  const rows: DecisionRow[] = [];
  const latest = new Map<string, DecisionRow>();
  let s = start;
  for (let i = 0; i < log.length; i++) {
    const action = log[i] as Action;
    const r = step(s, sc, action);
    if (!r.ok) return { ok: false, index: i };
    const { row, key } = rowOf(sc, s, action, r.events, i + 1);
    rows.push(row);
    if (key !== null) latest.set(key, row);
    // The ledger only grows: what this step added is past the old length.
    for (const e of r.state.ledger.slice(s.ledger.length)) {
      const k = causeKey(e.cause);
      const owner = k === null ? undefined : latest.get(k);
      if (!owner) continue;
      owner.changes[e.meter] = (owner.changes[e.meter] ?? 0) + national(e);
    }
    s = r.state;
  }
  for (const row of rows) {
    for (const [m, v] of Object.entries(row.changes)) {
      const x = round6(v);
      if (x === 0) delete row.changes[m];
      else row.changes[m] = x;
    }
  }
  return { ok: true, rows, final: s };
}
