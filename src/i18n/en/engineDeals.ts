/** Words for presets that start later, terms that can be unavailable, and deals unwound (issue 11). */
export const engineDeals = {
  'saves.error.unknownPreset': 'The save is for a game length ("{id}") that the scenario "{scenario}" no longer has.',
} as const;
