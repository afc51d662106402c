/**
 * Readability figures of plain text: Flesch–Kincaid grade for English, Fernández-Huerta for Spanish.
 * Syllables are counted by rule (English by vowel groups with its silent endings; Spanish by vowel
 * nuclei, splitting strong-vowel pairs and accented weak vowels), which is what such figures are
 * computed with; they guide a writer, they do not grade one.
 */
export type TextCounts = { sentences: number; words: number; syllables: number };

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/**
 * Sentences end at . ! ? or … before a capital (or an opening mark) or the end of the text; not the
 * point of an abbreviation in capitals ("EE. UU.", "p. ej." is in lower case and runs on anyway).
 */
function sentenceCount(text: string): number {
  const t = text.trim();
  const ends = [...t.matchAll(/(\S*?)([.!?…]+)["”’)]*(?=\s+["“¿¡(]?[\p{Lu}\d]|\s*$)/gu)].filter(
    (m) => !(m[2] === '.' && /^\p{Lu}{1,3}$/u.test(m[1] ?? '') && m.index + m[0].length < t.length),
  );
  return Math.max(1, ends.length + (/[.!?…]["”’)]*$/.test(t) ? 0 : 1));
}

export function englishSyllables(word: string): number {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w === '') return /\d/.test(word) ? 2 : 0;
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (m) => m.slice(0, 1)).replace(/^y/, '');
  const groups = w.match(/[aeiouy]+/g)?.length ?? 0;
  // i before a, o or u is most often its own syllable (Bolivia, lithium, radio), but not in -tion, -sion, -cial.
  const split = w.match(/[^tsc]i[aou]/g)?.length ?? 0;
  return Math.max(1, groups + split);
}

const STRONG = 'aeoáéóíú';
const VOWEL = /[aeiouáéíóúüy]/;

export function spanishSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-záéíóúüñ]/g, '');
  if (w === '') return /\d/.test(word) ? 2 : 0;
  let count = 0;
  let prev = '';
  for (let i = 0; i < w.length; i++) {
    const c = w[i] as string;
    // y is a vowel only alone or at the end after a vowel (hoy, muy, y): then it joins that vowel.
    const isVowel = c === 'y' ? w.length === 1 : VOWEL.test(c);
    if (!isVowel) {
      prev = '';
      continue;
    }
    // "qu", "gu" before e/i: the u is silent.
    if (c === 'u' && (w[i - 1] === 'q' || w[i - 1] === 'g') && /[eéií]/.test(w[i + 1] ?? '')) continue;
    if (prev === '') count++;
    else if (STRONG.includes(c) && STRONG.includes(prev)) count++; // hiatus: two strong vowels (or an accented í/ú)
    prev = c;
  }
  return Math.max(1, count);
}

export function countText(text: string, lang: string): TextCounts {
  const words = text.match(WORD) ?? [];
  const syl = lang.startsWith('es') ? spanishSyllables : englishSyllables;
  return { sentences: sentenceCount(text), words: words.length, syllables: words.reduce((s, w) => s + syl(w), 0) };
}

export function addCounts(a: TextCounts, b: TextCounts): TextCounts {
  return { sentences: a.sentences + b.sentences, words: a.words + b.words, syllables: a.syllables + b.syllables };
}

/** Flesch–Kincaid grade level: the US school grade a reader needs (7 ≈ a 12–13-year-old). */
export function fleschKincaidGrade(c: TextCounts): number {
  if (c.words === 0) return 0;
  return 0.39 * (c.words / c.sentences) + 11.8 * (c.syllables / c.words) - 15.59;
}

/**
 * Fernández-Huerta reading ease (0–100, higher is easier: 80–90 "easy", about 11–12 years old;
 * 70–80 "fairly easy"; 60–70 "normal"): 206.84 − 0.60·P − 1.02·F, with P the syllables per 100 words
 * and F the words per sentence (Flesch's formula re-weighted for Spanish, as Law (2011) restates it).
 */
export function fernandezHuerta(c: TextCounts): number {
  if (c.words === 0) return 0;
  return 206.84 - 0.6 * ((100 * c.syllables) / c.words) - 1.02 * (c.words / c.sentences);
}

/** The figure for a language: Flesch–Kincaid grade (English) or Fernández-Huerta ease (Spanish). */
export function readabilityOf(c: TextCounts, lang: string): { measure: 'fk-grade' | 'fernandez-huerta'; value: number } {
  return lang.startsWith('es')
    ? { measure: 'fernandez-huerta', value: fernandezHuerta(c) }
    : { measure: 'fk-grade', value: fleschKincaidGrade(c) };
}
