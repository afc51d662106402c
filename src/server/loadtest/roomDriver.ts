/**
 * The simulated students of one room. Each is a real colyseus.js client with its own WebSocket;
 * the game they see is kept once per room here (a shadow, stepped with the same sim from the
 * server's `applied` messages and checked against its turn hashes), and a team's next move is
 * chosen from it by the AI (`aiMove`: only legal moves, offers and counter-offers included) after
 * a think time, by one member at a time in turn, as a team at one screen would.
 */
import type { Client, Room } from 'colyseus.js';
import type { Applied, Welcome } from '../../net/protocol';
import { type Action, type AiLevel, aiMove, canonicalJson, currentActor } from '../../sim';
import type { ScenarioEntry } from '../../state/gameChoice';
import { type ReplayCursor, replayActions, startOfReplay } from '../../state/saveFile';
import { countError, type LoadStats } from './stats';

export type Bot = {
  name: string;
  side: string;
  room: Room | null;
  clientSeq: number;
  pending: { seq: number; sentAt: number; kind: string } | null;
};

export type DriverOptions = {
  entry: ScenarioEntry;
  stats: LoadStats;
  /** Mean think time between a team's moves, ms; each wait is drawn from 0.5×..1.5× of it. */
  paceMs: number;
  botLevel: AiLevel;
  rng: () => number;
  /** Whether another action may be sent (the run's count and time bounds). */
  mayAct: () => boolean;
  /** An action unanswered this long is an error (timeout) and the team moves on. */
  answerTimeoutMs: number;
  now: () => number;
};

type Team = { side: string; bots: Bot[]; next: number; timer: ReturnType<typeof setTimeout> | null; waiting: Bot | null };

export class RoomDriver {
  private cursor: ReplayCursor | null = null;
  private log: Action[] = [];
  private readonly teams = new Map<string, Team>();
  private stopped = false;
  private started = false;
  private readonly choices = new Map<string, Action | null>();
  private choicesOf: unknown = null;
  over = false;

  constructor(
    readonly roomId: string,
    private readonly o: DriverOptions,
  ) {}

  /** Connects a student (its seat already given by POST /api/join) and listens to its room. */
  async join(client: Client, code: string, bot: Bot): Promise<void> {
    const room = await client.joinById(this.roomId, { code, name: bot.name });
    bot.room = room;
    room.onMessage('welcome', (w: Welcome) => this.onWelcome(w));
    room.onMessage('applied', (a: Applied) => this.onApplied(bot, a));
    room.onMessage('refused', (r: { clientSeq: number | null; reason: { from: string; refusal: { key: string } } }) =>
      this.onRefused(bot, r),
    );
    for (const t of ['members', 'control', 'news', 'message', 'opened']) room.onMessage(t, () => {});
    room.onLeave((code) => {
      bot.room = null;
      if (!this.stopped && code !== 1000) countError(this.o.stats, `disconnected ${code}`);
    });
    let team = this.teams.get(bot.side);
    if (!team) {
      team = { side: bot.side, bots: [], next: 0, timer: null, waiting: null };
      this.teams.set(bot.side, team);
    }
    if (!team.bots.includes(bot)) team.bots.push(bot); // a rejoining student keeps its place
    this.schedule(team);
  }

  private onWelcome(w: Welcome): void {
    if (this.cursor) {
      // The room's game is already shadowed: a later member's welcome (or a rejoin's, after the room
      // moved to another process) must hold the same log, perhaps with moves made meanwhile.
      const same = w.log.length >= this.log.length && canonicalJson(w.log.slice(0, this.log.length)) === canonicalJson(this.log);
      if (!same) {
        countError(this.o.stats, 'welcome log differs');
        return;
      }
      if (w.log.length > this.log.length) this.advance(w.log.slice(this.log.length), null);
      return;
    }
    let cursor = startOfReplay(this.o.entry, w.setup);
    const r = replayActions(this.o.entry, cursor, w.log);
    if (!r.ok) {
      countError(this.o.stats, 'welcome log does not replay');
      return;
    }
    cursor = r.cursor;
    if (JSON.stringify(cursor.turnHashes) !== JSON.stringify(w.turnHashes)) countError(this.o.stats, 'hash mismatch');
    this.cursor = cursor;
    this.log = [...w.log];
    this.over = !!cursor.state.over;
    for (const t of this.teams.values()) this.schedule(t);
  }

  private onApplied(bot: Bot, a: Applied): void {
    const now = this.o.now();
    if (bot.pending && a.by === bot.name && a.side === bot.side) {
      this.took(bot.pending, now);
      this.o.stats.applied++;
      const kind = a.actions[0]?.type;
      if (kind === 'proposeDeal') this.o.stats.offers++;
      if (kind === 'counterDeal') this.o.stats.counters++;
      this.answered(bot);
    }
    if (!this.cursor) return;
    if (a.first < this.cursor.applied) return; // another member's copy of a move already applied
    if (a.first > this.cursor.applied) {
      countError(this.o.stats, 'missed a move');
      return;
    }
    this.advance(
      a.actions,
      a.turnHashes.map((h) => h.hash),
    );
  }

  /** Steps the shadow game by the server's actions and, when given, checks the turn hashes they crossed. */
  private advance(actions: readonly Action[], hashes: string[] | null): void {
    if (!this.cursor) return;
    const known = this.cursor.turnHashes.length;
    const r = replayActions(this.o.entry, this.cursor, [...this.log, ...actions]);
    if (!r.ok) {
      countError(this.o.stats, 'applied move does not step');
      return;
    }
    this.cursor = r.cursor;
    this.log.push(...actions);
    const mine = r.cursor.turnHashes.slice(known).map((h) => h.hash);
    if (hashes && JSON.stringify(mine) !== JSON.stringify(hashes)) countError(this.o.stats, 'hash mismatch');
    this.over = !!r.cursor.state.over;
    for (const t of this.teams.values()) this.schedule(t);
  }

  /** Whether a welcome has arrived and the room's game is shadowed. */
  ready(): boolean {
    return this.cursor !== null;
  }

  /** The shadow game's log and turn hashes (what the students were shown), for tests. */
  shadow(): { log: readonly Action[]; turnHashes: readonly { turn: number; actions: number; hash: string }[] } {
    return { log: this.log, turnHashes: this.cursor?.turnHashes ?? [] };
  }

  private onRefused(bot: Bot, r: { clientSeq: number | null; reason: { from: string; refusal: { key: string } } }): void {
    if (!bot.pending || r.clientSeq !== bot.pending.seq) {
      countError(this.o.stats, `refused ${r.reason?.refusal?.key ?? '?'}`);
      return;
    }
    this.took(bot.pending, this.o.now());
    this.o.stats.refused++;
    // The sim refusing a move chosen on a state another move just overtook is play, not failure; anything the server refuses is.
    if (r.reason.from !== 'sim') countError(this.o.stats, `refused ${r.reason.refusal.key}`);
    this.answered(bot);
  }

  private took(p: { sentAt: number; kind: string }, now: number): void {
    this.o.stats.roundTrips.push(now - p.sentAt);
    const list = this.o.stats.byKind[p.kind] ?? [];
    list.push(now - p.sentAt);
    this.o.stats.byKind[p.kind] = list;
  }

  private answered(bot: Bot): void {
    bot.pending = null;
    const team = this.teams.get(bot.side);
    if (team?.waiting === bot) team.waiting = null;
    if (team) this.schedule(team);
  }

  /**
   * The move this side would make now, or null when it has nothing to do. Kept until the game
   * moves on: the AI's choice costs milliseconds, and on a shared machine the tester must not
   * starve for CPU (its answers to the server's pings would be late and its sockets dropped).
   */
  private moveFor(side: string): Action | null {
    if (!this.cursor || this.over) return null;
    const s = this.cursor.state;
    if (this.choicesOf !== s) {
      this.choices.clear();
      this.choicesOf = s;
    }
    const known = this.choices.get(side);
    if (known !== undefined) return known;
    const sc = this.o.entry.scenario;
    const a = aiMove(this.o.botLevel, s, sc, side) ?? (currentActor(s, sc) === side ? { type: 'endPhase', actor: side } : null);
    this.choices.set(side, a);
    return a;
  }

  private schedule(team: Team): void {
    if (!this.started || this.stopped || team.timer || team.waiting || !this.moveFor(team.side)) return;
    const wait = this.o.paceMs * (0.5 + this.o.rng());
    team.timer = setTimeout(() => {
      team.timer = null;
      this.act(team);
    }, wait);
  }

  private act(team: Team): void {
    if (this.stopped) return;
    const action = this.moveFor(team.side);
    if (!action) return;
    const ready = team.bots.filter((b) => b.room);
    // Asked last: the run's bound counts only moves really sent.
    if (ready.length === 0 || !this.o.mayAct()) return;
    const bot = ready[team.next++ % ready.length] as Bot;
    const seq = ++bot.clientSeq;
    bot.pending = { seq, sentAt: this.o.now(), kind: action.type };
    team.waiting = bot;
    bot.room?.send('act', { clientSeq: seq, action });
    const pending = bot.pending;
    setTimeout(() => {
      if (bot.pending === pending && !this.stopped) {
        countError(this.o.stats, 'timeout');
        this.answered(bot);
      }
    }, this.o.answerTimeoutMs);
  }

  /** Lets the teams move (after every student of the run has joined, so joining is not timed as play); again, wakes a team the run's bound stopped. */
  start(): void {
    this.started = true;
    for (const t of this.teams.values()) this.schedule(t);
  }

  /** Whether some team here still has a move it is waiting to make or to hear about. */
  busy(): boolean {
    for (const t of this.teams.values()) if (t.timer || t.waiting) return true;
    return false;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const leaving: Promise<unknown>[] = [];
    for (const t of this.teams.values()) {
      if (t.timer) clearTimeout(t.timer);
      t.timer = null;
      for (const b of t.bots) if (b.room) leaving.push(b.room.leave(true).catch(() => {}));
    }
    await Promise.all(leaving);
  }
}
