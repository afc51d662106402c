import type { StoreApi } from 'zustand/vanilla';
import type { Scenario } from '../sim';
import type { GameStore, ScenarioFace } from '../state/createGameStore';

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

/** What Who's who and How to play read (actors, glossary, sources): the game's scenario, or on the start screen the face of the one being set up. */
export function faceShown(s: GameStore): ScenarioFace | null {
  if (s.ui.screen !== 'start' && s.entry) return s.entry.scenario;
  const id = setupScenarioId(s);
  return s.cards.find((e) => e.id === id)?.face ?? null;
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
  // On the start screen the page needs the whole scenario being set up: fetched now if it is not yet.
  const s = store.getState();
  const id = setupScenarioId(s);
  if (s.ui.screen === 'start' && id !== undefined) void s.loadScenario(id);
  store.getState().openDialog({ kind: 'sources', ...kept, ...(ref ? { ref } : {}) });
}

/** Opens Who's who (from a menu: the menu closes first and its button takes focus). */
export function openWhosWho(store: StoreApi<GameStore>, from?: EventTarget | null): void {
  const menu = from instanceof Element ? from.closest('details.menu') : null;
  if (menu instanceof HTMLDetailsElement) {
    menu.open = false;
    menu.querySelector<HTMLElement>('summary')?.focus();
  }
  store.getState().openDialog({ kind: 'whosWho' });
}
