import type { StoreApi } from 'zustand/vanilla';
import { fmt } from '../present/format';
import { t } from '../i18n/messages';
import { departmentName, describeProject } from '../present/describe';
import { CONTESTED_MARGIN, departmentStyle, FRAGILE, influenceFill, leadOf, powersOf, TIED, UNSTABLE } from '../present/overlayStyle';
import { NEUTRAL, SITE_EDGE, SITE_FILL, STABILITY_HIGH, STABILITY_LOW, stabilityColour } from '../present/palette';
import { iconShape, SITE_ICONS, type SiteIcon } from '../present/siteIcons';
import { textOf } from '../sim';
import type { GameStore, Overlay } from '../state/createGameStore';
import { clear, h } from './dom';
import './mapControls.css';

/** Departments laid out roughly as on the map: west to east, north to south. */
const GRID = ['BO-L', 'BO-N', 'BO-B', 'BO-O', 'BO-C', 'BO-S', 'BO-P', 'BO-H', 'BO-T'];
const COLS = 3;
const SVG = 'http://www.w3.org/2000/svg';
const hex = (c: number): string => `#${c.toString(16).padStart(6, '0')}`;

function svg(w: number, hgt: number, children: SVGElement[]): SVGSVGElement {
  const el = document.createElementNS(SVG, 'svg');
  el.setAttribute('width', String(w));
  el.setAttribute('height', String(hgt));
  el.setAttribute('viewBox', `0 0 ${w} ${hgt}`);
  el.setAttribute('aria-hidden', 'true');
  el.append(...children);
  return el;
}

function s(tag: string, attrs: Record<string, string | number>): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

/** A legend swatch: a fill with the map's pattern drawn on it. */
function swatch(fill: number, pattern: 'none' | 'hatch' | 'dots' | 'dotsDense' = 'none', patternColour = 0xf2efe6): SVGSVGElement {
  const kids: SVGElement[] = [
    s('rect', { x: 0.5, y: 0.5, width: 27, height: 17, rx: 2, fill: hex(fill), stroke: '#f2efe6', 'stroke-opacity': 0.6 }),
  ];
  if (pattern === 'hatch')
    for (let k = -18; k < 28; k += 7)
      kids.push(s('line', { x1: k, y1: 18, x2: k + 18, y2: 0, stroke: hex(patternColour), 'stroke-width': 2 }));
  if (pattern === 'dots' || pattern === 'dotsDense') {
    const step = pattern === 'dots' ? 7 : 5;
    for (let y = 3; y < 17; y += step)
      for (let x = 3 + ((y / step) % 2) * (step / 2); x < 27; x += step)
        kids.push(s('circle', { cx: x, cy: y, r: pattern === 'dots' ? 1.3 : 1.5, fill: hex(patternColour) }));
  }
  return svg(28, 18, kids);
}

function iconSvg(icon: SiteIcon): SVGSVGElement {
  const shape = iconShape(icon);
  const r = 6;
  if (!shape) {
    const kids = [s('circle', { cx: 9, cy: 9, r: r * 0.85, fill: hex(SITE_FILL), stroke: hex(SITE_EDGE), 'stroke-width': 2 })];
    if (icon === 'capital') kids.push(s('circle', { cx: 9, cy: 9, r: r * 0.35, fill: hex(SITE_EDGE) }));
    return svg(18, 18, kids);
  }
  return svg(18, 18, [
    s('polygon', {
      points: shape.map(([x, y]) => `${9 + x * r},${9 + y * r}`).join(' '),
      fill: hex(SITE_FILL),
      stroke: hex(SITE_EDGE),
      'stroke-width': 2,
    }),
  ]);
}

function item(graphic: SVGSVGElement, text: string): HTMLLIElement {
  return h('li', {}, [graphic as unknown as Node, h('span', {}, [text])]);
}

/**
 * Controls beside the map: the overlay switch, the legend for the current
 * overlay, the departments as keyboard-reachable buttons (they select exactly
 * like a click on the map), and the selected department's figures and projects.
 */
export function mountMapControls(root: HTMLElement, store: StoreApi<GameStore>): () => void {
  const radios = (['influence', 'stability'] as Overlay[]).map((o) =>
    h('input', { type: 'radio', name: 'map-overlay', value: o, onchange: () => store.getState().setUi({ overlay: o }) }),
  );
  const overlaySwitch = h('fieldset', { class: 'overlay-switch' }, [
    h('legend', {}, [t('map.overlay')]),
    ...radios.map((r) =>
      h('label', {}, [r, h('span', {}, [t(r.value === 'influence' ? 'map.overlay.influence' : 'map.overlay.stability')])]),
    ),
  ]);
  const legend = h('div', { class: 'map-legend', role: 'group', 'aria-label': t('map.legend') });
  const buttons = new Map<string, HTMLButtonElement>();
  const grid = h('div', {
    class: 'department-grid',
    role: 'group',
    'aria-labelledby': 'mapctl-departments-title',
    'aria-description': t('map.departments.hint'),
  });
  const selected = h('section', { class: 'selected-department', 'aria-live': 'polite' });
  root.append(
    // The selected department first: right under the map, where a click on the map shows it.
    h('section', { class: 'mapctl', 'aria-label': t('map.controls') }, [
      selected,
      h('div', { class: 'mapctl-view' }, [overlaySwitch, legend]),
      h('div', { class: 'mapctl-departments' }, [h('h3', { class: 'sub', id: 'mapctl-departments-title' }, [t('map.departments')]), grid]),
    ]),
  );

  const select = (id: string | null): void => store.getState().setUi({ selectedDepartment: id, selectedSite: null });
  /** Columns as laid out now (the grid wraps with the width). */
  const cols = (): number => {
    const tops = [...buttons.values()].map((b) => b.offsetTop);
    const first = tops[0];
    const n = tops.filter((x) => x === first).length;
    return n > 0 ? n : COLS;
  };
  const move = (from: string, key: string): string | null => {
    const i = GRID.indexOf(from);
    const step = key === 'ArrowRight' ? 1 : key === 'ArrowLeft' ? -1 : key === 'ArrowDown' ? cols() : key === 'ArrowUp' ? -cols() : 0;
    if (key === 'Home') return GRID[0] ?? null;
    if (key === 'End') return GRID[GRID.length - 1] ?? null;
    if (!step) return null;
    const j = i + step;
    return GRID[j < 0 || j >= GRID.length ? (j + GRID.length) % GRID.length : j] ?? null;
  };

  let legendFor = '';
  const renderLegend = (): void => {
    const { entry, ui } = store.getState();
    const key = `${entry?.id}|${ui.overlay}`;
    if (!entry || key === legendFor) return;
    legendFor = key;
    clear(legend);
    const powers = powersOf(entry.scenario.actors);
    const list = h('ul', { class: 'legend-list' });
    if (ui.overlay === 'influence') {
      for (const p of powers) list.append(item(swatch(p.colour), t('map.legend.leads', { actor: textOf(p.actor.name) })));
      const first = powers[0];
      if (first) {
        const ramp = svg(
          28,
          18,
          [0, 1, 2, 3].map((k) =>
            s('rect', { x: k * 7, y: 0.5, width: 7, height: 17, fill: hex(influenceFill(first.colour, (k / 3) * 30)) }),
          ),
        );
        list.append(item(ramp, t('map.legend.strength')));
        list.append(
          item(
            swatch(influenceFill(first.colour, 4), 'hatch', powers[1]?.colour ?? 0xf2efe6),
            t('map.legend.contested', { n: CONTESTED_MARGIN }),
          ),
        );
        list.append(item(swatch(NEUTRAL, 'hatch', TIED), t('map.legend.tied')));
      }
    } else {
      const span = STABILITY_HIGH - STABILITY_LOW;
      const ramp = svg(
        120,
        18,
        Array.from({ length: 20 }, (_, k) =>
          s('rect', { x: k * 6, y: 0.5, width: 6.5, height: 17, fill: hex(stabilityColour(STABILITY_LOW + ((k + 0.5) / 20) * span)) }),
        ),
      );
      list.append(
        h('li', { class: 'ramp' }, [
          h('span', {}, [t('map.legend.unstable', { n: STABILITY_LOW })]),
          ramp as unknown as Node,
          h('span', {}, [t('map.legend.stable', { n: STABILITY_HIGH })]),
        ]),
      );
      list.append(item(swatch(stabilityColour(40), 'dots'), t('map.legend.fragile', { n: FRAGILE })));
      list.append(item(swatch(stabilityColour(20), 'dotsDense'), t('map.legend.veryFragile', { n: UNSTABLE })));
    }
    const places = h(
      'ul',
      { class: 'legend-list places' },
      SITE_ICONS.map((i) => item(iconSvg(i), t(`map.legend.site.${i}`))),
    );
    const building = svg(18, 18, [
      s('circle', { cx: 9, cy: 9, r: 6.5, fill: 'none', stroke: '#f2efe6', 'stroke-width': 2, 'stroke-dasharray': '3 2.2' }),
    ]);
    const built = svg(18, 18, [
      s('circle', { cx: 9, cy: 9, r: 7, fill: hex(powers[0]?.colour ?? NEUTRAL), stroke: '#ffffff', 'stroke-width': 2 }),
      s('rect', { x: 6.5, y: 6.5, width: 5, height: 5, fill: '#ffffff' }),
    ]);
    const route = svg(28, 18, [s('path', { d: 'M2 15 Q 14 -2 26 6', fill: 'none', stroke: '#f2efe6', 'stroke-width': 2 })]);
    places.append(item(building, t('map.legend.building')), item(built, t('map.legend.built')), item(route, t('map.legend.route')));
    legend.append(h('h3', { class: 'sub' }, [t('map.legend')]), list, places);
  };

  const renderButtons = (): void => {
    const { entry, game, ui } = store.getState();
    if (!entry) return;
    const powers = powersOf(entry.scenario.actors);
    const ids = GRID.filter((id) => entry.scenario.departments.some((d) => d.id === id));
    if (buttons.size !== ids.length) {
      clear(grid);
      buttons.clear();
      for (const id of ids) {
        const b = h(
          'button',
          {
            type: 'button',
            class: 'department-button',
            'data-department': id,
            onclick: () => select(id),
            onfocus: () => store.getState().setUi({ hoveredDepartment: id }),
            onblur: () => store.getState().setUi({ hoveredDepartment: null }),
            onkeydown: (e: Event) => {
              const next = move(id, (e as KeyboardEvent).key);
              if (!next) return;
              e.preventDefault();
              buttons.get(next)?.focus();
            },
          },
          [h('span', { class: 'chip' }), h('span', { class: 'name' }, [departmentName(entry, id)])],
        );
        buttons.set(id, b);
        grid.append(b);
      }
    }
    const focusable = ui.selectedDepartment && buttons.has(ui.selectedDepartment) ? ui.selectedDepartment : ids[0];
    for (const [id, b] of buttons) {
      b.setAttribute('aria-pressed', String(ui.selectedDepartment === id));
      b.tabIndex = id === focusable ? 0 : -1;
      const chip = b.querySelector('.chip') as HTMLElement;
      const style = departmentStyle(ui.overlay, game?.departments[id], powers);
      chip.style.background = hex(style.fill);
      chip.dataset.pattern = style.pattern;
    }
  };

  let selectedFor: unknown[] = [];
  const renderSelected = (): void => {
    const { entry, game, ui } = store.getState();
    const key = [entry, game, ui.selectedDepartment, ui.selectedSite];
    if (key.every((k, i) => k === selectedFor[i])) return;
    selectedFor = key;
    clear(selected);
    const id = ui.selectedDepartment;
    const d = id ? game?.departments[id] : undefined;
    if (!entry || !game || !id || !d) {
      selected.append(h('p', { class: 'hint' }, [t('map.selected.none')]));
      return;
    }
    const powers = powersOf(entry.scenario.actors);
    const lead = leadOf(d, powers);
    const leaderName = lead.leader ? textOf(powers.find((p) => p.id === lead.leader)?.actor.name ?? lead.leader) : null;
    const rows: [string, string, string][] = [
      ['stability', t('map.selected.stability'), fmt(d.stability, 0)],
      ...powers.map((p): [string, string, string] => [
        `influence.${p.id}`,
        t('map.selected.influence', { actor: textOf(p.actor.name) }),
        fmt(d.influence[p.id] ?? 0, 0),
      ]),
      [
        'leader',
        t('map.selected.leader'),
        leaderName
          ? `${t('map.selected.leads', { actor: leaderName, margin: fmt(lead.margin, 0) })}${lead.margin < CONTESTED_MARGIN ? ` (${t('map.selected.contested')})` : ''}`
          : t('map.selected.noLeader'),
      ],
    ];
    const sites = (entry.scenario.sites ?? []).filter((x) => x.department === id);
    const siteIds = new Set(sites.map((x) => x.id));
    const projects = game.projects.filter(
      (p) => p.status !== 'retired' && (p.department === id || (p.target !== undefined && (p.target === id || siteIds.has(p.target)))),
    );
    selected.append(
      h('h3', {}, [departmentName(entry, id)]),
      h(
        'dl',
        { class: 'figures' },
        rows.map(([key, k, v]) => h('div', { 'data-figure': key }, [h('dt', {}, [k]), h('dd', {}, [v])])),
      ),
      ...(sites.length
        ? [
            h('h4', {}, [t('map.selected.sites')]),
            h(
              'ul',
              { class: 'sites' },
              sites.map((x) => h('li', { class: x.id === ui.selectedSite ? 'current' : undefined }, [textOf(x.name)])),
            ),
          ]
        : []),
      h('h4', {}, [t('map.selected.projects')]),
      projects.length
        ? h(
            'ul',
            { class: 'projects' },
            projects.map((p) => h('li', { 'data-status': p.status }, [describeProject(entry, p)])),
          )
        : h('p', { class: 'hint' }, [t('map.selected.noProjects')]),
      h('button', { type: 'button', class: 'clear', onclick: () => select(null) }, [t('map.selected.clear')]),
    );
  };

  const render = (): void => {
    const overlay = store.getState().ui.overlay;
    for (const r of radios) r.checked = r.value === overlay;
    renderLegend();
    renderButtons();
    renderSelected();
  };
  render();
  const unsubscribe = store.subscribe(render);
  return () => {
    unsubscribe();
    root.querySelector('.mapctl')?.remove();
  };
}
