import './tooltip.css';

/** A line of the tooltip: text, with an optional colour swatch. */
import type { TipLine } from '../../present/describe';

export type { TipLine };

/**
 * The hover tooltip, as DOM over the canvas: crisp at any size, and text a
 * screen reader could read (the same figures are in the DOM table).
 */
export class MapTooltip {
  private readonly el: HTMLDivElement;

  constructor(private readonly parent: HTMLElement) {
    this.el = document.createElement('div');
    this.el.className = 'map-tooltip';
    this.el.setAttribute('role', 'tooltip');
    this.el.hidden = true;
    parent.append(this.el);
  }

  show(x: number, y: number, title: string, lines: TipLine[]): void {
    const el = this.el;
    el.replaceChildren();
    const h = document.createElement('strong');
    h.className = 'title';
    h.textContent = title;
    el.append(h);
    for (const l of lines) {
      const row = document.createElement('div');
      row.className = l.strong ? 'row strong' : 'row';
      if (l.swatch !== undefined) {
        const s = document.createElement('span');
        s.className = 'swatch';
        s.style.background = `#${l.swatch.toString(16).padStart(6, '0')}`;
        row.append(s);
      }
      row.append(document.createTextNode(l.text));
      el.append(row);
    }
    el.hidden = false;
    // Keep it inside the map: flip to the other side of the pointer near an edge.
    const w = el.offsetWidth;
    const hgt = el.offsetHeight;
    const pw = this.parent.clientWidth;
    const ph = this.parent.clientHeight;
    const left = x + 16 + w > pw ? x - 16 - w : x + 16;
    const top = y + 16 + hgt > ph ? Math.max(4, y - 16 - hgt) : y + 16;
    el.style.left = `${Math.max(4, left)}px`;
    el.style.top = `${top}px`;
  }

  hide(): void {
    this.el.hidden = true;
  }

  destroy(): void {
    this.el.remove();
  }
}
