import type { Said } from '../sim';

/** One member of the room, as the class server lists them: a display name, the side (team) played, whether connected now. */
export type ClassMember = { name: string; side: string; online: boolean };

/**
 * A move the room accepted, with who made it (a student's display name, or null for the computer
 * players' and the referee's moves): the actions `first..first+count` of the log.
 */
export type ClassMove = { seq: number; by: string | null; side: string | null; first: number; count: number; turn: number };

/** A private message between two teams (each sees its own; everyone sees all once the game is over). */
export type ClassMessage = { seq: number; turn: number; from: string; to: string; by: string; text: string };

/** A line of news the teacher sent to the room. */
export type ClassNews = { seq: number; turn: number; text: string };

/** Whether the link to the class server holds: connected, trying to rejoin the same seat, or lost for good. */
export type ClassConnection = 'online' | 'reconnecting' | 'lost';

/**
 * What a student's game screen shows about the class around the game: the class line, who is
 * online, the pause and the turn's deadline, who did each move, the team's messages and the
 * teacher's news. Plain data, published by the remote session beside its game snapshots.
 */
export type ClassroomView = {
  readonly code: string;
  /** The room's number in the class (0-based; shown from 1). */
  readonly room: number;
  /** The side this seat plays, or null for the teacher watching the room. */
  readonly side: string | null;
  readonly name: string;
  /** The sides played by teams of people in this class (the rest are computer players). */
  readonly teams: readonly string[];
  readonly members: readonly ClassMember[];
  readonly paused: boolean;
  /** When the turn ends for a team that has not ended it (epoch ms), or null without a deadline. */
  readonly deadline: number | null;
  /** The game was ended by the teacher (or ran out): the debrief is open and so are the messages. */
  readonly ended: boolean;
  readonly moves: readonly ClassMove[];
  readonly messages: readonly ClassMessage[];
  readonly news: readonly ClassNews[];
  readonly connection: ClassConnection;
  /** The last problem with the link (a resync after a hash mismatch, a lost connection), as a message key. */
  readonly problem: Said | null;
};

/** The class's side of a remote session: its view, changes to it, and what a student can do besides moves. */
export type ClassroomLink = {
  view(): ClassroomView;
  onChange(listener: (v: ClassroomView) => void): () => void;
  /** Sends a private message to another team; false when it cannot be sent now (empty, too long, not connected). */
  sendMessage(to: string, text: string): boolean;
  /** Leaves the room for good (the seat is kept on the server for a rejoin by code and name). */
  leave(): void;
};

/** The longest private message a student may send (the server caps it too). */
export const MAX_CLASS_MESSAGE = 500;
