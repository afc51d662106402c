/**
 * What every Store must do, as one suite run against each implementation (Redis here; the SQLite
 * store can call it too): classes register once, seats are claimed atomically with their limits,
 * and a room's log comes back exactly as appended, numbered from 1.
 */
import { describe, expect, it } from 'vitest';
import type { ClassRecord, LogEntry, Store } from '../../src/net/store';

export function classRecord(code: string, createdAt = 1): ClassRecord {
  return {
    code,
    teacherKeyHash: 'ab'.repeat(32),
    setup: { scenarioId: 'paz-pivot', seed: 7, teams: ['us', 'bolivia'], aiLevel: 'normal', rooms: 2, perTeam: 3, seating: 'assigned' },
    scenarioHash: 'h1',
    roomIds: [`${code}-0`, `${code}-1`],
    createdAt,
    ended: false,
  };
}

export function storeContract(name: string, open: () => Promise<Store>): void {
  describe(`${name} store`, () => {
    it('registers a class once, lists it while open, and not once ended', async () => {
      const store = await open();
      try {
        expect(await store.createClass(classRecord('ACDEFH', 1))).toBe(true);
        expect(await store.createClass({ ...classRecord('ACDEFH', 2), scenarioHash: 'other' })).toBe(false);
        expect(await store.createClass(classRecord('KMNPRT', 2))).toBe(true);
        expect(await store.getClass('ACDEFH')).toEqual(classRecord('ACDEFH', 1));
        expect(await store.getClass('NOSUCH')).toBeNull();
        expect((await store.openClasses()).map((c) => c.code)).toEqual(['ACDEFH', 'KMNPRT']);
        await store.endClass('ACDEFH');
        expect((await store.getClass('ACDEFH'))?.ended).toBe(true);
        expect((await store.openClasses()).map((c) => c.code)).toEqual(['KMNPRT']);
        await store.endClass('NOSUCH'); // nothing to end: no error, nothing made
        expect(await store.getClass('NOSUCH')).toBeNull();
      } finally {
        await store.close();
      }
    });

    it('claims seats atomically: a name once per class, a side up to its capacity', async () => {
      const store = await open();
      try {
        await store.createClass(classRecord('UVWXYA'));
        expect(await store.claimSeat('UVWXYA', { name: 'Ana', room: 0, side: 'us' }, 2)).toBe('ok');
        expect(await store.claimSeat('UVWXYA', { name: 'Ana', room: 1, side: 'bolivia' }, 2)).toBe('nameTaken');
        expect(await store.claimSeat('UVWXYA', { name: ' ANA ', room: 1, side: 'bolivia' }, 2)).toBe('nameTaken'); // a name however cased
        expect(await store.seatOf('UVWXYA', 'ana')).toEqual({ name: 'Ana', room: 0, side: 'us' });
        expect(await store.claimSeat('UVWXYA', { name: 'Ben', room: 0, side: 'us' }, 2)).toBe('ok');
        expect(await store.claimSeat('UVWXYA', { name: 'Cy', room: 0, side: 'us' }, 2)).toBe('full');
        expect(await store.claimSeat('UVWXYA', { name: 'Cy', room: 1, side: 'us' }, 2)).toBe('ok');
        expect(await store.seatOf('UVWXYA', 'Ana')).toEqual({ name: 'Ana', room: 0, side: 'us' });
        expect(await store.seatOf('UVWXYA', 'Nobody')).toBeNull();
        expect((await store.seats('UVWXYA')).map((s) => s.name)).toEqual(['Ana', 'Ben', 'Cy']);
        // Twenty claims at once for three places: exactly three succeed.
        const results = await Promise.all(
          Array.from({ length: 20 }, (_, i) => store.claimSeat('UVWXYA', { name: `S${i}`, room: 1, side: 'bolivia' }, 3)),
        );
        expect(results.filter((r) => r === 'ok')).toHaveLength(3);
        expect(results.filter((r) => r === 'full')).toHaveLength(17);
      } finally {
        await store.close();
      }
    });

    it("keeps a room's log in order, numbered from 1, exactly as appended", async () => {
      const store = await open();
      try {
        const entries: LogEntry[] = [
          { kind: 'act', by: 'Ana', side: 'us', actions: [{ type: 'endPhase', actor: 'us' }], turnHashes: [] },
          { kind: 'news', text: 'Rain in Potosí — «quotes» & ünïcode' },
          { kind: 'message', from: 'us', to: 'bolivia', by: 'Ana', text: 'hello' },
          { kind: 'control', paused: true, deadlineSeconds: null },
          {
            kind: 'act',
            by: null,
            side: null,
            actions: [{ type: 'takeAction', actor: 'china', action: 'invest', target: 'potosi' }],
            turnHashes: [{ turn: 1, actions: 2, hash: 'abc' }],
          },
        ];
        const seqs: number[] = [];
        for (const [i, e] of entries.entries()) seqs.push(await store.append('ROOM-0', e, 1000 + i));
        expect(seqs).toEqual([1, 2, 3, 4, 5]);
        expect(await store.append('ROOM-1', entries[1] as LogEntry, 5)).toBe(1);
        const log = await store.readLog('ROOM-0');
        expect(log).toEqual(entries.map((e, i) => ({ ...e, seq: i + 1, at: 1000 + i })));
        expect(await store.readLog('EMPTY')).toEqual([]);
        // Appends racing on one room still get distinct, gapless numbers.
        const raced = await Promise.all(Array.from({ length: 50 }, (_, i) => store.append('ROOM-2', { kind: 'news', text: `n${i}` }, i)));
        expect([...raced].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
      } finally {
        await store.close();
      }
    });
  });
}
