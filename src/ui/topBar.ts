import type { StoreApi } from 'zustand/vanilla';
import { t } from '../i18n/messages';
import { currentActor, textOf, turnDate } from '../sim';
import type { GameStore } from '../state/createGameStore';
import { h } from './dom';
import { actorName } from '../present/names';
import { viewerOf } from './viewer';

/**
 * The bar above the map: date and turn, the side played, its budgets, the End turn
 * button (which says why it is disabled), and the game menu (new game, saves, settings).
 */
export function mountTopBar(root: HTMLElement, store: StoreApi<GameStore>, menuBody: HTMLElement): () => void {
  const date = h('p', { class: 'date', 'aria-live': 'polite', id: 'turn-status' });
  const who = h('p', { class: 'who' });
  const capital = h('span', { class: 'budget-value', id: 'budget-capital' });
  const money = h('span', { class: 'budget-value', id: 'budget-money' });
  const endHint = h('p', { class: 'end-hint', id: 'end-turn-hint' });
  const endTurn = h('button', { type: 'button', class: 'primary end-turn', id: 'end-turn', 'aria-describedby': 'end-turn-hint' }, [
    t('hud.endTurn'),
  ]);
  endTurn.addEventListener('click', () => {
    const side = viewerOf(store.getState());
    if (side) store.getState().dispatch({ type: 'endPhase', actor: side });
  });
  const menu = h('details', { class: 'menu' }, [h('summary', {}, [t('top.menu')]), menuBody]);
  root.append(
    h('div', { class: 'brand' }, [h('h1', {}, [t('app.title')]), who]),
    date,
    h('dl', { class: 'budgets', 'aria-label': t('hud.region') }, [
      h('div', {}, [h('dt', {}, [t('hud.capital')]), h('dd', {}, [capital])]),
      h('div', {}, [h('dt', {}, [t('hud.moneyShort')]), h('dd', {}, [money])]),
    ]),
    h('div', { class: 'end-wrap' }, [endTurn, endHint]),
    menu,
  );
  document.addEventListener('click', (e) => {
    if (menu.open && e.target instanceof Node && !menu.contains(e.target)) menu.open = false;
  });

  const render = (): void => {
    const { game, entry, choice } = store.getState();
    if (!game || !entry || !choice) return;
    const sc = entry.scenario;
    const date0 = turnDate(sc, game.turn).label;
    date.textContent = `${date0} · ${t('hud.turn', { turn: game.turn, turns: game.setup.turns })}`;
    const mode = choice.mode ?? 'solo';
    who.textContent =
      mode === 'watch'
        ? t('watch.who', { scenario: textOf(sc.title) })
        : mode === 'hotseat'
          ? t('hotseat.who', { actor: actorName(sc, choice.side), scenario: textOf(sc.title) })
          : t('top.playing', { actor: actorName(sc, choice.side), scenario: textOf(sc.title) });
    const b = game.actors[choice.side]?.budget;
    capital.textContent = t('hud.capitalValue', { value: b?.capital ?? 0 });
    money.textContent = t('hud.moneyValue', { value: b?.money ?? 0 });
    const pending = game.pending.some((p) => p.actor === choice.side);
    const myMove = currentActor(game, sc) === choice.side;
    const blocked = !!game.over || pending || !myMove;
    endTurn.disabled = blocked;
    endHint.textContent = game.over
      ? t('hud.gameOver')
      : pending
        ? t('hud.endTurnBlocked')
        : !myMove
          ? t('actions.notYourMove')
          : t('hud.endTurnReady', { date: date0 });
    endHint.classList.toggle('blocked', pending);
  };
  render();
  return store.subscribe(render);
}
