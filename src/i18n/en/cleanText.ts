/** Clean player-facing text (issue 10 part 5): sources by title, references resolved, possessives. */
export const cleanText = {
  'sources.designChoice': 'A design choice, not a fact.',
  'sources.designChoiceWhy': 'A design choice, not a fact: {text}',
  'sources.checkedText': 'How it was checked: {text}',
  'sources.references': 'Checked against',
  'sources.referencesAll': {
    one: 'The claims were checked against {count} reference:',
    other: 'The claims were checked against {count} references:',
  },
  'sources.referenceBy': '— {publisher}, {date}',
  'sources.referenceByUndated': '— {publisher}',
  /** A name's possessive when the scenario gives none ("Bolivia's"); a name ending in s takes only the apostrophe. */
  'name.possessive': "{name}'s",
  /** The host country's name before a scenario is chosen (the map's label, a menu). */
  'name.hostUnknown': 'the host country',
  'name.possessiveS': "{name}'",
  /** The viewer turned down the other side's offer (never "your offer" for theirs). */
  'builder.youRejected': 'You rejected {actor:poss} offer #{id}.',
} as const;
