/** Strings for sound and the settings panel. */
export const audio = {
  'settings.title': 'Sound',
  'settings.master': 'Master volume',
  'settings.music': 'Music volume',
  'settings.effects': 'Effects volume',
  'settings.mute': 'Mute all sound',
  'settings.value': '{value}%',
  'settings.language': 'Language',
  'settings.note': 'Sound starts after your first click or key press. Settings are remembered in this browser.',
} as const;
