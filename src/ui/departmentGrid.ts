import { html } from 'lit-html';
import { departmentStyle, powersOf } from '../present/overlayStyle';
import type { Words } from '../present/words';
import type { GameStore } from '../state/createGameStore';
import { cssColour } from './mapLegend';
import { styleProps } from './styleProps';
import type { Mount } from './view';

/** Departments laid out roughly as on the map: west to east, north to south. */
const GRID = ['BO-L', 'BO-N', 'BO-B', 'BO-O', 'BO-C', 'BO-S', 'BO-P', 'BO-H', 'BO-T'];
const COLS = 3;

/** Columns as laid out now (the grid wraps with the width). */
function columns(buttons: HTMLElement[]): number {
  const tops = buttons.map((b) => b.offsetTop);
  const n = tops.filter((x) => x === tops[0]).length;
  return n > 0 ? n : COLS;
}

/** Where an arrow, Home or End key moves from `from` in the grid, if anywhere. */
function moveFrom(ids: string[], from: string, key: string, cols: () => number): string | null {
  if (key === 'Home') return ids[0] ?? null;
  if (key === 'End') return ids[ids.length - 1] ?? null;
  const step = key === 'ArrowRight' ? 1 : key === 'ArrowLeft' ? -1 : key === 'ArrowDown' ? cols() : key === 'ArrowUp' ? -cols() : 0;
  if (!step) return null;
  const j = ids.indexOf(from) + step;
  return ids[(j + ids.length) % ids.length] ?? null;
}

/**
 * The departments as buttons that select exactly like a click on the map, one tab stop for the
 * group (the selected one, or the first), arrow keys moving between them as they are laid out.
 */
export function departmentGrid(s: GameStore, w: Words, m: Mount) {
  const { entry, game, ui } = s;
  if (!entry) return html``;
  const powers = powersOf(entry.scenario.actors);
  const ids = GRID.filter((id) => entry.scenario.departments.some((d) => d.id === id));
  const focusable = ui.selectedDepartment && ids.includes(ui.selectedDepartment) ? ui.selectedDepartment : ids[0];
  const buttons = (): HTMLElement[] => [...m.root.querySelectorAll<HTMLElement>('.department-button')];
  const key = (id: string) => (e: KeyboardEvent) => {
    const next = moveFrom(ids, id, e.key, () => columns(buttons()));
    if (!next) return;
    e.preventDefault();
    buttons()
      .find((b) => b.dataset.department === next)
      ?.focus();
  };
  const setUi = m.store.getState().setUi;
  return html`<div class="department-grid" role="group" aria-labelledby=${m.id('mapctl-departments-title')} aria-description=${w.t('map.departments.hint')}>
    ${ids.map((id) => {
      const style = departmentStyle(ui.overlay, game?.departments[id], powers);
      return html`<button type="button" class="department-button" data-department=${id} aria-pressed=${String(ui.selectedDepartment === id)}
        tabindex=${id === focusable ? 0 : -1} @click=${() => setUi({ selectedDepartment: id, selectedSite: null })}
        @focus=${() => setUi({ hoveredDepartment: id })} @blur=${() => setUi({ hoveredDepartment: null })} @keydown=${key(id)}>
        <span class="chip" data-pattern=${style.pattern} ${styleProps({ background: cssColour(style.fill) })}></span>
        <span class="name">${w.department(id)}</span>
      </button>`;
    })}
  </div>`;
}
