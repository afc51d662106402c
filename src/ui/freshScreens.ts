import type { StoreApi } from 'zustand/vanilla';
import type { GameStore } from '../state/createGameStore';

/** The boxes that scroll on their own: the side columns, the map's controls, the causes panel, the menu, the start and end screens. */
const SCROLLERS = '.meters-col, .side, .map-controls, .causes-panel, .menu-body, .screen';

function toTop(el: Element): void {
  el.scrollTop = 0;
  el.scrollLeft = 0;
}

/**
 * What the store cannot reset because the browser keeps it: scroll positions and the disclosures
 * (`<details>`) no store state drives. The store resets the screen state of every game put in
 * place in one place (`freshUi`, which counts them in `ui.fresh`); when that count moves, this
 * puts every scrolling box back at its top and closes every disclosure of the game screen, so a
 * new, loaded or imported game opens as a first game does. A start or end screen that shows
 * opens at its top too. Mount it after every view (it runs after they have rendered the change).
 */
export function mountFreshScreens(board: HTMLElement, store: StoreApi<GameStore>): () => void {
  return store.subscribe((s, p) => {
    if (s.ui.fresh !== p.ui.fresh) {
      for (const el of board.querySelectorAll(SCROLLERS)) toTop(el);
      // The game menu stays as it is: an import made from it tells its outcome there.
      for (const d of board.querySelectorAll<HTMLDetailsElement>('.shell details[open]:not(.menu)')) d.open = false;
      const page = document.scrollingElement;
      if (page) toTop(page);
    } else if (s.ui.screen !== p.ui.screen && s.ui.screen !== 'game') {
      const shown = board.querySelector(`.screen.${s.ui.screen}-screen`);
      if (shown) toTop(shown);
    }
  });
}
