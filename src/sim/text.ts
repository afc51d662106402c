import { own } from './own';
import type { Text } from './scenarioTypes';

/** The text in a language, falling back to English. */
export function textOf(t: Text | undefined, lang = 'en'): string {
  if (t === undefined) return '';
  if (typeof t === 'string') return t;
  return own(t, lang) ?? t.en;
}

/**
 * Two scenario texts joined by `sep` in every language either has ("Event: option"), so a name
 * built from two names still reads in each of them; plain strings give a plain string.
 */
export function joinText(a: Text, sep: string, b: Text): Text {
  if (typeof a === 'string' && typeof b === 'string') return `${a}${sep}${b}`;
  const langs = new Set(['en', ...(typeof a === 'string' ? [] : Object.keys(a)), ...(typeof b === 'string' ? [] : Object.keys(b))]);
  const out: { en: string; [lang: string]: string } = { en: '' };
  for (const lang of langs) out[lang] = `${textOf(a, lang)}${sep}${textOf(b, lang)}`;
  return out;
}
