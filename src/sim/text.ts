import { own } from './own';
import type { Text } from './scenarioTypes';

/** The text in a language, falling back to English. */
export function textOf(t: Text | undefined, lang = 'en'): string {
  if (t === undefined) return '';
  if (typeof t === 'string') return t;
  return own(t, lang) ?? t.en;
}
