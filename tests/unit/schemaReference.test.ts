import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../src/scenario/jsonSchema';

/**
 * Issue 15 part 3: the generated JSON Schema explains every key on hover in an editor. Every
 * property of every object the schema allows has its own description, and the descriptions are
 * the field's own (not one text shared by many keys).
 */
type Node = Record<string, unknown>;
const js = scenarioJsonSchema() as Node;
const defs = (js.$defs ?? {}) as Record<string, Node>;
const deref = (n: Node): Node => (typeof n.$ref === 'string' ? (defs[n.$ref.replace('#/$defs/', '')] ?? n) : n);

function properties(): { path: string; description: string | undefined }[] {
  const out: { path: string; description: string | undefined }[] = [];
  const seen = new Set<Node>();
  const walk = (raw: unknown, path: string): void => {
    if (raw === null || typeof raw !== 'object') return;
    const n = deref(raw as Node);
    if (seen.has(n)) return;
    seen.add(n);
    for (const [k, v] of Object.entries((n.properties ?? {}) as Record<string, Node>)) {
      out.push({ path: `${path}.${k}`, description: (v.description ?? deref(v).description) as string | undefined });
      walk(v, `${path}.${k}`);
    }
    if (n.items) walk(n.items, `${path}[]`);
    if (n.additionalProperties) walk(n.additionalProperties, `${path}{}`);
    for (const key of ['anyOf', 'oneOf', 'allOf', 'prefixItems'])
      if (Array.isArray(n[key])) for (const x of n[key] as unknown[]) walk(x, path);
  };
  walk(js, '');
  return out;
}

describe('the scenario JSON Schema, as a reference', () => {
  const props = properties();

  it('gives every key a description', () => {
    expect(props.length).toBeGreaterThan(300);
    expect(props.filter((p) => !p.description).map((p) => p.path)).toEqual([]);
  });

  it('says what the keys authors asked about mean, with units and ranges', () => {
    const at = (path: string): string => props.find((p) => p.path === path)?.description ?? '';
    expect(at('.events[].chance')).toMatch(/0 to 1/);
    expect(at('.terms[].values')).toMatch(/reservation/);
    expect(at('.terms[].values')).toMatch(/not score points/);
    expect(at('.terms[].onSign')).toMatch(/multiplied by the amount/);
    expect(at('.negotiation.actors{}.reservation')).toMatch(/0\.5 when absent/);
    expect(at('.negotiation.actors{}.style')).toMatch(/boulware/);
    expect(at('.terms[].minTrust')).toMatch(/0 to 100/);
    expect(at('.actions[].aiWeight')).toMatch(/0 to 100/);
    expect(at('.actions[].heavyHanded')).toMatch(/warns/);
    expect(at('.actions[].kind')).toMatch(/rules treat every kind alike/);
    expect(at('.version')).toMatch(/revision/);
    expect(at('.initial')).toMatch(/required/);
    expect(at('.departments[].id')).toMatch(/BO-L \(La Paz\)/);
    expect(at('.departments[].population')).toMatch(/population-weighted/);
    expect(at('.actions[].id')).toMatch(/project it builds has this id/);
    expect(at('.actors[].budget.money')).toMatch(/US\$ million/);
  });

  it('no one description stands for many different keys', () => {
    const count = new Map<string, Set<string>>();
    for (const p of props) {
      const key = p.path.split('.').at(-1) ?? '';
      const d = p.description ?? '';
      count.set(d, (count.get(d) ?? new Set()).add(key));
    }
    // A description may serve one key in many places (every sources list), never many keys.
    const shared = [...count].filter(([, keys]) => keys.size > 3).map(([d, keys]) => `${d} ← ${[...keys].join(', ')}`);
    expect(shared).toEqual([]);
  });
});
