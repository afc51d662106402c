import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadScenarioText } from '../../src/scenario/loadScenario';

describe('the validator reports structural and reference problems in one run', () => {
  it('lists an unknown key together with unknown ids and an impossible total, each at its line', () => {
    const file = 'tests/fixtures/bad-mixed.yaml';
    const r = loadScenarioText(readFileSync(file, 'utf8'), file);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const lines = r.problems.map(formatProblem);
    expect(lines).toEqual([
      `${file}:8:92: actors[bo]: unknown key "colour"; did you mean "color"?`,
      `${file}:9:21: turnOrder[2]: unknown actor "china"`,
      `${file}:12:67: departments[BO-L].influence: "china" is not an actor of kind "power"`,
      `${file}:15:22: actions[a1].actor: unknown actor "nobody"`,
      `${file}:15:81: actions[a1].effects[0].meter: unknown meter "nope" (known: gdp, growth, stability, influence.us)`,
      `${file}:17:25: objectives[us].winAt: winAt 500 is more than the 10 points available in the full game`,
    ]);
  });
});
