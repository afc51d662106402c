import { own } from './own';
import type { Text } from './scenarioTypes';

/** How plainly a text is written: `advanced` is a scenario's main text; `basic` its simpler reading (`en.basic`). */
export type Reading = 'advanced' | 'basic';

/**
 * The text in a language and reading: the basic reading in that language where asked and given,
 * else the language's main text, else (basic asked) the English basic reading, else English.
 */
export function textOf(t: Text | undefined, lang = 'en', reading: Reading = 'advanced'): string {
  if (t === undefined) return '';
  if (typeof t === 'string') return t;
  if (reading === 'basic') return own(t, `${lang}.basic`) ?? own(t, lang) ?? own(t, 'en.basic') ?? t.en;
  return own(t, lang) ?? t.en;
}

/** The language `textOf` shows a text in: `lang` when the text has it, else English. */
export function textLang(t: Text | undefined, lang: string): string {
  return typeof t === 'object' && (own(t, lang) !== undefined || own(t, `${lang}.basic`) !== undefined) ? lang : 'en';
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
