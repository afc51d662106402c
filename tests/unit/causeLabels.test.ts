import { describe, expect, it } from 'vitest';
import { autoPlay, createGame, loadScenario } from '../../src/headless';
import { en } from '../../src/i18n/catalogue';
import { englishWords } from '../../src/present/words';
import { causeAssumption, causeLabel } from '../../src/ui/causes';
import { tinyScenario } from './helpers';

describe("the engine's own causes, in the reader's words", () => {
  it('every rule the engine names is worded from the message catalogue, with its numbers and names filled in', () => {
    const { scenario: sc } = loadScenario('paz-pivot');
    const s = autoPlay(createGame(sc, { seed: 2, levels: { us: 'normal', bolivia: 'normal', china: 'normal' } }), sc).state;
    const w = englishWords(sc);
    const seen = new Set<string>();
    for (const e of s.ledger) {
      if (!e.cause.rule) continue;
      seen.add(e.cause.rule);
      const label = causeLabel(w, sc, e.cause, e.delta);
      expect(label, e.cause.id).not.toMatch(/[{}]/);
      expect(label.length).toBeGreaterThan(2);
      // Drift and chance say what they mean: the scenario meter's own words where it has them.
      const meter = sc.meters?.find((m) => `${e.cause.rule}:${m.id}` === e.cause.id);
      if (e.cause.rule === 'drift') {
        expect(label).not.toMatch(/drift|toward \d/);
        const own = meter?.dynamics?.label;
        if (own !== undefined) expect(label).toBe(typeof own === 'string' ? own : own.en);
      }
      if (e.cause.rule === 'noise') {
        expect(label).not.toBe('chance');
        const own = meter?.dynamics?.chance;
        const text = own && (e.delta > 0 ? own.up : own.down);
        if (text !== undefined) expect(label).toBe(typeof text === 'string' ? text : text.en);
      }
      if (e.cause.rule === 'kept') expect(label).toMatch(/^kept its promise: [A-Z]/); // the term's name, not its id
      if (e.cause.rule === 'noise') expect(causeAssumption(w, e.cause)).toBe(en['cause.noise.assumption']);
    }
    expect([...seen]).toEqual(expect.arrayContaining(['drift', 'noise', 'gdp', 'kept']));
    // Scenario causes keep the scenario's own words.
    const action = s.ledger.find((e) => e.cause.kind === 'action');
    const label = action?.cause.label;
    expect(action && causeLabel(w, sc, action.cause)).toBe(typeof label === 'string' ? label : label?.en);
  });

  it("a driver without a label of its own is worded with the meters' names", () => {
    const base = tinyScenario();
    const sc = tinyScenario({
      economy: { ...base.economy, growth: { trend: 1, inertia: 0.5, drivers: [{ from: 'x', baseline: 0, coef: 0.1 }] } },
    });
    const s = autoPlay(createGame(sc, { seed: 1 }), sc).state;
    const driver = s.ledger.find((e) => e.cause.rule === 'driver');
    expect(driver?.cause.params).toEqual({ from: 'x', meter: 'growth' });
    expect(causeLabel(englishWords(sc), sc, driver!.cause)).toBe('X moves GDP growth');
  });
});
