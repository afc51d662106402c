import { describe, expect, it } from 'vitest';
import { classWelcome, endpointOf, joinFailure, refusalOf } from '../../src/net/classClient';
import type { Welcome } from '../../src/net/protocol';
import { englishWords } from '../../src/present/words';
import { refuse } from '../../src/sim/index';

describe('the class wire’s translations', () => {
  it('a welcome becomes the remote session’s: the seat, members online, and a deadline moved onto this device’s clock', () => {
    const w = {
      protocol: 1,
      code: 'ACDEFH',
      room: 2,
      roomId: 'r2',
      scenarioId: 'paz-pivot',
      scenarioHash: 'h',
      setup: { scenarioId: 'paz-pivot', side: 'us', seed: 1, controllers: {} },
      teams: ['us', 'bolivia'],
      log: [],
      turnHashes: [],
      moves: [],
      seat: { role: 'student', side: 'bolivia', name: 'Beto' },
      members: [{ name: 'Beto', side: 'bolivia', connected: false }],
      control: { paused: true, deadlineAt: 10_000, deadlineSeconds: 60, serverNow: 4_000, ended: false, broken: false },
      news: [],
      messages: [],
    } satisfies Welcome;
    // The server's clock is 1 s ahead of this device's at 3 s: 6 s are left, so the deadline is at 9 s here.
    const cw = classWelcome(w, 3_000);
    expect(cw.seat).toEqual({ code: 'ACDEFH', room: 2, side: 'bolivia', name: 'Beto' });
    expect(cw.members).toEqual([{ name: 'Beto', side: 'bolivia', online: false }]);
    expect(cw.deadline).toBe(9_000);
    expect(cw.paused).toBe(true);
    expect(classWelcome({ ...w, seat: { role: 'teacher' } }, 0).seat.side).toBeNull();
  });

  it('refusals are worded: the sim’s as the local game words them, the server’s by their own key', () => {
    const w = englishWords();
    const sim = refuse('gameOver', 'gameOver');
    expect(refusalOf({ from: 'sim', refusal: sim })).toBe(sim);
    const paused = refusalOf({ from: 'server', refusal: { key: 'paused' } });
    expect(w.refusal(paused)).toBe('The teacher has paused the game. Wait until it resumes.');
    expect(joinFailure(new Error('wrongKey')).key).toBe('classServer.refused.wrongKey');
    expect(joinFailure(new Error('socket hang up')).key).toBe('classroom.join.unreachable');
  });

  it('the WebSocket endpoint is the page’s own server', () => {
    expect(endpointOf('http://192.168.1.20:2567/index.html')).toBe('ws://192.168.1.20:2567');
    expect(endpointOf('https://class.school.example')).toBe('wss://class.school.example');
  });
});
