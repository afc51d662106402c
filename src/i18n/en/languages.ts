/** Strings for languages and reading levels: the switches, the setup's choice, quotes and their glosses. */
export const languages = {
  'sources.gloss': '(meaning: {text})',
  'reading.label': 'Reading level',
  'reading.advanced': 'Advanced',
  'reading.basic': 'Basic',
  'reading.hint': 'Basic: shorter sentences and everyday words, for younger readers and language learners.',
  'setupLink.badReading': 'it names a reading level the game does not have, “{value}” (basic or advanced).',
} as const;
