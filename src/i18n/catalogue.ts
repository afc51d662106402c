import { audio } from './en/audio';
import { classroom } from './en/classroom';
import { classServer } from './en/classServer';
import { cleanText } from './en/cleanText';
import { compare } from './en/compare';
import { core } from './en/core';
import { counters } from './en/counters';
import { deals } from './en/deals';
import { engineDeals } from './en/engineDeals';
import { exports } from './en/exports';
import { help } from './en/help';
import { languages } from './en/languages';
import { map } from './en/map';
import { objectives } from './en/objectives';
import { panels } from './en/panels';
import { reasons } from './en/reasons';
import { refusals } from './en/refusals';
import { replay } from './en/replay';
import { saves } from './en/saves';
import { scenarioLoad } from './en/scenarioLoad';
import { screen } from './en/screen';
import { setup } from './en/setup';
import { signals } from './en/signals';
import { sourcesPage } from './en/sourcesPage';
import { teacherGuide } from './en/teacherGuide';
import { validator } from './en/validator';
import { workshop } from './en/workshop';
import type { Message } from './message';

export type { Message, PluralMessage } from './message';

/**
 * Every interface string the player reads, in English: the source catalogue. Each area keeps its
 * strings in en/<area>.ts. Scenario text comes from the scenario files, not from here.
 */
export const en = {
  ...core,
  ...map,
  ...panels,
  ...saves,
  ...scenarioLoad,
  ...audio,
  ...deals,
  ...engineDeals,
  ...reasons,
  ...counters,
  ...refusals,
  ...help,
  ...screen,
  ...cleanText,
  ...signals,
  ...objectives,
  ...sourcesPage,
  ...teacherGuide,
  ...exports,
  ...replay,
  ...setup,
  ...compare,
  ...classServer,
  ...classroom,
  ...workshop,
  ...validator,
  ...languages,
} as const;

export type MessageKey = keyof typeof en;

/**
 * The shape every other language's catalogue must have: one message for every key, so the
 * compiler lists any key a translation is missing (`export const es: Catalogue = { ... }`).
 */
export type Catalogue = { readonly [K in MessageKey]: Message };

/** A language the interface speaks: its own name, the locale its numbers are written in, and its catalogue. */
export type Language = {
  /** The language's name in itself ("Español"), for the switch. */
  name: string;
  /** The `Intl` locale numbers, plurals and dates follow (es-BO: Bolivia's "1.234,5"). */
  locale: string;
  /** Its catalogue, fetched when first chosen (only English is in the first script). */
  load: () => Promise<Catalogue>;
};

/** The languages the interface speaks, by code. */
export const LANGUAGES: Readonly<Record<string, Language>> = {
  en: { name: 'English', locale: 'en', load: async () => en },
  es: { name: 'Español', locale: 'es-BO', load: () => import('./es/index').then((m) => m.es) },
};

export const DEFAULT_LANGUAGE = 'en';

/** A language code the interface speaks, or the default. */
export function knownLanguage(code: unknown): string {
  return typeof code === 'string' && Object.hasOwn(LANGUAGES, code) ? code : DEFAULT_LANGUAGE;
}

const ready = new Map<string, Catalogue>([[DEFAULT_LANGUAGE, en]]);

/** The catalogue of a language once it is loaded (English always is); undefined before. */
export function catalogueOf(code: string): Catalogue | undefined {
  return ready.get(code);
}

/**
 * Loads a language's catalogue (once) and gives the code to use: the language itself, or the
 * default when the code is unknown or its catalogue cannot be fetched (offline, say), so a page
 * always has words to show.
 */
export async function loadLanguage(code: unknown): Promise<string> {
  const known = knownLanguage(code);
  if (ready.has(known)) return known;
  try {
    ready.set(known, await (LANGUAGES[known] as Language).load());
    return known;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

/** Registers a catalogue as loaded (tests, and a language whose catalogue came another way). */
export function provideLanguage(code: string, catalogue: Catalogue): void {
  ready.set(code, catalogue);
}
