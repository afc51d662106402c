import { html, svg, type TemplateResult } from 'lit-html';
import { CONTESTED_MARGIN, FRAGILE, influenceFill, type Pattern, powersOf, TIED, UNSTABLE } from '../present/overlayStyle';
import { NEUTRAL, SITE_EDGE, SITE_FILL, STABILITY_HIGH, STABILITY_LOW, stabilityColour } from '../present/palette';
import { iconShape, iconsUsed, type SiteIcon } from '../present/siteIcons';
import type { Words } from '../present/words';
import type { Overlay, ScenarioEntry } from '../state/createGameStore';

/** A palette colour as CSS writes it. */
export const cssColour = (c: number): string => `#${c.toString(16).padStart(6, '0')}`;
const hex = cssColour;

/** A decorative drawing (the text beside it says what it means). */
function box(w: number, hgt: number, body: TemplateResult) {
  return html`<svg width=${w} height=${hgt} viewBox="0 0 ${w} ${hgt}" aria-hidden="true">${body}</svg>`;
}

/** A legend swatch: a fill with the map's pattern drawn on it. */
function swatch(fill: number, pattern: Pattern = 'none', patternColour = 0xf2efe6) {
  const marks: TemplateResult[] = [];
  if (pattern === 'hatch')
    for (let k = -18; k < 28; k += 7)
      marks.push(svg`<line x1=${k} y1="18" x2=${k + 18} y2="0" stroke=${hex(patternColour)} stroke-width="2"></line>`);
  if (pattern === 'dots' || pattern === 'dotsDense') {
    const step = pattern === 'dots' ? 7 : 5;
    for (let y = 3; y < 17; y += step)
      for (let x = 3 + ((y / step) % 2) * (step / 2); x < 27; x += step)
        marks.push(svg`<circle cx=${x} cy=${y} r=${pattern === 'dots' ? 1.3 : 1.5} fill=${hex(patternColour)}></circle>`);
  }
  return box(
    28,
    18,
    svg`<rect x="0.5" y="0.5" width="27" height="17" rx="2" fill=${hex(fill)} stroke="#f2efe6" stroke-opacity="0.6"></rect>${marks}`,
  );
}

function iconSvg(icon: SiteIcon) {
  const shape = iconShape(icon);
  const r = 6;
  if (!shape)
    return box(
      18,
      18,
      svg`<circle cx="9" cy="9" r=${r * 0.85} fill=${hex(SITE_FILL)} stroke=${hex(SITE_EDGE)} stroke-width="2"></circle>
        ${icon === 'capital' ? svg`<circle cx="9" cy="9" r=${r * 0.35} fill=${hex(SITE_EDGE)}></circle>` : ''}`,
    );
  const points = shape.map(([x, y]) => `${9 + x * r},${9 + y * r}`).join(' ');
  return box(18, 18, svg`<polygon points=${points} fill=${hex(SITE_FILL)} stroke=${hex(SITE_EDGE)} stroke-width="2"></polygon>`);
}

const item = (graphic: TemplateResult, text: string) => html`<li>${graphic}<span>${text}</span></li>`;

function influenceItems(w: Words, entry: ScenarioEntry) {
  const powers = powersOf(entry.scenario.actors);
  const first = powers[0];
  const ramp = first
    ? box(
        28,
        18,
        svg`${[0, 1, 2, 3].map((k) => svg`<rect x=${k * 7} y="0.5" width="7" height="17" fill=${hex(influenceFill(first.colour, (k / 3) * 30))}></rect>`)}`,
      )
    : null;
  return html`${powers.map((p) => item(swatch(p.colour), w.t('map.legend.leads', { actor: w.actor(p.id) })))}
  ${
    first && ramp
      ? html`${item(ramp, w.t('map.legend.strength'))}
        ${item(swatch(influenceFill(first.colour, 4), 'hatch', powers[1]?.colour ?? 0xf2efe6), w.t('map.legend.contested', { n: CONTESTED_MARGIN }))}
        ${item(swatch(NEUTRAL, 'hatch', TIED), w.t('map.legend.tied'))}`
      : ''
  }`;
}

function stabilityItems(w: Words) {
  const span = STABILITY_HIGH - STABILITY_LOW;
  const steps = Array.from({ length: 20 }, (_, k) => k);
  const ramp = box(
    120,
    18,
    svg`${steps.map((k) => svg`<rect x=${k * 6} y="0.5" width="6.5" height="17" fill=${hex(stabilityColour(STABILITY_LOW + ((k + 0.5) / 20) * span))}></rect>`)}`,
  );
  return html`<li class="ramp"><span>${w.t('map.legend.unstable', { n: STABILITY_LOW })}</span>${ramp}<span>${w.t('map.legend.stable', { n: STABILITY_HIGH })}</span></li>
    ${item(swatch(stabilityColour(40), 'dots'), w.t('map.legend.fragile', { n: FRAGILE }))}
    ${item(swatch(stabilityColour(20), 'dotsDense'), w.t('map.legend.veryFragile', { n: UNSTABLE }))}`;
}

/** The legend for the overlay shown: its colours and patterns, the site icons, projects and routes. */
export function mapLegend(w: Words, entry: ScenarioEntry, overlay: Overlay) {
  const powers = powersOf(entry.scenario.actors);
  const building = box(
    18,
    18,
    svg`<circle cx="9" cy="9" r="6.5" fill="none" stroke="#f2efe6" stroke-width="2" stroke-dasharray="3 2.2"></circle>`,
  );
  const built = box(
    18,
    18,
    svg`<circle cx="9" cy="9" r="7" fill=${hex(powers[0]?.colour ?? NEUTRAL)} stroke="#ffffff" stroke-width="2"></circle>
      <rect x="6.5" y="6.5" width="5" height="5" fill="#ffffff"></rect>`,
  );
  const route = box(28, 18, svg`<path d="M2 15 Q 14 -2 26 6" fill="none" stroke="#f2efe6" stroke-width="2"></path>`);
  return html`<h3 class="sub">${w.t('map.legend')}</h3>
    <ul class="legend-list">${overlay === 'influence' ? influenceItems(w, entry) : stabilityItems(w)}</ul>
    <ul class="legend-list places">
      ${iconsUsed(entry.scenario).map((i) => item(iconSvg(i), w.t(`map.legend.site.${i}`)))}
      ${item(building, w.t('map.legend.building'))} ${item(built, w.t('map.legend.built'))} ${item(route, w.t('map.legend.route'))}
    </ul>`;
}
