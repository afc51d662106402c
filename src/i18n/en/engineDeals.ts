/** Words for presets that start later, terms that can be unavailable, and deals unwound (issue 11). */
export const engineDeals = {
  'reason.termUnavailable': '{term} cannot be agreed now: {text}',
  'reason.termUnavailableDefault': '{term} cannot be agreed now.',
  'reason.cannotSign': '{actor} cannot sign this deal as it stands.',
  'builder.unavailable': 'Not available now: {text}',
  'builder.unavailableDefault': 'Not available now.',
  'news.dealUnwound': 'Deal #{deal} between {from} and {to} is unwound ({term}): {cause}',
  'dealsList.status.unwound': 'unwound: {cause}',
  'effect.unwind': 'Unwinds any deal in force with {term}',
  'effect.unwindBetween': 'Unwinds any deal in force between {a} and {b} with {term}',
  'start.presetFrom': { count: 'turns', one: '{name} ({turns} turn from {date})', other: '{name} ({turns} turns from {date})' },
  'saves.error.unknownPreset': 'The save is for a game length ("{id}") that the scenario "{scenario}" no longer has.',
} as const;
