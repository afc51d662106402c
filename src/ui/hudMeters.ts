import { html } from 'lit-html';
import type { StoreApi } from 'zustand/vanilla';
import type { MessageKey } from '../i18n/catalogue';
import { arrow, formatDelta, formatValue, type MeterInfo, meterList, shownChange } from '../present/meterInfo';
import type { Words } from '../present/words';
import { type GameState, readMeter, turnDate } from '../sim';
import type { GameStore } from '../state/createGameStore';
import { sparkline } from './charts';
import { type Glossing, glossed, glossing } from './glossary';
import { deltaSignal, type Looking, looking, signalLegend, toneFor, toneWords } from './signals';
import { idPart, type Mount, type MountOptions, mountView } from './view';

/** The value a meter is compared with: the snapshot from the start of the previous turn. */
export function baseline(game: GameState): { values: Record<string, number>; turn: number } {
  const hist = game.history;
  const snap = hist.length >= 2 ? hist[hist.length - 2] : hist[0];
  return { values: snap?.national ?? game.national, turn: (snap?.turn ?? 0) + 1 };
}

/** A meter's values over the game so far: every recorded turn, then the present. */
export function series(game: GameState, id: string): number[] {
  return [...game.history.map((s) => s.national[id] ?? 0), readMeter(game, id)];
}

function meterRow(
  s: GameStore,
  w: Words,
  mount: Mount,
  game: GameState,
  m: MeterInfo,
  base: ReturnType<typeof baseline>,
  since: string,
  at: Looking,
  g: Glossing,
) {
  const v = readMeter(game, m.id);
  // The change is the difference of the values as shown (then and now), at the digits both are shown with.
  const { digits, delta: d } = shownChange(m, base.values[m.id] ?? v, v);
  const dir = arrow(m, d, digits);
  const tone = toneWords(w, dir === '▬' ? 'neutral' : toneFor(at.sc, at.side, m.id, d), at.side, at.you);
  const change =
    dir === '▬'
      ? w.t('hud.flat')
      : `${w.t(d > 0 ? 'hud.up' : 'hud.down', { value: formatDelta(w, m, Math.abs(d), digits).replace(/^\+/, '') })}${tone ? `, ${tone}` : ''}`;
  const hist = series(game, m.id);
  const lo = m.id === 'gdp' ? 0 : m.min;
  const hi = m.id === 'gdp' ? Math.max(...hist) * 2 : m.max;
  const open = s.ui.meterDetail?.meter === m.id && s.ui.meterDetail.department === undefined;
  const toggle = (): void => s.setUi({ meterDetail: open ? null : { meter: m.id } });
  return html`<li class="meter-row${open ? ' open' : ''}" data-meter=${m.id}>
    <div class="meter-body">
      <span class="name">${glossed(g, m.name)}</span>
      <span
        class="value"
        role="meter"
        aria-label=${m.name}
        aria-valuenow=${Number(v.toFixed(3))}
        aria-valuemin=${lo}
        aria-valuemax=${hi}
        aria-valuetext=${w.t('hud.meterText', { value: formatValue(w, m, v, digits), change, date: since })}
      >${formatValue(w, m, v, digits)}</span>
      ${deltaSignal(w, at, m, d, digits, w.t('hud.since', { date: since }))}
      ${sparkline(hist, m.color ?? 'currentColor')}
    </div>
    <button type="button" class="why" id=${mount.id(`why-${idPart(m.id)}`)} aria-expanded=${open ? 'true' : 'false'} aria-controls=${mount.id('causes-panel')} @click=${toggle}>
      <span aria-hidden="true">?</span><span class="sr-only">${w.t('hud.whyLabel', { name: m.name })}</span>
    </button>
  </li>`;
}

/**
 * The meters: each with its value, its change since the start of last turn (arrow and
 * sign, not colour alone) and a trend line; each exposed as a meter to assistive
 * technology, and each a button that opens the list of what moved it.
 */
export function mountHudMeters(root: HTMLElement, store: StoreApi<GameStore>, options: MountOptions = {}): () => void {
  return mountView(
    root,
    store,
    (s) => [s.game, s.entry, s.ui.meterDetail, s.choice],
    (s, w, m) => {
      const { game, entry } = s;
      if (!game || !entry) return html``;
      const sc = entry.scenario;
      const base = baseline(game);
      const date = turnDate(sc, base.turn);
      const since = w.quarter(date.year, date.quarter);
      const groups = new Map<string, MeterInfo[]>();
      for (const info of meterList(w, sc)) groups.set(info.group, [...(groups.get(info.group) ?? []), info]);
      const at = looking(s, sc);
      // A meter's name may be a term of art ("Fiscal squeeze"): its first use opens its meaning. The
      // meter role sits on the value, so the name's button is not hidden inside a meter.
      const g = glossing(w, sc, m, 'hud');
      return html`<h2 class="panel-title">${w.t('hud.metersTitle')}</h2>
        <p class="hint">${w.t('hud.metersHint')}</p>
        <p class="signal-legend">${signalLegend(w, at)}</p>
        ${[...groups.entries()].map(
          ([group, list]) => html`<section class="meter-group" aria-labelledby=${m.id(`mg-${group}`)}>
            <h3 id=${m.id(`mg-${group}`)}>${w.t(`hud.group.${group}` as MessageKey, { host: w.host() })}</h3>
            <ul class="meters">
              ${list.map((info) => meterRow(s, w, m, game, info, base, since, at, g))}
            </ul>
          </section>`,
        )}`;
    },
    options,
  );
}
