import type { StoreApi } from 'zustand/vanilla';
import type { Scenario } from '../sim';
import type { GameStore } from '../state/createGameStore';

/*
 * Opening the pages the start screen and the game menu offer (Sources & checks, Who's who) and
 * choosing the scenario they show. Kept apart from the pages themselves, which load later
 * (src/ui/gameScreens.ts), so the start screen's first script does not carry them.
 */

/** The scenario the start screen is setting up (its draft's, else the first offered). */
export function setupScenarioId(s: GameStore): string | undefined {
  return s.ui.setup?.scenarioId ?? s.cards[0]?.id;
}

/** The scenario the page lists: the game's, or on the start screen the one being set up once it is loaded (openSources loads it). */
export function scenarioShown(s: GameStore): Scenario | null {
  if (s.ui.screen !== 'start' && s.entry) return s.entry.scenario;
  const id = setupScenarioId(s);
  return s.scenarios.find((e) => e.id === id)?.scenario ?? null;
}

/** On the start screen, fetches the scenario being set up (the pages opened from there show all of it). */
export function loadShownScenario(store: StoreApi<GameStore>): void {
  const s = store.getState();
  const id = setupScenarioId(s);
  if (s.ui.screen === 'start' && id !== undefined) void s.loadScenario(id);
}

/**
 * Opens the Sources & checks page (at a reference, when given). From inside a menu, the menu
 * closes first and its button takes focus, so closing the page gives focus back to a visible control.
 */
export function openSources(store: StoreApi<GameStore>, from?: EventTarget | null, ref?: string): void {
  const menu = from instanceof Element ? from.closest('details.menu') : null;
  if (menu instanceof HTMLDetailsElement) {
    menu.open = false;
    menu.querySelector<HTMLElement>('summary')?.focus();
  }
  const d = store.getState().ui.dialog;
  // Opened over another dialog (a reference in the deal builder, Who's who, How to play): that one comes back after.
  const kept = d?.kind === 'sources' ? { marked: !!d.marked, ...(d.back ? { back: d.back } : {}) } : d ? { back: d } : {};
  loadShownScenario(store);
  store.getState().openDialog({ kind: 'sources', ...kept, ...(ref ? { ref } : {}) });
}

/** Opens Who's who (from a menu: the menu closes first and its button takes focus). */
export function openWhosWho(store: StoreApi<GameStore>, from?: EventTarget | null): void {
  const menu = from instanceof Element ? from.closest('details.menu') : null;
  if (menu instanceof HTMLDetailsElement) {
    menu.open = false;
    menu.querySelector<HTMLElement>('summary')?.focus();
  }
  loadShownScenario(store);
  store.getState().openDialog({ kind: 'whosWho' });
}
