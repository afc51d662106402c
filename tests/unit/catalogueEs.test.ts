import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Message } from '../../src/i18n/message';

/**
 * Issue 16: the Spanish catalogue, area by area (src/i18n/es/<area>.ts beside src/i18n/en/<area>.ts).
 * The compiler already lists missing and stray keys; this checks what it cannot: every placeholder
 * of the English message is in the Spanish one and no other, plural messages stay plural on the same
 * count, and no message was left in English.
 */
const DIR = join(__dirname, '../../src/i18n');
const areas = readdirSync(join(DIR, 'es'))
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.replace(/\.ts$/, ''));

/** English words that never appear in Spanish text: a message holding one was not translated. */
const ENGLISH =
  /(?<!\p{L})(the|and|of|to|with|your|you|this|that|is|are|was|turn|turns|deal|deals|influence|stability|offer|game|not|for|from|what|which|who|have|will|would|can|cannot|its|it|be|by|on|an|or)(?!\p{L})/iu;

const variants = (m: Message): string[] =>
  typeof m === 'string'
    ? [m]
    : Object.entries(m)
        .filter(([k]) => k !== 'count')
        .map(([, v]) => v as string);
const names = (m: Message): Set<string> =>
  new Set(variants(m).flatMap((v) => [...v.matchAll(/\{(\w+)(?::[\w]+)?\}/g)].map((x) => x[1] as string)));

describe.each(areas)('the Spanish %s area', (area) => {
  it('has every placeholder of the English, no other, and the same plural count', async () => {
    const en = Object.values(await import(`../../src/i18n/en/${area}.ts`))[0] as Record<string, Message>;
    const es = Object.values(await import(`../../src/i18n/es/${area}.ts`))[0] as Record<string, Message>;
    const bad: string[] = [];
    for (const [key, m] of Object.entries(es)) {
      const source = en[key];
      if (source === undefined) {
        bad.push(`${key}: not an English key`);
        continue;
      }
      const want = [...names(source)].sort().join(',');
      const got = [...names(m)].sort().join(',');
      if (want !== got) bad.push(`${key}: placeholders {${got}} where English has {${want}}`);
      if (typeof source !== 'string' && (typeof m === 'string' || (m.count ?? 'count') !== (source.count ?? 'count')))
        bad.push(`${key}: English is plural on "${source.count ?? 'count'}"; Spanish must be too`);
      for (const v of variants(m)) {
        const plain = v.replace(/\{[^}]*\}/g, ' ');
        if (ENGLISH.test(plain) && variants(source).includes(v)) bad.push(`${key}: still in English: ${v}`);
        else if (ENGLISH.test(plain)) bad.push(`${key}: holds an English word (${plain.match(ENGLISH)?.[0]}): ${v}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
