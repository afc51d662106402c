import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../src/scenario/jsonSchema';

/** Issue 15 part 3: scenarios/FORMAT.md covers every key of the format, and the things authors asked about. */
const FORMAT = readFileSync(join(__dirname, '..', '..', 'scenarios', 'FORMAT.md'), 'utf8');

function schemaKeys(): Set<string> {
  type Node = Record<string, unknown>;
  const js = scenarioJsonSchema() as Node;
  const defs = (js.$defs ?? {}) as Record<string, Node>;
  const keys = new Set<string>();
  const seen = new Set<unknown>();
  const walk = (raw: unknown): void => {
    if (raw === null || typeof raw !== 'object' || seen.has(raw)) return;
    seen.add(raw);
    const n = raw as Node;
    if (typeof n.$ref === 'string') walk(defs[n.$ref.replace('#/$defs/', '')]);
    for (const [k, v] of Object.entries((n.properties ?? {}) as Record<string, unknown>)) {
      keys.add(k);
      walk(v);
    }
    for (const k of ['items', 'additionalProperties']) walk(n[k]);
    for (const k of ['anyOf', 'oneOf', 'allOf', 'prefixItems']) if (Array.isArray(n[k])) for (const x of n[k] as unknown[]) walk(x);
  };
  walk(js);
  return keys;
}

describe('scenarios/FORMAT.md', () => {
  it('names every key of the format, in code or in a YAML example', () => {
    const keys = [...schemaKeys()];
    expect(keys.length).toBeGreaterThan(150);
    const esc = (k: string) => k.replace(/[$.]/g, '\\$&');
    const missing = keys.filter((k) => !new RegExp(`\`[^\`\\n]*\\b${esc(k)}\\b[^\`\\n]*\`|\\b${esc(k)}:|${esc(k)}:`).test(FORMAT));
    expect(missing).toEqual([]);
  });

  it.each([
    ['version', /`version`.*revision/],
    ['the initial block', /`initial` \| yes/],
    ['the nine department ids', /`BO-L` \(La Paz\).*`BO-N` \(Pando\)/s],
    ['population and gdpShare', /`population` \(optional.*`gdpShare` \(optional/s],
    ["a project's id", /project's id is its action's id/],
    ['values, reservation and points', /reservation.*Worth is \*\*not score points\*\*/s],
    ['the amount trap', /`add: 4`.*\+400, clamped/s],
    ['style', /`style` \(`boulware`/],
    ['budget timing', /Budgets refill at the end of every turn/],
    ['heavyHanded and kind', /`heavyHanded: true` marks.*The rules are the same/s],
    ['range objectives', /cannot name a department/],
    ['the $schema path from any folder', /PATH is relative to the file/],
    ['PORT', /PORT=8080 npm start/],
    ['scenario:new', /npm run scenario:new -- my-id/],
    ['sim --side and --policy', /--side ACTOR.*--policy ACTOR=LEVEL/s],
    ['warnings and --strict', /\*\*Warnings\*\*.*--strict/s],
    ['a broken file never blocks the game', /A broken file never blocks the game/],
    ['the map', /## The map.*maps\/README\.md/s],
  ])('explains %s', (_what, text) => {
    expect(FORMAT).toMatch(text);
  });
});
