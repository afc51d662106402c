import { describe, expect, it } from 'vitest';
import { cueFor } from '../../src/audio/cueFor';
import type { GameEvent } from '../../src/sim/eventTypes';
import { DEFAULT_SETTINGS, parseSettings } from '../../src/state/persistSettings';

/** Remembered settings (src/state/persistSettings.ts) and the choice of sound cue (src/audio/cueFor.ts), in Node. */
describe('remembered sound settings', () => {
  it('falls back to the defaults for missing, broken or foreign text', () => {
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('not json')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('[1,2]')).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid values, clamps out-of-range ones and ignores wrong types', () => {
    expect(parseSettings(JSON.stringify({ master: 0.3, music: 2, effects: -1, muted: true }))).toEqual({
      master: 0.3,
      music: 1,
      effects: 0,
      muted: true,
      lang: 'en',
      reading: 'advanced',
      guideDone: false,
    });
    expect(parseSettings(JSON.stringify({ master: 'loud', muted: 'yes', guideDone: 'yes' }))).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(JSON.stringify({ guideDone: true })).guideDone).toBe(true);
  });
});

describe('the sound cue for a batch of events', () => {
  const human = (a: string): boolean => a === 'us';
  const ev = (e: GameEvent): GameEvent => e;

  it('plays the most important thing that happened, once', () => {
    const turn = ev({ type: 'TurnStarted', turn: 2 });
    const signed = ev({ type: 'DealSigned', deal: 1, from: 'us', to: 'bo' });
    const refused = ev({ type: 'DealRejected', deal: 2, by: 'bo' });
    const fired = ev({ type: 'EventFired', event: 'protest', title: 'Protest' });
    expect(cueFor([turn, fired, signed], human)).toBe('dealSigned');
    expect(cueFor([turn, refused], human)).toBe('dealRefused');
    expect(cueFor([turn, fired], human)).toBe('alert');
    expect(cueFor([ev({ type: 'PhaseEnded', actor: 'us' }), turn], human)).toBe('turn');
  });

  it("confirms the human's own actions, not the AI's", () => {
    expect(cueFor([ev({ type: 'ActionTaken', actor: 'us', action: 'visit' })], human)).toBe('confirm');
    expect(cueFor([ev({ type: 'ActionTaken', actor: 'cn', action: 'visit' })], human)).toBeNull();
    expect(cueFor([], human)).toBeNull();
  });
});
