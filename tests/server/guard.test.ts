import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classServer } from '../../src/i18n/en/classServer';
import { MAX_MESSAGE_BYTES, SERVER_REFUSALS } from '../../src/net/protocol';
import { guardMessage } from '../../src/server/guard';
import { tokenBucket } from '../../src/server/rateLimit';
import { World } from '../../src/server/world';
import { hashValue } from '../../src/sim/index';
import { entryOf } from './harness';

/** The server's first checks, and the world's planning, fuzzed without a network. */
const entry = entryOf('dev-sandbox');
const setup = {
  scenarioId: 'dev-sandbox',
  turns: 3,
  seed: 9,
  teams: ['us', 'bolivia'],
  aiLevel: 'easy' as const,
  rooms: 1,
  perTeam: 1,
  seating: 'assigned' as const,
};

describe('the message guard', () => {
  it('never throws, and accepts only messages of the protocol', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.anything()), fc.anything(), (type, payload) => {
        const r = guardMessage(type, payload);
        if (r.ok) expect(['act', 'message', 'pause', 'resume', 'deadline', 'injectEvent', 'news', 'end']).toContain(r.message.type);
        else expect(SERVER_REFUSALS).toContain(r.refusal.key);
      }),
      { numRuns: 3000 },
    );
  });

  it('names the wrong field, refuses oversized and too deep payloads', () => {
    expect(guardMessage('act', { clientSeq: 1, action: { type: 'endPhase', actor: 'us' } })).toMatchObject({ ok: true });
    expect(guardMessage('act', { clientSeq: -1, action: { type: 'endPhase', actor: 'us' } })).toEqual({
      ok: false,
      refusal: { key: 'badMessage', params: { field: 'clientSeq' } },
    });
    expect(guardMessage('pause', undefined)).toMatchObject({ ok: true });
    expect(guardMessage('pause', { now: true })).toMatchObject({ ok: false, refusal: { key: 'badMessage' } });
    expect(guardMessage('news', { text: 'x'.repeat(MAX_MESSAGE_BYTES) })).toEqual({ ok: false, refusal: { key: 'tooLarge' } });
    expect(guardMessage('news', { text: 10n })).toEqual({ ok: false, refusal: { key: 'badMessage', params: { field: 'payload' } } });
    let deep: unknown = {};
    for (let i = 0; i < 50; i++) deep = { a: deep };
    expect(guardMessage('act', deep)).toEqual({ ok: false, refusal: { key: 'tooLarge' } });
  });

  it('every server refusal is worded', () => {
    for (const key of SERVER_REFUSALS) expect(classServer, key).toHaveProperty([`classServer.refused.${key}`]);
  });
});

describe('the rate limit', () => {
  it('lets a burst through, then refills at its rate', () => {
    const b = tokenBucket(3, 2, 0);
    expect([b.take(0), b.take(0), b.take(0), b.take(0)]).toEqual([true, true, true, false]);
    expect(b.take(400)).toBe(false); // 0.8 of a token
    expect(b.take(500)).toBe(true);
    expect([b.take(10_000), b.take(10_000), b.take(10_000), b.take(10_000)]).toEqual([true, true, true, false]);
  });
});

describe('the world', () => {
  it('plans never change it: any action from any side is refused or planned, and only a commit applies it', () => {
    const world = new World(entry, setup);
    const before = hashValue(world.view().game);
    const action = fc.oneof(
      fc.record({
        type: fc.constantFrom('endPhase', 'endGame', 'fireEvent'),
        actor: fc.constantFrom('us', 'bolivia', 'china', 'x'),
        event: fc.string(),
      }),
      fc.record({
        type: fc.constant('takeAction'),
        actor: fc.constantFrom('us', 'bolivia'),
        action: fc.constantFrom(...entry.scenario.actions.map((a) => a.id), 'nope'),
      }),
      fc.anything(),
    );
    fc.assert(
      fc.property(action, fc.constantFrom('us', 'bolivia'), (a, side) => {
        const g = guardMessage('act', { clientSeq: 1, action: a });
        if (!g.ok || g.message.type !== 'act') return;
        const plan = world.planMove(g.message.payload.action, side, 'fuzz');
        if (!('from' in plan)) {
          // Only the side's own actor may move, never the referee.
          const act = g.message.payload.action;
          expect('actor' in act && act.actor === side).toBe(true);
        }
        expect(hashValue(world.view().game)).toBe(before);
        expect(world.view().log.length).toBe(0);
      }),
      { numRuns: 1000 },
    );
  });
});
