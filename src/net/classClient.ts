import { Client, type Room } from 'colyseus.js';
import { type Action, type Refusal, type Said, said } from '../sim';
import type { ClassMember } from '../state/classroom';
import type { ClassWelcome, ClassWire, WireEvent } from '../state/remoteSession';
import {
  appliedSchema,
  type ClientMessages,
  type ClientMessageType,
  type JoinOptions,
  type Member,
  type NetRefusal,
  RECONNECT_SECONDS,
  type RoomControl,
  SERVER_REFUSALS,
  type ServerMessages,
  type ServerRefusal,
  type Welcome,
} from './protocol';
import { SEAT_KEY } from './seatKey';

/**
 * The browser's side of the class server's wire: Colyseus' client (colyseus.js, loaded only when
 * a class is joined or the console opens) and the protocol's messages translated into what the
 * remote session reads (src/state/remoteSession.ts). A dropped link is rejoined to the same seat
 * with Colyseus' reconnection token, else by code and name; the server then sends a fresh welcome.
 */

/** A server refusal as words: `classServer.refused.<key>`. */
export function serverSaid(r: ServerRefusal): Said {
  return said(`classServer.refused.${r.key}`, r.params);
}

/** A protocol refusal as the store's `Refusal`: the sim's own, or the server's with its message key (worded as such, present/words.ts). */
export function refusalOf(r: NetRefusal): Refusal {
  if (r.from === 'sim') return r.refusal;
  return { code: 'malformed', key: `classServer.refused.${r.refusal.key}` as Refusal['key'], params: r.refusal.params ?? {} };
}

/** Why a join failed: the server's refusal when it gave one (its ServerError's message is the key), else that the server could not be reached. */
export function joinFailure(e: unknown): Said {
  const msg = e instanceof Error ? e.message : typeof e === 'string' ? e : '';
  return (SERVER_REFUSALS as readonly string[]).includes(msg) ? said(`classServer.refused.${msg}`) : said('classroom.join.unreachable');
}

/** The server's `ws(s)://` endpoint for an `http(s)://` address (the class server serves the game, the API and the WebSocket on one port). */
export function endpointOf(base: string): string {
  const u = new URL(base);
  return `${u.protocol === 'https:' ? 'wss' : 'ws'}://${u.host}`;
}

/** An applied message without the optional echo the strict schema does not know. */
function strip(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || !('clientSeq' in body)) return body;
  const { clientSeq: _echo, ...rest } = body as Record<string, unknown>;
  return rest;
}

const members = (ms: readonly Member[]): ClassMember[] => ms.map((m) => ({ name: m.name, side: m.side, online: m.connected }));

/** A deadline on this device's clock: the server's instant moved by the skew between the two clocks when the control was sent. */
function localDeadline(c: RoomControl, now: number): number | null {
  return c.deadlineAt === null ? null : c.deadlineAt - c.serverNow + now;
}

/** The protocol's welcome as the remote session takes it. */
export function classWelcome(w: Welcome, now: number): ClassWelcome {
  return {
    setup: w.setup,
    teams: w.teams,
    log: w.log,
    turnHashes: w.turnHashes,
    seat: {
      code: w.code,
      room: w.room,
      side: w.seat.role === 'student' ? w.seat.side : null,
      name: w.seat.role === 'student' ? w.seat.name : '',
    },
    members: members(w.members),
    paused: w.control.paused,
    deadline: localDeadline(w.control, now),
    ended: w.control.ended,
    moves: w.moves,
    messages: w.messages,
    news: w.news,
  };
}

/** One open room: its wire for a session, the first welcome, and the teacher's controls. */
export type RoomLink = {
  readonly welcome: Welcome;
  readonly wire: ClassWire;
  /** Sends a message of the protocol (the teacher's controls). */
  send<K extends ClientMessageType>(type: K, payload: ClientMessages[K]): void;
  /** The latest protocol messages of the room, for a view of it that is not a session (the console's summary). */
  onRaw(listener: (type: keyof ServerMessages, body: unknown) => void): () => void;
  readonly reconnectionToken: () => string;
};

/** A seat remembered for a rejoin after a reload. */
export type RememberedSeat = { base: string; roomId: string; options: JoinOptions; token: string };

function tabStorage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

export function rememberSeat(seat: RememberedSeat | null): void {
  try {
    if (seat) tabStorage()?.setItem(SEAT_KEY, JSON.stringify(seat));
    else tabStorage()?.removeItem(SEAT_KEY);
  } catch {
    // storage disabled or full: a reload asks for the code and name again
  }
}

export function rememberedSeat(): RememberedSeat | null {
  try {
    const raw = tabStorage()?.getItem(SEAT_KEY);
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<RememberedSeat>;
    return typeof v.base === 'string' &&
      typeof v.roomId === 'string' &&
      typeof v.token === 'string' &&
      typeof v.options === 'object' &&
      v.options
      ? (v as RememberedSeat)
      : null;
  } catch {
    return null;
  }
}

const SERVER_TYPES: readonly (keyof ServerMessages)[] = [
  'welcome',
  'applied',
  'refused',
  'members',
  'control',
  'news',
  'message',
  'opened',
];

/** Waits for a room's first welcome (the server sends it at once on joining). */
function firstWelcome(room: Room): Promise<Welcome> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no welcome')), 15_000);
    room.onMessage('welcome', (w: Welcome) => {
      clearTimeout(timer);
      resolve(w);
    });
  });
}

/**
 * Joins room `roomId` (a student with `{ code, name }`, the teacher with `{ code, teacherKey }`),
 * or takes the seat back with a reconnection token, and resolves once its welcome has arrived.
 * Rejects with the reason as a `Said`.
 */
export async function openRoom(
  base: string,
  roomId: string,
  options: JoinOptions,
  opts: { token?: string; remember?: boolean } = {},
): Promise<RoomLink> {
  const client = new Client(endpointOf(base));
  let receive: ((e: WireEvent) => void) | null = null;
  const early: WireEvent[] = [];
  const emit = (e: WireEvent): void => {
    if (receive) receive(e);
    else early.push(e);
  };
  const raws = new Set<(type: keyof ServerMessages, body: unknown) => void>();
  let room: Room;
  let leaving = false;
  let welcomed: Welcome;

  const remember = (): void => {
    if (opts.remember) rememberSeat({ base, roomId, options, token: room.reconnectionToken });
  };

  /** Translates the room's messages; the first welcome is the caller's, every later one the session's. */
  const bind = (r: Room, first: boolean): void => {
    room = r;
    for (const type of SERVER_TYPES) {
      if (type === 'welcome' && first) continue;
      r.onMessage(type, (body: unknown) => {
        for (const l of raws) l(type, body);
        if (type === 'welcome') remember();
        const e = translate(type, body, Date.now());
        if (e) emit(e);
      });
    }
    r.onLeave((code: number) => {
      if (leaving || room !== r) return;
      // 4000: the server closed the seat on purpose (the class ended, the student was removed).
      if (code === 4000) emit({ kind: 'connection', state: 'lost' });
      else void rejoin();
    });
  };
  const translate = (type: keyof ServerMessages, body: unknown, now: number): WireEvent | null => {
    switch (type) {
      case 'welcome':
        return { kind: 'welcome', welcome: classWelcome(body as Welcome, now) };
      case 'applied': {
        // Moves are what a client trusts least: checked in full, a malformed one is dropped (the next move's `first` then asks for a rejoin).
        const parsed = appliedSchema.safeParse(strip(body));
        if (!parsed.success) return null;
        const a: ServerMessages['applied'] & { clientSeq?: number } = {
          ...parsed.data,
          clientSeq: (body as { clientSeq?: number }).clientSeq,
        };
        return {
          kind: 'applied',
          applied: {
            seq: a.seq,
            first: a.first,
            by: a.by,
            side: a.side,
            actions: a.actions,
            turnHashes: a.turnHashes,
            ...(typeof a.clientSeq === 'number' ? { clientSeq: a.clientSeq } : {}),
          },
        };
      }
      case 'refused': {
        const r = body as ServerMessages['refused'];
        return { kind: 'refused', clientSeq: r.clientSeq, reason: refusalOf(r.reason) };
      }
      case 'members':
        return { kind: 'class', patch: { members: members((body as ServerMessages['members']).members) } };
      case 'control': {
        const c = body as RoomControl;
        return { kind: 'class', patch: { paused: c.paused, deadline: localDeadline(c, now), ended: c.ended } };
      }
      case 'news':
        return { kind: 'news', news: body as ServerMessages['news'] };
      case 'message':
        return { kind: 'message', message: body as ServerMessages['message'] };
      case 'opened':
        return { kind: 'opened', messages: (body as ServerMessages['opened']).messages };
    }
  };

  /** The same seat again: the reconnection token while the server holds it, then by code and name; the welcome that follows resyncs. */
  const rejoin = async (): Promise<void> => {
    emit({ kind: 'connection', state: 'reconnecting' });
    const token = room.reconnectionToken;
    const until = Date.now() + RECONNECT_SECONDS * 1000;
    for (let wait = 500; Date.now() < until; wait = Math.min(wait * 2, 8000)) {
      try {
        const r = await client.reconnect(token);
        bind(r, false);
        return;
      } catch {
        try {
          const r = await client.joinById(roomId, options);
          bind(r, false);
          return;
        } catch (e) {
          // A refusal (the class ended, the key changed) will not mend by waiting.
          if (joinFailure(e).key !== 'classroom.join.unreachable') break;
        }
      }
      await new Promise((r) => setTimeout(r, wait));
    }
    emit({ kind: 'connection', state: 'lost' });
  };

  try {
    const r = opts.token ? await client.reconnect(opts.token) : await client.joinById(roomId, options);
    const w = firstWelcome(r);
    bind(r, true);
    welcomed = await w;
  } catch (e) {
    throw joinFailure(e);
  }
  remember();

  const wire: ClassWire = {
    act: (clientSeq: number, action: Action) => room.send('act', { clientSeq, action }),
    message: (to, text) => room.send('message', { to, text }),
    resync: () => {
      // A rejoin brings a fresh welcome: the server's game as it stands.
      leaving = true;
      void room
        .leave(true)
        .catch(() => 0)
        .then(() => client.joinById(roomId, options))
        .then(
          (r) => {
            leaving = false;
            bind(r, false);
          },
          () => {
            leaving = false;
            emit({ kind: 'connection', state: 'lost' });
          },
        );
    },
    leave: () => {
      leaving = true;
      if (opts.remember) rememberSeat(null);
      void room.leave(true).catch(() => 0);
    },
    listen: (l) => {
      receive = l;
      for (const e of early.splice(0)) l(e);
    },
  };
  return {
    welcome: welcomed,
    wire,
    send: (type, payload) => room.send(type, payload),
    onRaw: (l) => {
      raws.add(l);
      return () => raws.delete(l);
    },
    reconnectionToken: () => room.reconnectionToken,
  };
}

/** A JSON request to the class server's API: the reply's body, or the reason as a `Said`. */
export async function api<T>(
  base: string,
  path: string,
  init: { body?: unknown; key?: string } = {},
): Promise<{ ok: true; value: T } | { ok: false; said: Said }> {
  let res: Response;
  try {
    res = await fetch(new URL(path, base), {
      method: init.body === undefined ? 'GET' : 'POST',
      headers: {
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(init.key ? { 'x-teacher-key': init.key } : {}),
      },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  } catch {
    return { ok: false, said: said('classroom.join.unreachable') };
  }
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    body = null;
  }
  const refusal = (body as { refusal?: ServerRefusal } | null)?.refusal;
  if (!res.ok || (body as { ok?: boolean } | null)?.ok === false) {
    return {
      ok: false,
      said:
        refusal && (SERVER_REFUSALS as readonly string[]).includes(refusal.key) ? serverSaid(refusal) : said('classroom.join.unreachable'),
    };
  }
  return { ok: true, value: body as T };
}
