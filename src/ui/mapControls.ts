import { html } from 'lit-html';
import type { StoreApi } from 'zustand/vanilla';
import type { Words } from '../present/words';
import type { GameStore, Overlay } from '../state/createGameStore';
import { departmentGrid } from './departmentGrid';
import { mapLegend } from './mapLegend';
import { selectedDepartment } from './selectedDepartment';
import { type Mount, type MountOptions, mountView } from './view';
import './mapControls.css';

const OVERLAYS: readonly [Overlay, 'map.overlay.influence' | 'map.overlay.stability'][] = [
  ['influence', 'map.overlay.influence'],
  ['stability', 'map.overlay.stability'],
];

function overlaySwitch(s: GameStore, w: Words, m: Mount) {
  return html`<fieldset class="overlay-switch">
    <legend>${w.t('map.overlay')}</legend>
    ${OVERLAYS.map(
      ([o, label]) => html`<label>
        <input type="radio" name=${m.id('map-overlay')} value=${o} .checked=${s.ui.overlay === o} @change=${() => m.store.getState().setUi({ overlay: o })} />
        <span>${w.t(label)}</span>
      </label>`,
    )}
  </fieldset>`;
}

/**
 * Controls beside the map: the selected department's figures and projects first (right under
 * the map, where a click on it shows them), the overlay switch, the legend for the current
 * overlay, and the departments as keyboard-reachable buttons.
 */
export function mountMapControls(root: HTMLElement, store: StoreApi<GameStore>, options: MountOptions = {}): () => void {
  return mountView(
    root,
    store,
    (s) => [s.entry, s.game, s.ui.overlay, s.ui.selectedDepartment, s.ui.selectedSite],
    (s, w, m) => html`<section class="mapctl" aria-label=${w.t('map.controls')}>
      <section class="selected-department" aria-live="polite">${selectedDepartment(s, w, m)}</section>
      <div class="mapctl-view">
        ${overlaySwitch(s, w, m)}
        <div class="map-legend" role="group" aria-label=${w.t('map.legend')}>${s.entry ? mapLegend(w, s.entry, s.ui.overlay) : ''}</div>
      </div>
      <div class="mapctl-departments">
        <h3 class="sub" id=${m.id('mapctl-departments-title')}>${w.t('map.departments')}</h3>
        ${departmentGrid(s, w, m)}
      </div>
    </section>`,
    options,
  );
}
