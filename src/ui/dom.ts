/**
 * Builds DOM elements. Text always goes in as text nodes, never as HTML, so
 * scenario text can never become markup or code.
 */
type Attrs = Record<string, string | number | boolean | undefined | ((e: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  children: (Node | string | null | undefined)[] = [],
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, '').toLowerCase(), v);
    else if (k === 'class') el.className = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined) el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return el;
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/**
 * Replaces the content of `root` with freshly built children, and gives focus back to the
 * element with the same id if it had it, so that re-rendering never throws keyboard users out.
 */
export function renderInto(root: Element, children: (Node | null | undefined)[]): void {
  const active = document.activeElement;
  const focusId = active && root.contains(active) && active.id ? active.id : null;
  clear(root);
  for (const c of children) if (c) root.append(c);
  if (focusId) {
    const again = document.getElementById(focusId);
    if (again instanceof HTMLElement) again.focus({ preventScroll: true });
  }
}

/** A stable, id-safe fragment from any string. */
export function idPart(s: string): string {
  return s.replace(/[^A-Za-z0-9_-]/g, '_');
}
