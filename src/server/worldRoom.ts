import { type Client, type Delayed, Room, ServerError } from '@colyseus/core';
import {
  type Applied,
  type ClientMessage,
  cleanName,
  joinOptionsSchema,
  type Member,
  type NetRefusal,
  nameKey,
  RATE_BURST,
  RATE_PER_SECOND,
  RECONNECT_SECONDS,
  type RoomControl,
  type ServerMessages,
  type ServerRefusalKey,
  TEACHER_MESSAGES,
  type Welcome,
} from '../net/protocol';
import type { StoredEntry } from '../net/store';
import type { Action } from '../sim';
import { keyMatches, normalCode } from './codes';
import { serverContext } from './context';
import { guardMessage } from './guard';
import { type Bucket, tokenBucket } from './rateLimit';
import { controlOf, type Seat, welcomeOf } from './roomMessages';
import { roomIdOf } from './rooms';
import { type Plan, rebuildWorld, World } from './world';

export type { Seat } from './roomMessages';

/** The `clientSeq` of an act payload, if it has a usable one (whatever else is wrong with it). */
function clientSeqOf(payload: unknown): number | undefined {
  if (typeof payload !== 'object' || payload === null) return undefined;
  const n = (payload as { clientSeq?: unknown }).clientSeq;
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

/** Join-time refusals reach the client as a Colyseus error whose message is the refusal key (code 4215, auth failed). */
const refuseJoin = (key: ServerRefusalKey): ServerError => new ServerError(4215, key);

/**
 * A class's world as a Colyseus room. The sim in `World` is the authority; this class is the
 * network around it: who may join, what each message may do, and the order of every change:
 * plan (pure), append to the store, commit, then broadcast. Changes run one at a time.
 */
export class WorldRoom extends Room {
  private code = '';
  private index = 0;
  private world!: World;
  private broken = false;
  private queue: Promise<void> = Promise.resolve();
  /** Every seat of this room (from the store), and the sessions connected to each, by name key. */
  private roster = new Map<string, { name: string; side: string; sessions: Set<string> }>();
  private buckets = new Map<string, Bucket>();
  /** Clients now over their rate limit (logged once until a message of theirs is admitted again). */
  private flooding = new Set<string>();
  private deadline: { phase: string; at: number; timer: Delayed } | null = null;
  private openedSent = false;

  override async onCreate(options: { code: string; room: number }): Promise<void> {
    const ctx = serverContext();
    this.code = String(options.code);
    this.index = Number(options.room);
    this.roomId = roomIdOf(this.code, this.index);
    this.autoDispose = false;
    this.maxClients = 500;
    const record = await ctx.store.getClass(this.code);
    if (!record || this.index < 0 || this.index >= record.setup.rooms) throw new Error(`no class ${this.code} room ${this.index}`);
    const entry = ctx.scenarios.get(record.setup.scenarioId);
    if (!entry) throw new Error(`class ${this.code}: scenario ${record.setup.scenarioId} is not on this server`);
    for (const s of await ctx.store.seats(this.code))
      if (s.room === this.index) this.roster.set(nameKey(s.name), { name: s.name, side: s.side, sessions: new Set() });

    const entries = await ctx.store.readLog(this.roomId);
    if (entry.hash !== record.scenarioHash) {
      this.markBroken(`the scenario ${entry.id} has changed since the class was made`);
      this.world = new World(entry, record.setup);
    } else if (entries.length > 0) {
      const r = rebuildWorld(entry, record.setup, entries);
      if (r.ok) {
        this.world = r.world;
        ctx.log(`room ${this.roomId}: resumed from ${entries.length} log entries, turn ${r.world.view().game.turn}, hashes verified`);
      } else {
        // Keep what replayed, for the teacher to see; refuse every change.
        const upTo = entries.filter((e) => e.seq < r.seq);
        const partial = rebuildWorld(entry, record.setup, upTo);
        this.world = partial.ok ? partial.world : new World(entry, record.setup);
        this.markBroken(`log entry ${r.seq} does not replay to its recorded turn hashes`);
      }
    } else {
      this.world = new World(entry, record.setup);
      const opening = this.world.planOpening();
      if (opening) await this.store(opening);
      ctx.log(`room ${this.roomId}: new game of ${entry.id}, seed ${record.setup.seed}`);
    }
    this.onMessage('*', (client, type, payload) => this.received(client, type, payload));
    this.armDeadline();
  }

  private markBroken(why: string): void {
    this.broken = true;
    serverContext().log(`room ${this.roomId}: BROKEN, ${why}; the room refuses every change`);
  }

  override async onAuth(_client: Client, options: unknown): Promise<Seat> {
    const ctx = serverContext();
    const o = joinOptionsSchema.safeParse(options);
    if (!o.success) throw refuseJoin('badMessage');
    const record = await ctx.store.getClass(normalCode(o.data.code));
    if (!record || record.code !== this.code) throw refuseJoin('unknownClass');
    if ('teacherKey' in o.data) {
      if (!keyMatches(o.data.teacherKey, record.teacherKeyHash)) {
        ctx.log(`room ${this.roomId}: refused a join with a wrong teacher key`);
        throw refuseJoin('wrongKey');
      }
      return { role: 'teacher' };
    }
    const name = cleanName(o.data.name);
    if (name === null) throw refuseJoin('badName');
    const seat = await ctx.store.seatOf(this.code, name);
    if (!seat || seat.room !== this.index) throw refuseJoin('unknownRoom');
    return { role: 'student', name: seat.name, side: seat.side };
  }

  override onJoin(client: Client, _options: unknown, seat: Seat): void {
    client.userData = seat;
    this.buckets.set(client.sessionId, tokenBucket(RATE_BURST, RATE_PER_SECOND, serverContext().now()));
    this.connect(client, seat);
  }

  private connect(client: Client, seat: Seat): void {
    if (seat.role === 'student') {
      const key = nameKey(seat.name);
      const m = this.roster.get(key) ?? { name: seat.name, side: seat.side, sessions: new Set<string>() };
      m.sessions.add(client.sessionId);
      this.roster.set(key, m);
    }
    this.tell(client, 'welcome', this.welcome(seat));
    this.broadcast('members', { members: this.members() });
  }

  override async onLeave(client: Client, consented: boolean): Promise<void> {
    const seat = client.userData as Seat | undefined;
    if (seat?.role === 'student') this.roster.get(nameKey(seat.name))?.sessions.delete(client.sessionId);
    this.broadcast('members', { members: this.members() });
    if (consented || !seat) {
      this.buckets.delete(client.sessionId);
      this.flooding.delete(client.sessionId);
      return;
    }
    try {
      // The same seat, and the same game, for a student back within RECONNECT_SECONDS.
      const back = await this.allowReconnection(client, RECONNECT_SECONDS);
      this.connect(back, seat);
    } catch {
      this.buckets.delete(client.sessionId);
    }
  }

  private members(): Member[] {
    return [...this.roster.values()].map((m) => ({ name: m.name, side: m.side, connected: m.sessions.size > 0 }));
  }

  private control(): RoomControl {
    return controlOf(this.world, this.deadline?.at ?? null, this.broken);
  }

  private welcome(seat: Seat): Welcome {
    return welcomeOf(this.world, seat, { code: this.code, room: this.index, roomId: this.roomId }, this.members(), this.control());
  }

  private tell<K extends keyof ServerMessages>(client: Client, type: K, payload: ServerMessages[K]): void {
    client.send(type, payload);
  }

  private refuse(client: Client, type: string, reason: NetRefusal, clientSeq: number | null = null): void {
    const seat = client.userData as Seat | undefined;
    const who = seat?.role === 'student' ? `${seat.name} (${seat.side})` : (seat?.role ?? client.sessionId);
    // A flood is logged once when it starts, not once a message.
    const flooding = reason.from === 'server' && reason.refusal.key === 'rateLimited';
    if (!flooding || !this.flooding.has(client.sessionId))
      serverContext().log(
        `room ${this.roomId}: refused ${type} from ${who}: ${reason.from === 'sim' ? `sim ${reason.refusal.code}` : reason.refusal.key}`,
      );
    if (flooding) this.flooding.add(client.sessionId);
    this.tell(client, 'refused', { clientSeq, type, reason });
  }

  /** Every message from a client lands here first. Nothing a client sends can throw past this. */
  private received(client: Client, type: unknown, payload: unknown): void {
    const label = typeof type === 'string' ? type.slice(0, 40) : String(typeof type);
    try {
      const r = this.admit(client, type, payload);
      if ('reason' in r) this.refuse(client, r.type ?? label, r.reason, r.clientSeq ?? null);
      else this.enqueue(() => this.handle(client, r.seat, r.message));
    } catch (e) {
      serverContext().log(`room ${this.roomId}: error on a ${label} message: ${(e as Error).stack ?? e}`);
      this.tell(client, 'refused', { clientSeq: null, type: label, reason: { from: 'server', refusal: { key: 'serverError' } } });
    }
  }

  /** The checks before a message may change anything: rate, shape and size, the room, the sender's role. */
  private admit(
    client: Client,
    type: unknown,
    payload: unknown,
  ): { seat: Seat; message: ClientMessage } | { reason: NetRefusal; type?: string; clientSeq?: number } {
    const server = (key: ServerRefusalKey, params?: Record<string, string | number>): NetRefusal => ({
      from: 'server',
      refusal: params ? { key, params } : { key },
    });
    // A refused `act` names its clientSeq whenever one can be read, so the sender's move never waits forever.
    const echo = type === 'act' ? clientSeqOf(payload) : undefined;
    const early = echo !== undefined ? { type: 'act', clientSeq: echo } : {};
    const bucket = this.buckets.get(client.sessionId);
    if (bucket && !bucket.take(serverContext().now())) return { reason: server('rateLimited'), ...early };
    this.flooding.delete(client.sessionId);
    const g = guardMessage(type, payload);
    if (!g.ok) return { reason: { from: 'server', refusal: g.refusal }, ...early };
    const seat = client.userData as Seat;
    const m = g.message;
    const at = { type: m.type, ...(m.type === 'act' ? { clientSeq: m.payload.clientSeq } : {}) };
    if (this.broken) return { reason: server('roomBroken'), ...at };
    if (TEACHER_MESSAGES.includes(m.type) && seat.role !== 'teacher') return { reason: server('notTeacher'), ...at };
    if ((m.type === 'act' || m.type === 'message') && seat.role !== 'student') return { reason: server('observer'), ...at };
    return { seat, message: m };
  }

  /** Runs changes one at a time, in arrival order; a failing one is logged and the next still runs. */
  private enqueue(job: () => Promise<void>): void {
    this.queue = this.queue.then(job).catch((e: unknown) => serverContext().log(`room ${this.roomId}: ${(e as Error).stack ?? e}`));
  }

  /** Waits for every change queued so far (tests, shutdown). */
  settled(): Promise<void> {
    return this.queue;
  }

  private async handle(client: Client, seat: Seat, m: ClientMessage): Promise<void> {
    const refusal = (key: ServerRefusalKey, clientSeq: number | null = null): void =>
      this.refuse(client, m.type, { from: 'server', refusal: { key } }, clientSeq);
    const v = this.world.view();
    switch (m.type) {
      case 'act': {
        if (seat.role !== 'student') return;
        const plan = this.world.planMove(m.payload.action as Action, seat.side, seat.name);
        if ('from' in plan) return this.refuse(client, 'act', plan, m.payload.clientSeq);
        if (!(await this.store({ ...plan, reply: { session: client.sessionId, clientSeq: m.payload.clientSeq } })))
          return refusal('serverError', m.payload.clientSeq);
        return;
      }
      case 'message': {
        if (seat.role !== 'student') return;
        if (v.ended) return refusal('gameOver');
        const plan = this.world.planMessage(seat.side, m.payload.to, seat.name, m.payload.text);
        if ('from' in plan) return this.refuse(client, 'message', plan);
        if (!(await this.store(plan))) refusal('serverError');
        return;
      }
      case 'pause':
      case 'resume': {
        const paused = m.type === 'pause';
        if (v.paused === paused) return this.tell(client, 'control', this.control());
        if (!(await this.store(this.world.planControl({ paused })))) refusal('serverError');
        return;
      }
      case 'deadline':
        if (!(await this.store(this.world.planControl({ deadlineSeconds: m.payload.seconds })))) refusal('serverError');
        return;
      case 'injectEvent': {
        if (!this.world.entry.scenario.events?.some((e) => e.id === m.payload.eventId))
          return this.refuse(client, m.type, { from: 'server', refusal: { key: 'unknownEvent', params: { id: m.payload.eventId } } });
        const plan = this.world.planReferee([{ type: 'fireEvent', event: m.payload.eventId }]);
        if ('from' in plan) return this.refuse(client, m.type, plan);
        if (!(await this.store(plan))) refusal('serverError');
        return;
      }
      case 'news':
        if (!(await this.store(this.world.planNews(m.payload.text)))) refusal('serverError');
        return;
      case 'end': {
        if (!v.game.over) {
          const plan = this.world.planReferee([{ type: 'endGame' }]);
          if ('from' in plan) return this.refuse(client, m.type, plan);
          if (!(await this.store(plan))) return refusal('serverError');
        }
        if (!this.world.endedByTeacher) await this.store(this.world.planControl({ ended: true }));
        return;
      }
    }
  }

  /**
   * Appends a plan's entry to the store, then commits and broadcasts it. False (nothing changed,
   * nothing sent) when the store failed.
   */
  private async store(plan: Plan): Promise<boolean> {
    const ctx = serverContext();
    const at = ctx.now();
    let seq: number;
    try {
      seq = await ctx.store.append(this.roomId, plan.entry, at);
    } catch (e) {
      ctx.log(`room ${this.roomId}: the store refused an append: ${(e as Error).message}`);
      return false;
    }
    const stored = { ...plan.entry, seq, at } as StoredEntry;
    this.world.commit(stored, plan);
    this.announce(stored, plan.reply);
    return true;
  }

  /** Tells the clients what a committed entry changed: to everyone, or (a private message) to the two teams. */
  private announce(e: StoredEntry, reply?: Applied['reply']): void {
    const v = this.world.view();
    switch (e.kind) {
      case 'act': {
        if (e.actions.length === 0) break;
        const move = v.moves.at(-1);
        const applied: Applied = {
          seq: e.seq,
          by: e.by,
          side: e.side,
          first: move?.first ?? 0,
          actions: e.actions,
          turnHashes: e.turnHashes,
          ...(reply ? { reply } : {}),
        };
        this.broadcast('applied', applied);
        this.armDeadline();
        break;
      }
      case 'news': {
        const item = v.news.at(-1);
        if (item) this.broadcast('news', item);
        break;
      }
      case 'message': {
        const item = v.messages.at(-1);
        if (!item) break;
        for (const c of this.clients) {
          const s = c.userData as Seat | undefined;
          if (v.ended || (s?.role === 'student' && (s.side === item.from || s.side === item.to))) this.tell(c, 'message', item);
        }
        break;
      }
      case 'control':
        this.armDeadline();
        this.broadcast('control', this.control());
        break;
    }
    if (this.world.view().ended && !this.openedSent) {
      this.openedSent = true;
      this.broadcast('opened', { messages: this.world.messagesFor(null) });
      if (e.kind !== 'control') this.broadcast('control', this.control());
    }
  }

  /**
   * The per-turn deadline: it runs while a team's phase is on, the room is not paused and the game
   * not over; a new phase starts it afresh. When it passes the referee ends that phase.
   */
  private armDeadline(): void {
    const v = this.world.view();
    const phase = this.world.humanPhase();
    const key = phase === null ? null : `${v.game.turn}:${v.game.phase}`;
    const wanted = v.deadlineSeconds !== null && !v.paused && !v.ended && !this.broken && key !== null;
    if (this.deadline && (!wanted || this.deadline.phase !== key)) {
      this.deadline.timer.clear();
      this.deadline = null;
    }
    if (!wanted || this.deadline || key === null || v.deadlineSeconds === null) return;
    const seconds = v.deadlineSeconds;
    const timer = this.clock.setTimeout(() => {
      this.enqueue(async () => {
        if (this.deadline?.phase !== key) return;
        this.deadline = null;
        const plan = this.world.planReferee(this.world.deadlineActions());
        if ('from' in plan) {
          serverContext().log(`room ${this.roomId}: the deadline could not end the phase: ${plan.refusal.key}`);
          return;
        }
        serverContext().log(`room ${this.roomId}: the deadline passed, the referee ends ${phase}'s phase`);
        await this.store(plan);
      });
    }, seconds * 1000);
    this.deadline = { phase: key, at: serverContext().now() + seconds * 1000, timer };
    // A new deadline is news to every client (the countdown).
    this.broadcast('control', this.control());
  }

  /** For the console's status: the world and whether it is broken. */
  worldView(): { world: World; broken: boolean; members: Member[]; deadlineAt: number | null } {
    return { world: this.world, broken: this.broken, members: this.members(), deadlineAt: this.deadline?.at ?? null };
  }
}
