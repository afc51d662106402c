/**
 * Good and bad from where the reader sits, the words for what drift and chance mean, projects
 * that cannot finish, and the turn report told as a story.
 */
export const signals = {
  // A change marked good or bad for the side looking (the mark is shown; the words are for screen readers).
  'signals.good': 'good for you',
  'signals.bad': 'bad for you',
  'signals.goodFor': 'good for {actor}',
  'signals.badFor': 'bad for {actor}',
  'signals.markGood': '✓',
  'signals.markBad': '✗',
  'signals.net': 'Net',
  'signals.legend': '✓ good for you, ✗ bad for you; ▲ ▼ say which way a number moved.',
  'signals.legendFor': 'Marks say what is good (✓) or bad (✗) for {actor}; ▲ ▼ say which way a number moved.',

  // What the engine's drift and chance mean, where the scenario has no words of its own.
  'signals.drift': '{meter} settles back toward its usual level',
  'signals.drift.growth': 'the economy returns toward its usual pace',
  'signals.drift.stability': 'tempers settle back toward their usual level',
  'signals.drift.influence': '{actor:poss} influence fades without new effort',
  'signals.chance': 'the unexpected',
  'signals.chanceUp': 'an unexpected rise',
  'signals.chanceDown': 'an unexpected fall',

  // A project that cannot be built before the game ends.
  'signals.projectLate': 'Cannot finish in this game: it would be built when turn {done} ends, and the game ends after turn {last}.',
  'signals.projectLateShort': 'Cannot finish before the game ends',
  'signals.projectOnTime': 'Built when turn {done} ends (the game ends after turn {last}).',

  // The turn report as a story.
  'signals.report.lead': 'What happened this turn, your own moves included, and what it changed.',
  'signals.story.title': 'What happened',
  'signals.story.lead': 'Your own moves first, then everything else, biggest effects first.',
  'signals.story.yours': 'Your move',
  'signals.story.effects': 'Effects:',
  'signals.story.more': { one: 'And {count} smaller change.', other: 'And {count} smaller changes.' },
  'signals.story.none': 'A quiet quarter.',
  'signals.story.ongoing': '{what} keeps working',
  'signals.story.deal': 'A deal at work: {what}',
} as const;
