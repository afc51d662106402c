import type { Action } from '../sim';
import type { TurnHash } from '../state/session';
import type { ClassSetup } from './protocol';

/**
 * Where the class server keeps what must outlive a process: the class registry (setups, teacher
 * keys, who sits where) and each room's append-only log. Two implementations: SQLite, the embedded
 * default (src/server/sqliteStore.ts), and Redis for several processes (scale-out). Every method is
 * async so both fit; a resolved `append` means the entry is durable (the room broadcasts only then).
 */

/** A class as registered. The teacher key is kept only as its SHA-256 hex digest. */
export type ClassRecord = {
  code: string;
  teacherKeyHash: string;
  setup: ClassSetup;
  /** The scenario file's hash when the class was made: a room refuses to resume on a changed scenario. */
  scenarioHash: string;
  /** Colyseus room ids, by room index. */
  roomIds: string[];
  createdAt: number;
  ended: boolean;
};

/** A student's seat in a class: a name is unique within a class, and keeps its seat. */
export type SeatRecord = { name: string; room: number; side: string };

/** What a room's log holds, in order. Only `act` entries feed the sim; the rest are the room's own record. */
export type LogEntry =
  /** Actions accepted and applied (a member's move then the computer players' replies; `by` null for computer or referee moves), with the turn hashes they crossed. */
  | { kind: 'act'; by: string | null; side: string | null; actions: Action[]; turnHashes: TurnHash[] }
  | { kind: 'news'; text: string }
  | { kind: 'message'; from: string; to: string; by: string; text: string }
  | { kind: 'control'; paused?: boolean; deadlineSeconds?: number | null; ended?: boolean };

/** An entry as stored: numbered from 1 in its room, with the server's time of writing. */
export type StoredEntry = LogEntry & { seq: number; at: number };

export type ClaimResult = 'ok' | 'nameTaken' | 'full';

export type Store = {
  /** Registers a new class; false when the code is already used (the caller draws another). */
  createClass(record: ClassRecord): Promise<boolean>;
  getClass(code: string): Promise<ClassRecord | null>;
  /** Every class not ended, for a restarted server to resume. */
  openClasses(): Promise<ClassRecord[]>;
  endClass(code: string): Promise<void>;

  seatOf(code: string, name: string): Promise<SeatRecord | null>;
  seats(code: string): Promise<SeatRecord[]>;
  /**
   * Atomically gives `seat.name` the seat, unless the name is taken in the class (`nameTaken`) or
   * that room's side already holds `capacity` members (`full`).
   */
  claimSeat(code: string, seat: SeatRecord, capacity: number): Promise<ClaimResult>;

  /** Appends to a room's log and returns the entry's seq (1, 2, ...). Durable when it resolves. */
  append(roomId: string, entry: LogEntry, at: number): Promise<number>;
  readLog(roomId: string): Promise<StoredEntry[]>;

  close(): Promise<void>;
};
