/**
 * Pattern geometry in screen pixels, without Phaser: diagonal hatching and dot
 * grids clipped to a polygon set (even–odd over every ring, so holes stay clear).
 */
export type Pt = [number, number];
export type Segment = [number, number, number, number];

/** Diagonal (45°) hatch lines every `spacing` pixels, clipped to the rings. */
export function hatchSegments(rings: Pt[][], spacing: number): Segment[] {
  const s2 = Math.SQRT1_2;
  // Rotate so the hatch lines are horizontal: u along the line, v across.
  const rot = rings.map((r) => r.map(([x, y]): Pt => [(x + y) * s2, (y - x) * s2]));
  let vMin = Infinity;
  let vMax = -Infinity;
  for (const [, v] of rot.flat()) {
    vMin = Math.min(vMin, v);
    vMax = Math.max(vMax, v);
  }
  const out: Segment[] = [];
  for (let v = Math.ceil(vMin / spacing) * spacing; v <= vMax; v += spacing) {
    const us: number[] = [];
    for (const r of rot) {
      for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
        const [ui, vi] = r[i] as Pt;
        const [uj, vj] = r[j] as Pt;
        if (vi > v !== vj > v) us.push(ui + ((v - vi) * (uj - ui)) / (vj - vi));
      }
    }
    us.sort((a, b) => a - b);
    for (let k = 0; k + 1 < us.length; k += 2) {
      const a = us[k] as number;
      const b = us[k + 1] as number;
      if (b - a < 2) continue;
      out.push([(a - v) * s2, (a + v) * s2, (b - v) * s2, (b + v) * s2]);
    }
  }
  return out;
}

function inside(rings: Pt[][], x: number, y: number): boolean {
  let odd = false;
  for (const r of rings) {
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
      const [xi, yi] = r[i] as Pt;
      const [xj, yj] = r[j] as Pt;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
    }
  }
  return odd;
}

/** A staggered grid of dots every `spacing` pixels inside the rings. */
export function dotPoints(rings: Pt[][], spacing: number): Pt[] {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const [x, y] of rings.flat()) {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  const out: Pt[] = [];
  let row = 0;
  for (let y = Math.ceil(y0 / spacing) * spacing; y <= y1; y += spacing, row++) {
    const shift = row % 2 ? spacing / 2 : 0;
    for (let x = Math.ceil(x0 / spacing) * spacing + shift; x <= x1; x += spacing) if (inside(rings, x, y)) out.push([x, y]);
  }
  return out;
}
