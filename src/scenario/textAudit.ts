import type { Text } from '../sim';
import type { CrossProblem } from './crossCheck';
import type { Path } from './locate';
import { wordWithoutPath } from './problem';
import { scenarioSchema } from './schema';
import { MarkedText, type TextKind, withMarks } from './textMark';

/** One text of a scenario file: where it is (as zod and the YAML give it, and by id), its kind and value. */
export type AuditedText = {
  path: readonly (string | number)[];
  /** The path with list items named by their id where they have one: `events/tolls/options/pay/label`. */
  key: string;
  kind: TextKind;
  value: Text;
  /** For a quote: its gloss, by language. */
  gloss?: Readonly<Record<string, string>>;
};

/** A key of a text map: a language code, or one with `.basic` (its basic reading). */
export const TEXT_KEY = /^[a-z]{2,3}(\.basic)?$/;

/**
 * Every text of a scenario file, in file order, found by the schema itself: a second parse with the
 * texts marked (see textMark.ts), so whatever the schema calls text is audited, and nothing else.
 * Empty when the data does not parse (the validator has said why).
 */
export function auditTexts(data: unknown): AuditedText[] {
  const parsed = withMarks(() => scenarioSchema.safeParse(data));
  if (!parsed.success) return [];
  const out: AuditedText[] = [];
  const walk = (x: unknown, path: (string | number)[], key: string[]): void => {
    if (x instanceof MarkedText) {
      const entry: AuditedText = { path, key: key.join('/'), kind: x.kind, value: x.value };
      out.push(entry);
      return;
    }
    if (Array.isArray(x)) {
      x.forEach((v, i) => {
        const id =
          v !== null && typeof v === 'object' && typeof (v as { id?: unknown }).id === 'string' ? (v as { id: string }).id : String(i);
        walk(v, [...path, i], [...key, id]);
      });
      return;
    }
    if (x !== null && typeof x === 'object') {
      for (const [k, v] of Object.entries(x)) walk(v, [...path, k], [...key, k]);
      const gloss = (x as { gloss?: unknown }).gloss;
      const quoteKey = [...key, 'quote'].join('/');
      const quote = [...out].reverse().find((t) => t.key === quoteKey && t.kind === 'quote');
      if (gloss && typeof gloss === 'object' && quote) quote.gloss = gloss as Record<string, string>;
    }
  };
  walk(parsed.data, [], []);
  return out;
}

/** What a file claims: the languages its texts are written in (English always), and whether each has a basic reading. */
export type TextClaims = { languages: readonly string[]; basic: boolean };

export function claimsOf(data: unknown): TextClaims {
  const d = (data ?? {}) as { languages?: unknown; readings?: unknown };
  const languages = Array.isArray(d.languages) ? d.languages.filter((x): x is string => typeof x === 'string') : [];
  return { languages: [...new Set(['en', ...languages])], basic: Array.isArray(d.readings) && d.readings.includes('basic') };
}

/** What one text lacks of the file's claims: languages, and basic readings (kinds `reading` only). Quotes lack glosses. */
export function missingOf(t: AuditedText, claims: TextClaims): string[] {
  const has = (k: string): boolean => (typeof t.value === 'string' ? k === 'en' : Object.hasOwn(t.value, k) && t.value[k] !== '');
  const langs = claims.languages.filter((l) => l !== 'en');
  if (t.kind === 'quote') return langs.filter((l) => !t.gloss?.[l]);
  if (t.kind === 'original') return [];
  const need = [...langs, ...(t.kind === 'reading' && claims.basic ? claims.languages.map((l) => `${l}.basic`) : [])];
  return need.filter((k) => !has(k));
}

/** At most this many texts are named one by one per kind of lack; the rest are counted in one line. */
const NAMED = 100;

/**
 * The validator's word on a file's translations: each text that lacks a language (or a basic
 * reading) the file claims, a text map with a key that is no language code, and a language or
 * reading a text carries that the file does not claim (so nobody forgets to say it). Warnings: a
 * half-translated file still plays, in English where a language is missing.
 */
export function textProblems(data: unknown): CrossProblem[] {
  const claims = claimsOf(data);
  const texts = auditTexts(data);
  const out: CrossProblem[] = [];
  const warn = (path: Path, key: Parameters<typeof wordWithoutPath>[0], params: Record<string, string | number>, at?: string): void => {
    out.push({ path, message: wordWithoutPath(key, params), msg: { key, params }, severity: 'warning', ...(at ? { key: at } : {}) });
  };
  const unclaimed = new Set<string>();
  let lacking = 0;
  for (const t of texts) {
    if (typeof t.value === 'object')
      for (const k of Object.keys(t.value)) {
        if (!TEXT_KEY.test(k)) warn(t.path, 'validator.text.badKey', { name: k }, k);
        else if (!claims.languages.includes(k.replace('.basic', ''))) unclaimed.add(k.replace('.basic', ''));
        else if (k.endsWith('.basic') && !claims.basic) unclaimed.add('basic');
      }
    const missing = missingOf(t, claims);
    if (missing.length === 0) continue;
    lacking++;
    if (lacking <= NAMED)
      warn(t.path, t.kind === 'quote' ? 'validator.text.noGloss' : 'validator.text.missing', { langs: missing.join(', ') });
  }
  if (lacking > NAMED) warn([], 'validator.text.missingMore', { count: lacking - NAMED, total: lacking });
  for (const code of unclaimed)
    warn(code === 'basic' ? ['readings'] : ['languages'], code === 'basic' ? 'validator.text.unclaimedBasic' : 'validator.text.unclaimed', {
      code,
    });
  return out;
}
