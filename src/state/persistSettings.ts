import type { Reading } from '../sim';
/**
 * Player settings that are not part of any game (sound, the interface's language, whether the
 * first-game guide has been seen), remembered in localStorage. The settings panel writes them; the audio reads them and
 * hears about changes through `onSettingsChange`.
 */
export type AudioSettings = {
  /** 0..1 each. */
  master: number;
  music: number;
  effects: number;
  muted: boolean;
};

export type Settings = AudioSettings & {
  /** A language code the interface speaks. */
  lang: string;
  /** How plainly scenario texts read. */
  reading: Reading;
  /** The first-game guide was finished or skipped: it does not come back by itself (How to play reopens it). */
  guideDone: boolean;
};

export const SETTINGS_KEY = 'altiplano.settings';

export const DEFAULT_SETTINGS: Settings = {
  master: 0.8,
  music: 0.5,
  effects: 0.8,
  muted: false,
  lang: 'en',
  reading: 'advanced',
  guideDone: false,
};

const clamp01 = (x: unknown, dflt: number): number => (typeof x === 'number' && Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : dflt);

/**
 * Reads settings from untrusted JSON text: anything missing or wrong falls back to its default.
 * `languages` are the codes the interface speaks (src/state cannot import i18n: the caller
 * passes them); a remembered language outside them falls back to the first.
 */
export function parseSettings(text: string | null, languages: readonly string[] = [DEFAULT_SETTINGS.lang]): Settings {
  let raw: unknown = null;
  try {
    raw = text === null ? null : JSON.parse(text);
  } catch {
    raw = null;
  }
  const o = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const lang = typeof o.lang === 'string' && languages.includes(o.lang) ? o.lang : (languages[0] ?? DEFAULT_SETTINGS.lang);
  return {
    master: clamp01(o.master, DEFAULT_SETTINGS.master),
    music: clamp01(o.music, DEFAULT_SETTINGS.music),
    effects: clamp01(o.effects, DEFAULT_SETTINGS.effects),
    muted: typeof o.muted === 'boolean' ? o.muted : DEFAULT_SETTINGS.muted,
    lang,
    reading: o.reading === 'basic' ? 'basic' : 'advanced',
    guideDone: typeof o.guideDone === 'boolean' ? o.guideDone : DEFAULT_SETTINGS.guideDone,
  };
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

let current: Settings | null = null;
let spoken: readonly string[] = [DEFAULT_SETTINGS.lang];
const listeners = new Set<(s: Settings) => void>();

/** The remembered settings; `languages` (given once, by the page's entry) are the codes a remembered language may name. */
export function loadSettings(languages?: readonly string[]): Settings {
  if (languages) {
    spoken = languages;
    current = null;
  }
  current ??= parseSettings(storage()?.getItem(SETTINGS_KEY) ?? null, spoken);
  return current;
}

/** Changes some settings, remembers them and tells every listener. */
export function updateSettings(patch: Partial<Settings>): Settings {
  current = parseSettings(JSON.stringify({ ...loadSettings(), ...patch }), spoken);
  try {
    storage()?.setItem(SETTINGS_KEY, JSON.stringify(current));
  } catch {
    // storage full or disabled: the setting holds for this visit only
  }
  for (const l of listeners) l(current);
  return current;
}

export function onSettingsChange(listener: (s: Settings) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
