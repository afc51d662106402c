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

/** The languages the interface speaks: code → its own name and its catalogue. */
export const LANGUAGES: Readonly<Record<string, { name: string; catalogue: Catalogue }>> = {
  en: { name: 'English', catalogue: en },
};

export const DEFAULT_LANGUAGE = 'en';

/** A language code the interface speaks, or the default. */
export function knownLanguage(code: unknown): string {
  return typeof code === 'string' && Object.hasOwn(LANGUAGES, code) ? code : DEFAULT_LANGUAGE;
}
