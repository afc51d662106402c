import { html } from 'lit-html';
import type { StoreApi } from 'zustand/vanilla';
import type { MessageKey } from '../i18n/catalogue';
import type { Words } from '../present/words';
import type { GameStore } from '../state/createGameStore';
import { loadSettings, onSettingsChange, type Settings, updateSettings } from '../state/persistSettings';
import { languageField } from './languageField';
import { type Mount, type MountOptions, mountView } from './view';

type Level = 'master' | 'music' | 'effects';

const LEVELS: readonly [Level, MessageKey][] = [
  ['master', 'settings.master'],
  ['music', 'settings.music'],
  ['effects', 'settings.effects'],
];

function slider(w: Words, m: Mount, s: Settings, level: Level, label: MessageKey) {
  const id = m.id(`setting-${level}`);
  const pct = Math.round(s[level] * 100);
  const value = w.t('settings.value', { value: pct });
  return html`<div class="setting-row">
    <label for=${id}>${w.t(label)}</label>
    <input type="range" id=${id} min="0" max="100" step="5" class="setting-slider" .value=${String(pct)} aria-valuetext=${value}
      @input=${(e: Event) => updateSettings({ [level]: Number((e.target as HTMLInputElement).value) / 100 })} />
    <output for=${id} id=${m.id(`setting-${level}-value`)} class="setting-value">${value}</output>
  </div>`;
}

/**
 * The settings: the interface's language, and master, music and effects volume (sliders with
 * their values) and mute, remembered in this browser. Every control is a native input with a
 * label, so it is reachable and named for the keyboard and screen readers.
 */
export function mountSettingsPanel(root: HTMLElement, store: StoreApi<GameStore>, options: MountOptions = {}): () => void {
  // The sound settings live outside the store (they are not part of any game): re-render when they change.
  let refresh = (): void => {};
  const unmount = mountView(
    root,
    store,
    () => [],
    (_s, w, m) => {
      refresh = m.refresh;
      const settings = loadSettings();
      const mute = m.id('setting-mute');
      return html`<div class="language-settings">${languageField(w, m, 'setting-language')}</div>
        <section class="settings-panel" aria-labelledby=${m.id('settings-title')}>
          <h2 id=${m.id('settings-title')}>${w.t('settings.title')}</h2>
          ${LEVELS.map(([level, label]) => slider(w, m, settings, level, label))}
          <div class="setting-row">
            <input type="checkbox" id=${mute} .checked=${settings.muted}
              @change=${(e: Event) => updateSettings({ muted: (e.target as HTMLInputElement).checked })} />
            <label for=${mute}>${w.t('settings.mute')}</label>
          </div>
          <p class="help">${w.t('settings.note')}</p>
        </section>`;
    },
    options,
  );
  const off = onSettingsChange(() => refresh());
  return () => {
    off();
    unmount();
  };
}
