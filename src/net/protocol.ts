// zod/mini, as the sim's action schema: the browser's remote session imports this file too.
import * as z from 'zod/mini';
import { type Action, type AiLevel, actionSchema, type Refusal } from '../sim';
import type { SaveSetup } from '../state/saveFile';
import type { TurnHash } from '../state/session';

/**
 * The class server's protocol, version 1: what a browser and the server say to each other.
 * Shared by the server (src/server) and the browser's remote session, so both sides check the
 * same shapes. Every message from a client is untrusted: the server parses it with these schemas
 * (after a size and depth guard) and refuses anything else with a message key.
 *
 * The game is synchronised by actions, not by state: the sim is deterministic, so a client given
 * the setup and the log rebuilds the very game the server holds (as a save loads), then steps each
 * accepted move the server broadcasts and checks its state hash against the server's at every
 * turn's end. See PROTOCOL.md beside this file for the flow and the change notes.
 */

export const PROTOCOL_VERSION = 1;
/** The Colyseus room name of a class's world. */
export const WORLD_ROOM = 'world';

// ── Limits (the server enforces them; a client may use them to stop a user early) ──
/** A message from a client, as JSON, is refused above this size (the transport itself drops frames over MAX_FRAME_BYTES). */
export const MAX_MESSAGE_BYTES = 16_000;
/** WebSocket frames larger than this are dropped by the transport (the connection closes). */
export const MAX_FRAME_BYTES = 64_000;
/** HTTP request bodies above this size are refused. */
export const MAX_BODY_BYTES = 16_000;
/** Nesting depth of any client message. */
export const MAX_MESSAGE_DEPTH = 24;
/** A display name: trimmed, 1 to 30 characters. */
export const MAX_NAME = 30;
/** A private team-to-team message or a news line. */
export const MAX_TEXT = 500;
/** Per-client token bucket: BURST messages at once, then RATE per second. */
export const RATE_BURST = 20;
export const RATE_PER_SECOND = 5;
/** A class: at most this many rooms, and members per team in a room. */
export const MAX_ROOMS = 20;
export const MAX_PER_TEAM = 15;
/** A per-turn deadline, in seconds. */
export const MIN_DEADLINE_SECONDS = 1;
export const MAX_DEADLINE_SECONDS = 3_600;
/** How long a dropped student's seat is held for Colyseus' reconnection (the fallback, rejoin by code and name, has no limit). */
export const RECONNECT_SECONDS = 120;
/** Class codes: this many letters from CODE_LETTERS (no I, L, O, B, S, Z, G, Q: nothing that reads as a digit or another letter). */
export const CODE_LENGTH = 6;
export const CODE_LETTERS = 'ACDEFHJKMNPRTUVWXY';

// ── Refusals the server itself gives (the sim's own come as its `Refusal`) ──
export const SERVER_REFUSALS = [
  'badMessage', // not a message of this protocol (wrong type or shape)
  'tooLarge', // over MAX_MESSAGE_BYTES or MAX_BODY_BYTES
  'rateLimited', // too many messages too fast
  'notYourSide', // the action's actor is not the sender's side
  'observer', // the teacher (or a seatless client) sent a move
  'notTeacher', // a teacher control from a student
  'wrongKey', // a teacher key that is not the class's
  'unknownClass', // no open class has this code
  'unknownRoom', // the class has no such room
  'unknownSide', // not a team side of this class
  'roomFull', // every seat of that side (or of the class) is taken
  'nameTaken', // the name is used by a connected member in this class
  'badName', // empty or too long after trimming
  'chooseSeat', // seating is by choice: name a room and side
  'seatAssigned', // seating is assigned: a room and side may not be chosen
  'badSetup', // a class setup the server cannot run (the field is named)
  'unknownScenario',
  'unknownPreset',
  'unknownEvent', // injectEvent: no such scenario event
  'paused', // moves are refused while the teacher has paused the room
  'gameOver', // the game has ended
  'classEnded',
  'roomBroken', // the room's log did not replay to its recorded hashes: it is closed
  'serverError', // a bug or the store failed: nothing was changed
] as const;
export type ServerRefusalKey = (typeof SERVER_REFUSALS)[number];
/** A refusal by the server: a key of `classServer.refused.*` and its parameters (numbers and plain strings only). */
export type ServerRefusal = { key: ServerRefusalKey; params?: Record<string, string | number> };
/** Why something was refused: the sim's reason (worded as the local game words it) or the server's. */
export type NetRefusal = { from: 'sim'; refusal: Refusal } | { from: 'server'; refusal: ServerRefusal };

// ── The class setup (the teacher's POST /api/classes) ──
export type Seating = 'assigned' | 'choose';
export type ClassSetup = {
  scenarioId: string;
  /** A preset's id, or a number of turns; neither = the full game. */
  preset?: string;
  turns?: number;
  seed: number;
  /** The playable sides that are human teams (the rest are computer players). 1 or more. */
  teams: string[];
  aiLevel: AiLevel;
  rooms: number;
  /** Members per team per room at most. */
  perTeam: number;
  seating: Seating;
  /** How plainly the scenario's texts read for every student of the class (the advanced text when absent). */
  reading?: 'advanced' | 'basic';
};

/** A display name as shown: NFC, trimmed, inner spaces collapsed; null when empty or longer than MAX_NAME. */
export function cleanName(raw: string): string | null {
  const name = raw.normalize('NFC').trim().replace(/\s+/g, ' ');
  return name.length >= 1 && name.length <= MAX_NAME ? name : null;
}

/** A name's identity in a class (a seat is held by it), however it is cased: "Ana Ruiz" is "ana ruiz". Stores key seats by it. */
export function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

const str = z.string().check(z.maxLength(200));
const id = z.string().check(z.minLength(1), z.maxLength(80));
const count = z.int().check(z.minimum(0));
const text = z.string().check(z.minLength(1), z.maxLength(MAX_TEXT));
export const nameSchema = z.string().check(z.maxLength(200));
export const codeSchema = z.string().check(z.minLength(1), z.maxLength(20));
const teacherKey = z.string().check(z.minLength(1), z.maxLength(100));

export const classSetupSchema: z.ZodMiniType<ClassSetup> = z.strictObject({
  scenarioId: id,
  preset: z.optional(id),
  turns: z.optional(z.int().check(z.minimum(1), z.maximum(200))),
  seed: z.int().check(z.minimum(0), z.maximum(2 ** 31 - 1)),
  teams: z.array(id).check(z.minLength(1), z.maxLength(10)),
  aiLevel: z.enum(['easy', 'normal', 'hard']),
  rooms: z.int().check(z.minimum(1), z.maximum(MAX_ROOMS)),
  perTeam: z.int().check(z.minimum(1), z.maximum(MAX_PER_TEAM)),
  seating: z.enum(['assigned', 'choose']),
  reading: z.optional(z.enum(['advanced', 'basic'])),
});

// ── HTTP API (same port as the game and the WebSocket) ──
/** POST /api/classes, body ClassSetup → 201 CreatedClass, or 400 HttpRefusal. */
export type CreatedClass = { code: string; teacherKey: string; rooms: string[] };
/** POST /api/join, body JoinRequest → 200 JoinReply, or 4xx HttpRefusal. */
export type JoinRequest = { code: string; name: string; room?: number; side?: string };
export const joinRequestSchema: z.ZodMiniType<JoinRequest> = z.strictObject({
  code: codeSchema,
  name: nameSchema,
  room: z.optional(z.int().check(z.minimum(0), z.maximum(MAX_ROOMS))),
  side: z.optional(id),
});
/** A seat: room index (0-based), its Colyseus room id, the side. */
export type Seat = { room: number; roomId: string; side: string };
export type SeatOption = Seat & { members: number; capacity: number };
/**
 * `seat`: join `roomId` with JoinOptions (`{ code, name }`). `choose`: seating is by choice and no
 * room/side was given: ask the student, then POST again with `room` and `side`.
 */
export type JoinReply = { ok: true; seat: Seat; name: string } | { ok: true; choose: SeatOption[] };
/** Any 4xx/5xx reply of the API. */
export type HttpRefusal = { ok: false; refusal: ServerRefusal };

/**
 * GET /api/classes/:code with header `x-teacher-key` → ClassStatus (401 HttpRefusal wrongKey).
 * A summary for the console's one-page view; the console joins each room as teacher for the game itself.
 */
export type RoomStatus = {
  room: number;
  roomId: string;
  turn: number;
  /** The actor whose phase it is (null when over). */
  phase: string | null;
  over: boolean;
  paused: boolean;
  deadlineAt: number | null;
  broken: boolean;
  members: Member[];
  /** Each actor's score now. */
  scores: Record<string, number>;
  /** Offers proposed and not yet answered. */
  pendingOffers: number;
  /** The last few moves, newest last. */
  lastMoves: MoveRecord[];
  /** The server's state hash of the game now (`hashValue(game)`): a client holding the same game has the same. */
  hash?: string;
};
export type ClassStatus = { code: string; setup: ClassSetup; ended: boolean; rooms: RoomStatus[] };

// ── Colyseus join options (client.joinById(roomId, options)) ──
/** A student joins with code and name (the server finds their seat); the teacher with the teacher key. */
export type JoinOptions = { code: string; name: string } | { code: string; teacherKey: string };
export const joinOptionsSchema: z.ZodMiniType<JoinOptions> = z.union([
  z.strictObject({ code: codeSchema, name: nameSchema }),
  z.strictObject({ code: codeSchema, teacherKey }),
]);

// ── In a room: shared shapes ──
export type Member = { name: string; side: string; connected: boolean };
/** Who made a move: the member's name and side, or null for the computer players' and the referee's moves. */
export type MoveRecord = { seq: number; by: string | null; side: string | null; first: number; count: number; turn: number };
export type NewsItem = { seq: number; turn: number; text: string };
export type PrivateMessage = { seq: number; turn: number; from: string; to: string; by: string; text: string };

// ── client → server: room.send(type, payload) ──
export type ClientMessages = {
  /** A move of the sender's side. `clientSeq`: the client's own counter, echoed in `refused`. */
  act: { clientSeq: number; action: Action };
  /** A private message from the sender's team to another team's side. */
  message: { to: string; text: string };
  // Teacher only:
  pause: Record<string, never>;
  resume: Record<string, never>;
  /** A per-turn (per human phase) deadline in seconds, or null for none. */
  deadline: { seconds: number | null };
  injectEvent: { eventId: string };
  news: { text: string };
  /** Ends the game in this room: the debrief opens and private messages are opened. */
  end: Record<string, never>;
};
export type ClientMessageType = keyof ClientMessages;
export type ClientMessage = { [K in ClientMessageType]: { type: K; payload: ClientMessages[K] } }[ClientMessageType];
export const TEACHER_MESSAGES: readonly ClientMessageType[] = ['pause', 'resume', 'deadline', 'injectEvent', 'news', 'end'];

const empty = z.strictObject({});
const clientPayloads: { [K in ClientMessageType]: z.ZodMiniType<ClientMessages[K]> } = {
  act: z.strictObject({ clientSeq: count, action: actionSchema }),
  message: z.strictObject({ to: id, text }),
  pause: empty,
  resume: empty,
  deadline: z.strictObject({
    seconds: z.nullable(z.int().check(z.minimum(MIN_DEADLINE_SECONDS), z.maximum(MAX_DEADLINE_SECONDS))),
  }),
  injectEvent: z.strictObject({ eventId: id }),
  news: z.strictObject({ text }),
  end: empty,
};

/** Checks a client message's type and payload. Never throws. A missing payload is read as `{}`. */
export function parseClientMessage(type: unknown, payload: unknown): { ok: true; message: ClientMessage } | { ok: false; field: string } {
  if (typeof type !== 'string' || !Object.hasOwn(clientPayloads, type)) return { ok: false, field: 'type' };
  const schema = clientPayloads[type as ClientMessageType];
  const r = schema.safeParse(payload === undefined ? {} : payload);
  if (!r.success) {
    const first = r.error.issues[0];
    return { ok: false, field: first ? first.path.map(String).join('.') || 'payload' : 'payload' };
  }
  return { ok: true, message: { type, payload: r.data } as ClientMessage };
}

// ── server → client: client.send(type, payload) ──
export type ServerMessages = {
  /** Sent once to each client that joins or rejoins: everything to rebuild and show the game. */
  welcome: Welcome;
  /** A move accepted and stored: the move, then the computer players' replies. */
  applied: Applied;
  /** Only to the sender. `clientSeq` of the refused `act`, when it was one. */
  refused: { clientSeq: number | null; type: string; reason: NetRefusal };
  members: { members: Member[] };
  /** Pause, deadline and end, whenever one changes. */
  control: RoomControl;
  news: NewsItem;
  /** To the two teams concerned only (and to everyone once opened). */
  message: PrivateMessage;
  /** The game has ended: every private message, now open to all. */
  opened: { messages: PrivateMessage[] };
};
export type ServerMessageType = keyof ServerMessages;

export type RoomControl = {
  paused: boolean;
  /** When the current human phase's deadline passes (server clock, ms since 1970), or null. */
  deadlineAt: number | null;
  deadlineSeconds: number | null;
  /** The server's clock when sent, so a client can correct its countdown for clock skew. */
  serverNow: number;
  ended: boolean;
  broken: boolean;
};

export type Welcome = {
  protocol: typeof PROTOCOL_VERSION;
  code: string;
  room: number;
  roomId: string;
  scenarioId: string;
  /** The scenario file's hash, as a ScenarioCard names it: the client refuses to play a different one. */
  scenarioHash: string;
  /** The game's setup, as a save holds it: `startOfReplay(entry, setup)` then `replayActions(..., log)` rebuild the game. */
  setup: SaveSetup;
  /** Which sides are teams of people in this class. */
  teams: string[];
  /** The reading level the teacher chose for the class: every student's game shows it (they may change it). */
  reading?: 'advanced' | 'basic';
  log: Action[];
  turnHashes: TurnHash[];
  moves: MoveRecord[];
  /** The receiver's seat: a student's side, or `teacher`. */
  seat: { role: 'student'; side: string; name: string } | { role: 'teacher' };
  members: Member[];
  control: RoomControl;
  news: NewsItem[];
  /** The private messages this seat may read (its team's, or all once the game has ended). */
  messages: PrivateMessage[];
};

export type Applied = {
  seq: number;
  by: string | null;
  side: string | null;
  /** The log index of `actions[0]`: a client whose log is not this long has missed a move (rejoin to resync). */
  first: number;
  actions: Action[];
  /** The turn ends these actions crossed, with the server's state hash after each. */
  turnHashes: TurnHash[];
  /** For a member's move: the sender's Colyseus session id and its `clientSeq`, so the sender knows its own `act` was applied. */
  reply?: { session: string; clientSeq: number };
};

const turnHashSchema = z.strictObject({ turn: count, actions: count, hash: str });
const refusalParams = z.optional(z.record(str, z.union([z.string(), z.number()])));
/** The server→client schemas of the messages a client must trust least (moves and refusals); the rest are plain. */
export const appliedSchema: z.ZodMiniType<Applied> = z.strictObject({
  seq: count,
  by: z.nullable(str),
  side: z.nullable(str),
  first: count,
  actions: z.array(actionSchema),
  turnHashes: z.array(turnHashSchema),
  reply: z.optional(z.strictObject({ session: str, clientSeq: count })),
});
export const serverRefusalSchema: z.ZodMiniType<ServerRefusal> = z.strictObject({ key: z.enum(SERVER_REFUSALS), params: refusalParams });
