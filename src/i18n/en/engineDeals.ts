/** Words for presets that start later, terms that can be unavailable, and deals unwound (issue 11). */
export const engineDeals = {
  'reason.termUnavailable': '{term} cannot be agreed now: {text}',
  'reason.termUnavailableDefault': '{term} cannot be agreed now.',
  'reason.cannotSign': '{actor} cannot sign this deal as it stands.',
  'builder.unavailable': 'Not available now: {text}',
  'builder.unavailableDefault': 'Not available now.',
  'saves.error.unknownPreset': 'The save is for a game length ("{id}") that the scenario "{scenario}" no longer has.',
} as const;
