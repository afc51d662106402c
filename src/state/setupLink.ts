import { type AiLevel, hashValue, type Reading, type Said, said } from '../sim';
import type { GameChoice } from './gameChoice';
import type { ScenarioFace } from './scenarioCard';

/**
 * A class setup link: `index.html?scenario=…&preset=…&side=…&controllers=…&level=…&seed=…&lang=…&team=…[&reading=basic]&check=ABCD`.
 * A teacher's setup page makes one per team; opening it on any device sets up exactly that game.
 * The check code is a hash of the canonical setup, so a changed parameter is noticed (honesty,
 * not security: anyone can make a new link on the setup page). Pure: the page passes the query
 * string, the scenarios' faces and the languages it speaks.
 */

/** Who plays the other playable sides: the computer, or the same team taking turns on one device. */
export type Controllers = 'ai' | 'hotseat';

export type ClassSetup = {
  scenarioId: string;
  /** A preset's id, or `full` for the whole scenario. */
  preset: string;
  /** The side the team plays (in hot-seat, the side that moves first; the team plays every playable side). */
  side: string;
  controllers: Controllers;
  level: AiLevel;
  seed: number;
  lang: string;
  team: string;
  /** How plainly the scenario's texts read; a link says `reading=basic` only for the basic reading (older links have none). */
  reading: Reading;
};

/** The parameters of a link, in the order a link writes them. */
export const LINK_PARAMS = ['scenario', 'preset', 'side', 'controllers', 'level', 'seed', 'lang', 'team', 'check'] as const;
/** Parameters a link may leave out: each has a default (the advanced reading). */
export const OPTIONAL_PARAMS = ['reading'] as const;
export type LinkParam = (typeof LINK_PARAMS)[number] | (typeof OPTIONAL_PARAMS)[number];

export const FULL_GAME = 'full';
const LEVELS: readonly AiLevel[] = ['easy', 'normal', 'hard'];
const CONTROLLERS: readonly Controllers[] = ['ai', 'hotseat'];
/** A team's name is short: it heads a handout and names a file. */
export const MAX_TEAM = 40;
const MAX_SEED = 2 ** 31 - 1;
/** Letters and digits a person reads out without confusion (no I, O, 0, 1). */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** What a page's query string says about a class setup. */
export type LinkReading =
  | { kind: 'none' }
  | { kind: 'ok'; setup: ClassSetup; code: string }
  /** `problem` names what was wrong (a message key with its parameters). */
  | { kind: 'bad'; problem: Said };

/** A team's name as a link and a save hold it: spaces collapsed, trimmed; null when it is empty, too long or holds control characters. */
export function cleanTeam(name: string): string | null {
  const t = name.replace(/\s+/g, ' ').trim();
  if (t.length === 0 || t.length > MAX_TEAM || /\p{Cc}/u.test(t)) return null;
  return t;
}

/** A team's name as a file name's part: letters and digits kept (any script), lower case, the rest one dash each. */
export function teamFilePart(team: string): string {
  return team
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_TEAM);
}

/** The four-letter check code of a setup: the same setup always gives the same code. */
export function checkCode(s: ClassSetup): string {
  const h = Number.parseInt(hashValue(canonical(s)).slice(0, 8), 16);
  let out = '';
  for (let i = 0; i < 4; i++) out += CODE_ALPHABET[(h >>> (i * 5)) & 31];
  return out;
}

/** Every field of a setup, as the check code hashes it. */
function canonical(s: ClassSetup): Record<string, string | number> {
  return {
    scenario: s.scenarioId,
    preset: s.preset,
    side: s.side,
    controllers: s.controllers,
    level: s.level,
    seed: s.seed,
    lang: s.lang,
    team: s.team,
    // The advanced reading is said by its absence, so links made before reading levels keep their check code.
    ...(s.reading === 'basic' ? { reading: 'basic' } : {}),
  };
}

/** The query string of a setup's link (without `?`), its check code last. */
export function setupQuery(s: ClassSetup): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(canonical(s))) p.set(k, String(v));
  p.set('check', checkCode(s));
  return p.toString();
}

/** A setup's link: the game's page beside `base` (the setup page's own address), with the setup as its query. */
export function setupLink(base: string, s: ClassSetup): string {
  const u = new URL('./index.html', base);
  u.search = setupQuery(s);
  return u.toString();
}

/** Whether a query string is a class setup link at all: `?scenario=ID` alone is the start screen's own way to offer a scenario. */
function isLink(p: URLSearchParams): boolean {
  return [...p.keys()].some((k) => k !== 'scenario');
}

const bad = (key: string, params: Record<string, string> = {}): LinkReading => ({ kind: 'bad', problem: said(`setupLink.${key}`, params) });

/**
 * Reads a page's query string. Not a link: `none`. A link whose every parameter is known, present
 * once, valid for the scenarios and languages of this page, and whose check code matches: `ok`.
 * Anything else: `bad`, naming the first thing wrong.
 */
export function readSetupLink(search: string, cards: readonly { id: string; face: ScenarioFace }[], langs: readonly string[]): LinkReading {
  const p = new URLSearchParams(search);
  if (!isLink(p)) return { kind: 'none' };
  const keys = [...p.keys()];
  const unknown = keys.find((k) => !(LINK_PARAMS as readonly string[]).includes(k) && !(OPTIONAL_PARAMS as readonly string[]).includes(k));
  if (unknown !== undefined) return bad('unknownParam', { name: unknown.slice(0, 40) });
  for (const k of LINK_PARAMS) {
    const n = p.getAll(k).length;
    if (n === 0) return bad('missingParam', { name: k });
    if (n > 1) return bad('repeatedParam', { name: k });
  }
  for (const k of OPTIONAL_PARAMS) if (p.getAll(k).length > 1) return bad('repeatedParam', { name: k });
  const get = (k: LinkParam): string => p.get(k) ?? '';
  const shown = (k: LinkParam): string => get(k).slice(0, 40);
  const card = cards.find((c) => c.id === get('scenario'));
  if (!card) return bad('unknownScenario', { value: shown('scenario') });
  const sc = card.face;
  const preset = get('preset');
  if (preset !== FULL_GAME && !(sc.presets ?? []).some((x) => x.id === preset)) return bad('unknownPreset', { value: shown('preset') });
  if (!sc.actors.some((a) => a.id === get('side') && a.playable)) return bad('unknownSide', { value: shown('side') });
  const controllers = get('controllers') as Controllers;
  if (!CONTROLLERS.includes(controllers)) return bad('badControllers', { value: shown('controllers') });
  const level = get('level') as AiLevel;
  if (!LEVELS.includes(level)) return bad('badLevel', { value: shown('level') });
  const seedText = get('seed');
  if (!/^\d{1,10}$/.test(seedText) || Number(seedText) > MAX_SEED) return bad('badSeed', { value: shown('seed') });
  if (!langs.includes(get('lang'))) return bad('unknownLang', { value: shown('lang') });
  const readingText = p.get('reading');
  if (readingText !== null && readingText !== 'basic' && readingText !== 'advanced')
    return bad('badReading', { value: readingText.slice(0, 40) });
  const team = cleanTeam(get('team'));
  if (team === null || team !== get('team')) return bad('badTeam', { value: shown('team') });
  const setup: ClassSetup = {
    scenarioId: sc.id,
    preset,
    side: get('side'),
    controllers,
    level,
    seed: Number(seedText),
    lang: get('lang'),
    team,
    reading: readingText === 'basic' ? 'basic' : 'advanced',
  };
  const code = checkCode(setup);
  if (get('check').toUpperCase() !== code) return bad('wrongCheck', { value: shown('check') });
  return { kind: 'ok', setup, code };
}

/** The game a setup starts. */
export function choiceOf(s: ClassSetup, sc: Pick<ScenarioFace, 'presets'>): GameChoice {
  const preset = s.preset === FULL_GAME ? undefined : (sc.presets ?? []).find((p) => p.id === s.preset);
  return {
    scenarioId: s.scenarioId,
    side: s.side,
    seed: s.seed,
    ...(preset ? { preset: preset.id, turns: preset.turns } : {}),
    mode: s.controllers === 'hotseat' ? 'hotseat' : 'solo',
    aiLevel: s.level,
    team: s.team,
  };
}

/**
 * Whether a game in place is the one a setup starts (a student who reloads the page, or loads the
 * team's save on another device, keeps playing it under the class label; any other game is not).
 */
export function isClassGame(s: ClassSetup, choice: GameChoice | null): boolean {
  if (!choice) return false;
  const want = s.preset === FULL_GAME ? undefined : s.preset;
  return (
    choice.scenarioId === s.scenarioId &&
    choice.preset === want &&
    (s.controllers === 'hotseat' ? choice.mode === 'hotseat' : choice.side === s.side && (choice.mode ?? 'solo') === 'solo') &&
    (choice.aiLevel ?? 'normal') === s.level &&
    choice.seed === s.seed &&
    choice.team === s.team
  );
}
