import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { nameKey } from '../net/protocol';
import type { ClaimResult, ClassRecord, LogEntry, SeatRecord, Store, StoredEntry } from '../net/store';

/**
 * The embedded store: one SQLite file (WAL, synchronous=FULL, so an append that returned survives
 * a power cut). better-sqlite3 is synchronous; each call is wrapped in a resolved promise to fit
 * the Store type the Redis store shares. Rows hold JSON; the schema is the Store's, checked on the
 * way in by the server, so reading trusts it.
 */
export function sqliteStore(file: string): Store {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`
    CREATE TABLE IF NOT EXISTS classes (code TEXT PRIMARY KEY, record TEXT NOT NULL, ended INTEGER NOT NULL DEFAULT 0);
    CREATE TABLE IF NOT EXISTS seats (code TEXT NOT NULL, name_key TEXT NOT NULL, seat TEXT NOT NULL, room INTEGER NOT NULL, side TEXT NOT NULL,
      PRIMARY KEY (code, name_key));
    CREATE TABLE IF NOT EXISTS log (room_id TEXT NOT NULL, seq INTEGER NOT NULL, at INTEGER NOT NULL, entry TEXT NOT NULL,
      PRIMARY KEY (room_id, seq));
  `);
  const q = {
    insertClass: db.prepare('INSERT OR IGNORE INTO classes (code, record, ended) VALUES (?, ?, 0)'),
    getClass: db.prepare<[string], { record: string; ended: number }>('SELECT record, ended FROM classes WHERE code = ?'),
    openClasses: db.prepare<[], { record: string }>('SELECT record FROM classes WHERE ended = 0 ORDER BY rowid'),
    endClass: db.prepare('UPDATE classes SET ended = 1 WHERE code = ?'),
    seatOf: db.prepare<[string, string], { seat: string }>('SELECT seat FROM seats WHERE code = ? AND name_key = ?'),
    seats: db.prepare<[string], { seat: string }>('SELECT seat FROM seats WHERE code = ? ORDER BY rowid'),
    count: db.prepare<[string, number, string], { n: number }>('SELECT COUNT(*) AS n FROM seats WHERE code = ? AND room = ? AND side = ?'),
    insertSeat: db.prepare('INSERT INTO seats (code, name_key, seat, room, side) VALUES (?, ?, ?, ?, ?)'),
    lastSeq: db.prepare<[string], { seq: number | null }>('SELECT MAX(seq) AS seq FROM log WHERE room_id = ?'),
    append: db.prepare('INSERT INTO log (room_id, seq, at, entry) VALUES (?, ?, ?, ?)'),
    readLog: db.prepare<[string], { seq: number; at: number; entry: string }>(
      'SELECT seq, at, entry FROM log WHERE room_id = ? ORDER BY seq',
    ),
  };
  const read = (row: { record: string; ended: number }): ClassRecord => ({
    ...(JSON.parse(row.record) as ClassRecord),
    ended: row.ended === 1,
  });
  const claim = db.transaction((code: string, seat: SeatRecord, capacity: number): ClaimResult => {
    if (q.seatOf.get(code, nameKey(seat.name))) return 'nameTaken';
    if ((q.count.get(code, seat.room, seat.side)?.n ?? 0) >= capacity) return 'full';
    q.insertSeat.run(code, nameKey(seat.name), JSON.stringify(seat), seat.room, seat.side);
    return 'ok';
  });
  const append = db.transaction((roomId: string, entry: LogEntry, at: number): number => {
    const seq = (q.lastSeq.get(roomId)?.seq ?? 0) + 1;
    q.append.run(roomId, seq, at, JSON.stringify(entry));
    return seq;
  });
  return {
    createClass: async (r) => q.insertClass.run(r.code, JSON.stringify(r)).changes === 1,
    getClass: async (code) => {
      const row = q.getClass.get(code);
      return row ? read(row) : null;
    },
    openClasses: async () => q.openClasses.all().map((row) => read({ ...row, ended: 0 })),
    endClass: async (code) => void q.endClass.run(code),
    seatOf: async (code, name) => {
      const row = q.seatOf.get(code, nameKey(name));
      return row ? (JSON.parse(row.seat) as SeatRecord) : null;
    },
    seats: async (code) => q.seats.all(code).map((row) => JSON.parse(row.seat) as SeatRecord),
    claimSeat: async (code, seat, capacity) => claim(code, seat, capacity),
    append: async (roomId, entry, at) => append(roomId, entry, at),
    readLog: async (roomId) =>
      q.readLog.all(roomId).map((row): StoredEntry => ({ ...(JSON.parse(row.entry) as LogEntry), seq: row.seq, at: row.at })),
    close: async () => void db.close(),
  };
}
