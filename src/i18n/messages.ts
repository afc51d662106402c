import { audio } from './en/audio';
import { core } from './en/core';
import { deals } from './en/deals';
import { map } from './en/map';
import { panels } from './en/panels';
import { refusals } from './en/refusals';
import { saves } from './en/saves';

/**
 * Every interface string the player reads, in one catalogue (English now; a
 * Spanish catalogue is a second object of the same shape). Scenario text comes
 * from the scenario files, not from here. Each area keeps its strings in en/<area>.ts.
 */
export const en = { ...core, ...map, ...panels, ...saves, ...audio, ...deals, ...refusals } as const;

export type MessageKey = keyof typeof en;

const catalogues: Record<string, Partial<Record<MessageKey, string>>> = { en };
let lang = 'en';

/** The language the interface speaks now (scenario text follows it where the file has it). */
export function language(): string {
  return lang;
}

export function setLanguage(code: string): void {
  lang = catalogues[code] ? code : 'en';
}

/** The message for `key` in the current language, with `{name}` placeholders filled in. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const raw = catalogues[lang]?.[key] ?? en[key];
  return raw.replace(/\{(\w+)\}/g, (_, k: string) => (params[k] !== undefined ? String(params[k]) : `{${k}}`));
}
