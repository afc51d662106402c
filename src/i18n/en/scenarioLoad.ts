/** Strings for loading a scenario's data when it is chosen (start, load, resume, the teacher guide). */
export const scenarioLoad = {
  'scenarioLoad.loading': 'Loading {scenario}…',
  'scenarioLoad.unreachable':
    'The scenario “{scenario}” could not be downloaded. Check the connection and try again; nothing else was changed.',
  'scenarioLoad.corrupt':
    'The scenario “{scenario}” that was downloaded is damaged or out of date, so it was refused and nothing else was changed. Reload the page to fetch it again.',
  'scenarioLoad.retry': 'Try again',
  'scenarioLoad.resumeLater':
    'Your saved game in this browser could not be resumed now. It is kept and resumes when the page is opened again, unless a new game is started first. {reason}',
} as const;
