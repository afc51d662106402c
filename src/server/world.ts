import type { ClassSetup, MoveRecord, NetRefusal, NewsItem, PrivateMessage } from '../net/protocol';
import type { LogEntry, StoredEntry } from '../net/store';
import {
  type Action,
  autoPlay,
  currentActor,
  type GameState,
  hashValue,
  type Policy,
  type Scenario,
  scoreAll,
  setupPolicy,
  step,
} from '../sim';
import type { ScenarioEntry } from '../state/gameChoice';
import { type SaveSetup, startOfReplay } from '../state/saveFile';
import { recordTurnEnd, type TurnHash } from '../state/session';

/**
 * One world of a class: the game the sim holds as the authority, and the room's record around it
 * (who made each move, news, private messages, pause, deadline). No network and no store here:
 * the room plans a change (pure), stores it, then commits it, so nothing is applied that was not
 * written first. Rebuilt after a restart from the stored log, checking every turn hash.
 */

/** The save setup a class's game is built with: its teams human, every other actor on the class's AI level. */
export function setupForClass(sc: Scenario, c: ClassSetup): SaveSetup {
  const teams = new Set(c.teams);
  const controllers = Object.fromEntries(sc.actors.map((a) => [a.id, teams.has(a.id) ? 'human' : 'ai'])) as SaveSetup['controllers'];
  const levels = Object.fromEntries(sc.actors.filter((a) => !teams.has(a.id)).map((a) => [a.id, c.aiLevel])) as SaveSetup['levels'];
  // Both playable sides as teams is a hot-seat game, one a solo game: a save of a class game loads as either.
  const playable = sc.actors.filter((a) => a.playable).map((a) => a.id);
  const mode = playable.every((p) => teams.has(p)) ? 'hotseat' : 'solo';
  return {
    scenarioId: sc.id,
    side: c.teams[0] ?? '',
    seed: c.seed,
    ...(c.turns !== undefined ? { turns: c.turns } : {}),
    ...(c.preset !== undefined ? { preset: c.preset } : {}),
    mode,
    aiLevel: c.aiLevel,
    controllers,
    ...(levels && Object.keys(levels).length > 0 ? { levels } : {}),
  };
}

/** A change planned on the current game: the entry to store, and the state it leads to. */
export type Plan = { entry: LogEntry; game?: GameState; turnHashes?: TurnHash[]; reply?: { session: string; clientSeq: number } };

export type WorldView = {
  game: GameState;
  log: readonly Action[];
  turnHashes: readonly TurnHash[];
  moves: readonly MoveRecord[];
  news: readonly NewsItem[];
  messages: readonly PrivateMessage[];
  paused: boolean;
  deadlineSeconds: number | null;
  ended: boolean;
};

const serverRefusal = (
  key: Extract<NetRefusal, { from: 'server' }>['refusal']['key'],
  params?: Record<string, string | number>,
): NetRefusal => ({
  from: 'server',
  refusal: params ? { key, params } : { key },
});

export class World {
  readonly entry: ScenarioEntry;
  readonly setup: SaveSetup;
  readonly teams: readonly string[];
  /** The reading level the teacher chose (sent with every welcome). */
  readonly reading: 'advanced' | 'basic';
  private game: GameState;
  private log: Action[] = [];
  private turnHashes: TurnHash[] = [];
  private moves: MoveRecord[] = [];
  private news: NewsItem[] = [];
  private messages: PrivateMessage[] = [];
  private paused = false;
  private deadlineSeconds: number | null = null;
  private ended = false;
  private lastSeq = 0;
  private readonly policy: Policy;

  constructor(entry: ScenarioEntry, c: ClassSetup, policy: Policy = setupPolicy) {
    this.entry = entry;
    this.setup = setupForClass(entry.scenario, c);
    this.teams = [...c.teams];
    this.reading = c.reading ?? 'advanced';
    this.policy = policy;
    this.game = startOfReplay(entry, this.setup).state;
  }

  view(): WorldView {
    return {
      game: this.game,
      log: this.log,
      turnHashes: this.turnHashes,
      moves: this.moves,
      news: this.news,
      messages: this.messages,
      paused: this.paused,
      deadlineSeconds: this.deadlineSeconds,
      ended: this.ended || this.game.over !== undefined,
    };
  }

  /** Whether the teacher has ended this room's game (the game may also have ended by its length). */
  get endedByTeacher(): boolean {
    return this.ended;
  }

  get seq(): number {
    return this.lastSeq;
  }

  /** The actor whose phase it is, if it is a team's (the deadline runs only then). */
  humanPhase(): string | null {
    const a = currentActor(this.game, this.entry.scenario);
    return a !== undefined && this.teams.includes(a) ? a : null;
  }

  /** The computer players' opening moves of a new game (they may move before any team), or null when a team moves first. */
  planOpening(): Plan | null {
    if (this.log.length > 0) return null;
    return this.planActs([], null, null);
  }

  /** A team's move: checked against the seat and the sim, then the computer players' replies. */
  planMove(action: Action, side: string, by: string): Plan | NetRefusal {
    if (this.ended || this.game.over) return serverRefusal('gameOver');
    if (this.paused) return serverRefusal('paused');
    if (!('actor' in action) || action.actor !== side) return serverRefusal('notYourSide', { side });
    const r = step(this.game, this.entry.scenario, action);
    if (!r.ok) return { from: 'sim', refusal: r.reason };
    return this.planActs([action], by, side);
  }

  /** The referee's move (a teacher's injected event or end of game, a deadline's end of phase): no seat check, no pause check. */
  planReferee(actions: Action[]): Plan | NetRefusal {
    if (this.ended || this.game.over) return serverRefusal('gameOver');
    let s = this.game;
    for (const a of actions) {
      const r = step(s, this.entry.scenario, a);
      if (!r.ok) return { from: 'sim', refusal: r.reason };
      s = r.state;
    }
    return this.planActs(actions, null, null);
  }

  /** What the deadline does when it passes: the team's waiting choices answered with their first option, then its phase ended. */
  deadlineActions(): Action[] {
    const side = this.humanPhase();
    if (side === null) return [];
    const sc = this.entry.scenario;
    const out: Action[] = [];
    for (const p of this.game.pending.filter((x) => x.actor === side)) {
      const option = sc.events?.find((e) => e.id === p.event)?.options?.[0];
      if (option) out.push({ type: 'chooseOption', actor: side, choice: p.id, option: option.id });
    }
    out.push({ type: 'endPhase', actor: side });
    return out;
  }

  /** Steps `first` (already checked) and lets the computer players move until a team must act, hashing every turn's end. */
  private planActs(first: Action[], by: string | null, side: string | null): Plan {
    const sc = this.entry.scenario;
    let s = this.game;
    const actions: Action[] = [];
    const turnHashes: TurnHash[] = [];
    const push = (a: Action, next: GameState): void => {
      recordTurnEnd(turnHashes, s, next, this.log.length + actions.length);
      actions.push(a);
      s = next;
    };
    for (const a of first) {
      const r = step(s, sc, a);
      if (!r.ok) break; // checked by the caller
      push(a, r.state);
    }
    // One move at a time, as the local session does, so each turn's end is hashed.
    for (let n = 0; n < 100_000 && !s.over; n++) {
      const r = autoPlay(s, sc, this.policy, 1);
      const a = r.actions[0];
      if (a === undefined) break;
      push(a, r.state);
    }
    return { entry: { kind: 'act', by, side, actions, turnHashes }, game: s, turnHashes };
  }

  planNews(text: string): Plan {
    return { entry: { kind: 'news', text } };
  }

  planMessage(from: string, to: string, by: string, text: string): Plan | NetRefusal {
    if (!this.teams.includes(to) || to === from) return serverRefusal('unknownSide');
    return { entry: { kind: 'message', from, to, by, text } };
  }

  planControl(c: { paused?: boolean; deadlineSeconds?: number | null; ended?: boolean }): Plan {
    return { entry: { kind: 'control', ...c } };
  }

  /** Applies a stored entry (a plan's, or one read back from the log). Returns false when an act's actions do not replay or its hashes differ. */
  commit(e: StoredEntry, planned?: Plan): boolean {
    this.lastSeq = e.seq;
    switch (e.kind) {
      case 'act': {
        let s = this.game;
        const hashes: TurnHash[] = [];
        if (planned?.game) s = planned.game;
        else {
          for (let i = 0; i < e.actions.length; i++) {
            const a = e.actions[i] as Action;
            const r = step(s, this.entry.scenario, a);
            if (!r.ok) return false;
            recordTurnEnd(hashes, s, r.state, this.log.length + i);
            s = r.state;
          }
          if (JSON.stringify(hashes) !== JSON.stringify(e.turnHashes)) return false;
        }
        if (e.actions.length > 0)
          this.moves.push({ seq: e.seq, by: e.by, side: e.side, first: this.log.length, count: e.actions.length, turn: this.game.turn });
        this.log.push(...e.actions);
        this.turnHashes.push(...e.turnHashes);
        this.game = s;
        return true;
      }
      case 'news':
        this.news.push({ seq: e.seq, turn: this.game.turn, text: e.text });
        return true;
      case 'message':
        this.messages.push({ seq: e.seq, turn: this.game.turn, from: e.from, to: e.to, by: e.by, text: e.text });
        return true;
      case 'control':
        if (e.paused !== undefined) this.paused = e.paused;
        if (e.deadlineSeconds !== undefined) this.deadlineSeconds = e.deadlineSeconds;
        if (e.ended) this.ended = true;
        return true;
    }
  }

  /** The private messages a side may read: its own team's, or all once the game has ended. Null side: the teacher. */
  messagesFor(side: string | null): PrivateMessage[] {
    if (this.view().ended) return [...this.messages];
    return side === null ? [] : this.messages.filter((m) => m.from === side || m.to === side);
  }

  scores(): Record<string, number> {
    return Object.fromEntries(Object.entries(scoreAll(this.game, this.entry.scenario)).map(([a, card]) => [a, card.score]));
  }

  stateHash(): string {
    return hashValue(this.game);
  }
}

/**
 * Rebuilds a world from its stored log: each act entry replayed with `step` (never the AI) and its
 * turn hashes checked. The world, or the seq of the first entry that does not replay.
 */
export function rebuildWorld(
  entry: ScenarioEntry,
  c: ClassSetup,
  entries: readonly StoredEntry[],
): { ok: true; world: World } | { ok: false; seq: number } {
  const world = new World(entry, c);
  for (const e of entries) if (!world.commit(e)) return { ok: false, seq: e.seq };
  return { ok: true, world };
}
