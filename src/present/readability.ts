/**
 * Readability figures of plain text: Flesch–Kincaid grade for English, Fernández-Huerta for Spanish.
 * Syllables are counted by rule (English by vowel groups with its silent endings; Spanish by vowel
 * nuclei, splitting strong-vowel pairs and accented weak vowels), which is what such figures are
 * computed with; they guide a writer, they do not grade one.
 */
export type TextCounts = { sentences: number; words: number; syllables: number };

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Sentences end at . ! ? or … followed by a space or the end (a text without a final stop is one more). */
function sentenceCount(text: string): number {
  const marks = text.match(/[.!?…]+["”’)]*(?=\s|$)/g)?.length ?? 0;
  return Math.max(1, marks + (/[.!?…]["”’)]*\s*$/.test(text.trim()) ? 0 : 1));
}

export function englishSyllables(word: string): number {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w === '') return /\d/.test(word) ? 2 : 0;
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (m) => m.slice(0, 1)).replace(/^y/, '');
  const groups = w.match(/[aeiouy]+/g)?.length ?? 0;
  return Math.max(1, groups);
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
 * Fernández-Huerta reading ease (0–100, higher is easier; 80–90 "easy", about 12 years old;
 * 70–80 "fairly easy", 60–70 "normal"), in Law's corrected form: 206.84 − 0.60·P − 1.02·F, with P the
 * syllables and F the sentences per 100 words.
 */
export function fernandezHuerta(c: TextCounts): number {
  if (c.words === 0) return 0;
  return 206.84 - 0.6 * ((100 * c.syllables) / c.words) - 1.02 * ((100 * c.sentences) / c.words);
}

/** The figure for a language: Flesch–Kincaid grade (English) or Fernández-Huerta ease (Spanish). */
export function readabilityOf(c: TextCounts, lang: string): { measure: 'fk-grade' | 'fernandez-huerta'; value: number } {
  return lang.startsWith('es')
    ? { measure: 'fernandez-huerta', value: fernandezHuerta(c) }
    : { measure: 'fk-grade', value: fleschKincaidGrade(c) };
}
