import type { Catalogue } from '../catalogue';
import { audio } from './audio';
import { classroom } from './classroom';
import { classServer } from './classServer';
import { cleanText } from './cleanText';
import { compare } from './compare';
import { core } from './core';
import { counters } from './counters';
import { deals } from './deals';
import { engineDeals } from './engineDeals';
import { exports } from './exports';
import { help } from './help';
import { languages } from './languages';
import { map } from './map';
import { objectives } from './objectives';
import { panels } from './panels';
import { reasons } from './reasons';
import { refusals } from './refusals';
import { replay } from './replay';
import { saves } from './saves';
import { scenarioLoad } from './scenarioLoad';
import { screen } from './screen';
import { setup } from './setup';
import { signals } from './signals';
import { sourcesPage } from './sourcesPage';
import { teacherGuide } from './teacherGuide';
import { validator } from './validator';
import { workshop } from './workshop';

/**
 * Every interface string in Spanish, as written for Bolivia (src/i18n/GLOSSARY.es.md lists the one
 * Spanish word for each game term). Typed as the whole catalogue: the compiler names any key missing.
 * Loaded when Spanish is first chosen (src/i18n/catalogue.ts, loadLanguage), never in the first script.
 */
export const es: Catalogue = {
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
};
