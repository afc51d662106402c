/** Strings for languages and reading levels: the switches, the setup's choice, quotes and their glosses. */
export const languages = {
  'sources.gloss': '(meaning: {text})',
  'reading.label': 'Reading level',
  'reading.advanced': 'Advanced',
  'reading.basic': 'Basic',
  'reading.hint': 'Basic: shorter sentences and everyday words, for younger readers and language learners.',
  'setupLink.badReading': 'it names a reading level the game does not have, “{value}” (basic or advanced).',

  // Words the sim names as data (a nested Said), so a refusal reads in the player's language.
  'target.kind.department': 'department',
  'target.kind.site': 'site',
  'offer.status.proposed': 'open',
  'offer.status.signed': 'signed',
  'offer.status.rejected': 'rejected',
  'offer.status.countered': 'countered',
  'offer.status.withdrawn': 'withdrawn',
  'offer.status.expired': 'expired',
  'offer.status.completed': 'completed',
  'offer.status.broken': 'broken',
  'offer.status.unwound': 'unwound',
  // The debrief's timeline, for a decision of a kind this version does not know (a newer save's).
  'end.decision.unknownKind': 'Decision',
  // A page's title where it has nothing more particular to name (the teacher guide without a scenario).
  'page.teacherGuide': 'Altiplano: teacher guide',
} as const;
