import type { StoreApi } from 'zustand/vanilla';
import { type MessageKey, t } from '../i18n/messages';
import type { GameStore } from '../state/createGameStore';
import { type AudioSettings, loadSettings, onSettingsChange, updateSettings } from '../state/persistSettings';
import { h } from './dom';

type Level = 'master' | 'music' | 'effects';

/**
 * The settings panel: master, music and effects volume (sliders with their values)
 * and mute, remembered in this browser. Every control is a native input with a
 * label, so it is reachable and named for the keyboard and screen readers.
 */
export function mountSettingsPanel(root: HTMLElement, store: StoreApi<GameStore>): () => void {
  void store; // settings are not part of the game
  const sliders = new Map<Level, { input: HTMLInputElement; output: HTMLOutputElement }>();

  const row = (level: Level, label: MessageKey): HTMLElement => {
    const id = `setting-${level}`;
    const input = h('input', { type: 'range', id, min: 0, max: 100, step: 5, class: 'setting-slider' });
    const output = h('output', { for: id, id: `${id}-value`, class: 'setting-value' });
    input.addEventListener('input', () => updateSettings({ [level]: Number(input.value) / 100 }));
    sliders.set(level, { input, output });
    return h('div', { class: 'setting-row' }, [h('label', { for: id }, [t(label)]), input, output]);
  };

  const mute = h('input', { type: 'checkbox', id: 'setting-mute' });
  mute.addEventListener('change', () => updateSettings({ muted: mute.checked }));

  const show = (s: AudioSettings): void => {
    for (const [level, { input, output }] of sliders) {
      const pct = Math.round(s[level] * 100);
      input.value = String(pct);
      input.setAttribute('aria-valuetext', t('settings.value', { value: pct }));
      output.textContent = t('settings.value', { value: pct });
    }
    mute.checked = s.muted;
  };

  const panel = h('section', { class: 'settings-panel', 'aria-labelledby': 'settings-title' }, [
    h('h2', { id: 'settings-title' }, [t('settings.title')]),
    row('master', 'settings.master'),
    row('music', 'settings.music'),
    row('effects', 'settings.effects'),
    h('div', { class: 'setting-row' }, [mute, h('label', { for: 'setting-mute' }, [t('settings.mute')])]),
    h('p', { class: 'help' }, [t('settings.note')]),
  ]);
  root.append(panel);
  show(loadSettings());
  const unsubscribe = onSettingsChange(show);
  return () => {
    unsubscribe();
    panel.remove();
  };
}
