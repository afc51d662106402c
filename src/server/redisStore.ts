/**
 * The class server's Store on Redis, for several server processes (scale-out): every process reads
 * and writes the same classes, seats and room logs, so a class code works whichever process a
 * student reaches, and a room whose process died is rebuilt from its log by another.
 *
 * Keys (under a prefix, `altiplano:` unless told): `class:CODE` a hash (`record` the ClassRecord as
 * JSON, `ended` 0/1); `open` the set of codes not ended; `seats:CODE` a hash name key → SeatRecord,
 * `seatorder:CODE` the names in claim order (a name is keyed by `nameKey`: however it is cased), `seatcount:CODE` a hash `room:side` → members;
 * `log:ROOMID` a list, one `{ at, entry }` JSON per entry, so an entry's seq is its place (RPUSH
 * returns it, atomically, with no read first). What is written is the caller's JSON as it is:
 * nothing is re-encoded, so the actions replay bit for bit.
 *
 * Durability is Redis's: an append resolves once Redis has it in memory (and, with
 * `appendonly yes` and `appendfsync always`, on disk); the README says how to run it.
 */
import { Redis } from 'ioredis';
import { nameKey } from '../net/protocol';
import type { ClaimResult, ClassRecord, LogEntry, SeatRecord, Store, StoredEntry } from '../net/store';

// Name taken in the class → nameTaken; that room's side at capacity → full; else the seat is claimed.
const CLAIM_SEAT = `
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 1 then return 'nameTaken' end
local n = tonumber(redis.call('HGET', KEYS[2], ARGV[2]) or '0')
if n >= tonumber(ARGV[3]) then return 'full' end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[4])
redis.call('HINCRBY', KEYS[2], ARGV[2], 1)
redis.call('RPUSH', KEYS[3], ARGV[1])
return 'ok'
`;

export type RedisStoreOptions = { prefix?: string };

export class RedisStore implements Store {
  readonly redis: Redis;
  private readonly p: string;

  /** `url`: redis://host:port[/db]. The connection is lazy-free: commands queue until it is up. */
  constructor(url: string, options: RedisStoreOptions = {}) {
    // maxRetriesPerRequest: a command fails (and the room refuses the move) rather than hang forever when Redis is gone.
    this.redis = new Redis(url, { maxRetriesPerRequest: 3, enableAutoPipelining: true });
    this.p = options.prefix ?? 'altiplano:';
  }

  private k(...parts: string[]): string {
    return this.p + parts.join(':');
  }

  async createClass(record: ClassRecord): Promise<boolean> {
    const { ended, ...rest } = record;
    const created = await this.redis.hsetnx(this.k('class', record.code), 'record', JSON.stringify(rest));
    if (created !== 1) return false;
    await this.redis
      .multi()
      .hset(this.k('class', record.code), 'ended', ended ? '1' : '0')
      .sadd(this.k('open'), record.code)
      .exec();
    if (ended) await this.redis.srem(this.k('open'), record.code);
    return true;
  }

  async getClass(code: string): Promise<ClassRecord | null> {
    const [record, ended] = await this.redis.hmget(this.k('class', code), 'record', 'ended');
    if (!record) return null;
    return { ...(JSON.parse(record) as Omit<ClassRecord, 'ended'>), ended: ended === '1' };
  }

  async openClasses(): Promise<ClassRecord[]> {
    const codes = (await this.redis.smembers(this.k('open'))).sort();
    const records = await Promise.all(codes.map((c) => this.getClass(c)));
    return records
      .filter((r): r is ClassRecord => r !== null && !r.ended)
      .sort((a, b) => a.createdAt - b.createdAt || (a.code < b.code ? -1 : 1));
  }

  async endClass(code: string): Promise<void> {
    if (!(await this.redis.hexists(this.k('class', code), 'record'))) return;
    await this.redis.multi().hset(this.k('class', code), 'ended', '1').srem(this.k('open'), code).exec();
  }

  async seatOf(code: string, name: string): Promise<SeatRecord | null> {
    const s = await this.redis.hget(this.k('seats', code), nameKey(name));
    return s ? (JSON.parse(s) as SeatRecord) : null;
  }

  async seats(code: string): Promise<SeatRecord[]> {
    const names = await this.redis.lrange(this.k('seatorder', code), 0, -1);
    if (names.length === 0) return [];
    const values = await this.redis.hmget(this.k('seats', code), ...names);
    return values.filter((v): v is string => v !== null).map((v) => JSON.parse(v) as SeatRecord);
  }

  async claimSeat(code: string, seat: SeatRecord, capacity: number): Promise<ClaimResult> {
    const r = await this.redis.eval(
      CLAIM_SEAT,
      3,
      this.k('seats', code),
      this.k('seatcount', code),
      this.k('seatorder', code),
      nameKey(seat.name),
      `${seat.room}:${seat.side}`,
      String(capacity),
      JSON.stringify(seat),
    );
    return r as ClaimResult;
  }

  async append(roomId: string, entry: LogEntry, at: number): Promise<number> {
    return this.redis.rpush(this.k('log', roomId), JSON.stringify({ at, entry }));
  }

  async readLog(roomId: string): Promise<StoredEntry[]> {
    const items = await this.redis.lrange(this.k('log', roomId), 0, -1);
    return items.map((item, i) => {
      const { at, entry } = JSON.parse(item) as { at: number; entry: LogEntry };
      return { ...entry, seq: i + 1, at };
    });
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
