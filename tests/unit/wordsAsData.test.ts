import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/headless';
import { englishWords, isMessageKey } from '../../src/present/words';
import { type AiLevel, autoPlay, createGame, type Said } from '../../src/sim/index';

/** Everything shaped like a `Said` (a `key`, maybe `params`, nothing else) anywhere in a JSON value. */
function saids(v: unknown, out: Said[] = []): Said[] {
  if (Array.isArray(v)) for (const x of v) saids(x, out);
  else if (typeof v === 'object' && v !== null) {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o);
    if (typeof o.key === 'string' && keys.every((k) => k === 'key' || k === 'params')) out.push(o as Said);
    for (const x of Object.values(o)) saids(x, out);
  }
  return out;
}

/** Sentences the sim once wrote into the state, the actions and the events. */
const OLD_ENGLISH = [
  'accepts: the deal is worth',
  'refuses: the deal is worth',
  'It proposes changes instead',
  'moves its own goals forward',
  'offer is worth',
  'costs it',
  'is unstable and needs a deal',
  'its promises count for less',
  'kept its promise',
  'broke its promise',
  'after Freeciv and Unciv',
  'Stellaris-style',
  'loses 4 influence everywhere',
  'random shock',
  'drift toward',
  'a quarter of growth',
  'sees nothing you could add',
];

const GAMES: { scenario: string; seed: number; levels: AiLevel[] }[] = [
  { scenario: 'paz-pivot', seed: 7, levels: ['normal', 'hard', 'easy'] },
  { scenario: 'paz-pivot', seed: 12, levels: ['hard', 'normal', 'normal'] },
  { scenario: 'arce-era', seed: 3, levels: ['normal', 'normal', 'hard'] },
  { scenario: 'arce-era', seed: 21, levels: ['easy', 'hard', 'normal'] },
];

describe('what the sim says is data: message keys the catalogue words, never English', () => {
  it.each(GAMES)(
    '$scenario seed $seed: every Said in the state, the events and the actions is a catalogue key, fully worded, and no English sentence of the sim is left',
    ({ scenario, seed, levels }) => {
      const { scenario: sc } = loadScenario(scenario);
      const lv = Object.fromEntries(sc.actors.map((a, i) => [a.id, levels[i % levels.length] ?? 'normal']));
      const run = autoPlay(createGame(sc, { seed, levels: lv }), sc);
      expect(run.state.over).toBeDefined();
      const found = saids([run.state, run.events, run.actions]);
      // The AI explained itself at least once: deals were answered with reasons.
      expect(found.length).toBeGreaterThan(0);
      expect(found.some((s) => s.key === 'reason.accepts' || s.key === 'reason.refuses' || s.key === 'reason.acceptsForGoals')).toBe(true);
      const w = englishWords(sc);
      for (const s of found) {
        expect(isMessageKey(s.key), s.key).toBe(true);
        const text = w.say(s);
        expect(text, s.key).not.toMatch(/\{\w+(:\w+)?\}/);
        expect(text, s.key).not.toBe(s.key);
      }
      // Engine causes name their rule; every other cause keeps the scenario's own label.
      for (const e of run.state.ledger) expect(e.cause.rule !== undefined || e.cause.label !== undefined, e.cause.id).toBe(true);
      // Decisions hold ids, not phrases.
      for (const d of run.state.decisions) if (d.detail !== undefined) expect(d.detail, d.kind).not.toMatch(/^(to|with) /);
      // And none of the sentences the sim once wrote is left (the scenario's own words may stay).
      for (const [what, json] of [
        ['state', JSON.stringify(run.state)],
        ['events', JSON.stringify(run.events)],
        ['actions', JSON.stringify(run.actions)],
      ] as const) {
        for (const fragment of OLD_ENGLISH) expect(json.includes(fragment), `${what} holds "${fragment}"`).toBe(false);
      }
    },
  );
});
