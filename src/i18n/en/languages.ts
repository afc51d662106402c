/** Strings for languages and reading levels: the switches, the setup's choice, quotes and their glosses. */
export const languages = {
  'sources.gloss': '(meaning: {text})',
  'reading.label': 'Reading level',
  'reading.advanced': 'Advanced',
  'reading.basic': 'Basic',
  'reading.hint': 'Basic: shorter sentences and everyday words, for younger readers and language learners.',
} as const;
