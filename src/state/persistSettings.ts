/**
 * Player settings that are not part of any game (sound for now), remembered in
 * localStorage. The settings panel writes them; the audio reads them and hears
 * about changes through `onSettingsChange`.
 */
export type AudioSettings = {
  /** 0..1 each. */
  master: number;
  music: number;
  effects: number;
  muted: boolean;
};

export const SETTINGS_KEY = 'altiplano.settings';

export const DEFAULT_SETTINGS: AudioSettings = { master: 0.8, music: 0.5, effects: 0.8, muted: false };

const clamp01 = (x: unknown, dflt: number): number => (typeof x === 'number' && Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : dflt);

/** Reads settings from untrusted JSON text: anything missing or wrong falls back to its default. */
export function parseSettings(text: string | null): AudioSettings {
  let raw: unknown = null;
  try {
    raw = text === null ? null : JSON.parse(text);
  } catch {
    raw = null;
  }
  const o = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    master: clamp01(o.master, DEFAULT_SETTINGS.master),
    music: clamp01(o.music, DEFAULT_SETTINGS.music),
    effects: clamp01(o.effects, DEFAULT_SETTINGS.effects),
    muted: typeof o.muted === 'boolean' ? o.muted : DEFAULT_SETTINGS.muted,
  };
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

let current: AudioSettings | null = null;
const listeners = new Set<(s: AudioSettings) => void>();

export function loadSettings(): AudioSettings {
  current ??= parseSettings(storage()?.getItem(SETTINGS_KEY) ?? null);
  return current;
}

/** Changes some settings, remembers them and tells every listener. */
export function updateSettings(patch: Partial<AudioSettings>): AudioSettings {
  current = parseSettings(JSON.stringify({ ...loadSettings(), ...patch }));
  try {
    storage()?.setItem(SETTINGS_KEY, JSON.stringify(current));
  } catch {
    // storage full or disabled: the setting holds for this visit only
  }
  for (const l of listeners) l(current);
  return current;
}

export function onSettingsChange(listener: (s: AudioSettings) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
