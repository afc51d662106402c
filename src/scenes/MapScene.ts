import Phaser from 'phaser';
import type { StoreApi } from 'zustand/vanilla';
import mapUrl from '../../assets/map/bolivia-region.geojson?url';
import { textOf } from '../sim/text';
import type { GameStore } from '../state/createGameStore';
import { contains, departmentAt, fitProjection, readFeatures, type MapFeature, type Projection } from './mapGeometry';
import {
  ACTOR_FALLBACK,
  BACKGROUND,
  COUNTRY,
  COUNTRY_EDGE,
  DEPARTMENT_EDGE,
  LAKE,
  SALT,
  SEA,
  hexToInt,
  mix,
  stabilityColour,
} from './palette';

/**
 * The map: Bolivia's departments coloured by the chosen overlay, its neighbours,
 * and the sites. It reads the store and turns pointer input into UI selections;
 * it holds no game rule.
 */
export class MapScene extends Phaser.Scene {
  private store!: StoreApi<GameStore>;
  private features: MapFeature[] = [];
  private proj!: Projection;
  private base!: Phaser.GameObjects.Graphics;
  private fills!: Phaser.GameObjects.Graphics;
  private labels: Phaser.GameObjects.Text[] = [];
  private unsubscribe: (() => void) | undefined;
  /** Department fill colours as last drawn, for tests and the legend. */
  drawn: Record<string, number> = {};

  constructor() {
    super('map');
  }

  init(data: { store: StoreApi<GameStore> }): void {
    this.store = data.store;
  }

  preload(): void {
    this.load.json('region', mapUrl);
  }

  create(): void {
    this.features = readFeatures(this.cache.json.get('region'));
    this.cameras.main.setBackgroundColor(BACKGROUND);
    this.base = this.add.graphics();
    this.fills = this.add.graphics();
    this.layout();
    this.unsubscribe = this.store.subscribe((s, prev) => {
      if (s.game !== prev.game || s.ui !== prev.ui || s.entry !== prev.entry) this.drawFills();
    });
    this.scale.on('resize', this.layout, this);
    this.input.on('pointerdown', (p: Phaser.Input.Pointer) => {
      const [lon, lat] = this.proj.toLonLat(p.x, p.y);
      this.store.getState().setUi({ selectedDepartment: departmentAt(this.features, lon, lat) });
    });
    this.events.once('shutdown', () => {
      this.unsubscribe?.();
      this.scale.off('resize', this.layout, this);
    });
    this.store.getState().setUi({ mapReady: true });
  }

  /** Projects the map to the current size and redraws everything. */
  private layout(): void {
    const { width, height } = this.scale.gameSize;
    this.proj = fitProjection(width, height);
    this.drawBase();
    this.drawFills();
    this.drawLabels();
  }

  private path(g: Phaser.GameObjects.Graphics, f: MapFeature, fill: number, alpha = 1): void {
    g.fillStyle(fill, alpha);
    for (const rings of f.polygons) {
      const outer = rings[0];
      if (!outer) continue;
      g.fillPoints(outer.map(([x, y]) => new Phaser.Math.Vector2(...this.proj.toScreen(x, y))), true);
    }
  }

  private outline(g: Phaser.GameObjects.Graphics, f: MapFeature, colour: number, width: number, alpha = 1): void {
    g.lineStyle(width, colour, alpha);
    for (const rings of f.polygons) {
      for (const ring of rings) g.strokePoints(ring.map(([x, y]) => new Phaser.Math.Vector2(...this.proj.toScreen(x, y))), true);
    }
  }

  private drawBase(): void {
    const g = this.base;
    g.clear();
    for (const f of this.features) {
      if (f.kind === 'sea') this.path(g, f, SEA);
      if (f.kind === 'country') {
        this.path(g, f, COUNTRY);
        this.outline(g, f, COUNTRY_EDGE, 1);
      }
    }
  }

  /** The fill of each department under the current overlay. */
  departmentColour(id: string): number {
    const { game, entry, ui } = this.store.getState();
    const d = game?.departments[id];
    if (!d || !entry) return 0x556270;
    if (ui.overlay === 'stability') return stabilityColour(d.stability);
    const powers = entry.scenario.actors.filter((a) => a.kind === 'power');
    let best = powers[0];
    let second = -Infinity;
    let top = -Infinity;
    for (const p of powers) {
      const v = d.influence[p.id] ?? 0;
      if (v > top) {
        second = top;
        top = v;
        best = p;
      } else if (v > second) second = v;
    }
    const idx = powers.indexOf(best ?? powers[0]!);
    const hue = hexToInt(best?.color ?? ACTOR_FALLBACK[idx] ?? '#888888');
    const margin = Number.isFinite(second) ? top - second : top;
    return mix(0x3a4650, hue, 0.35 + Math.min(1, margin / 30) * 0.65);
  }

  private drawFills(): void {
    if (!this.proj) return;
    const g = this.fills;
    g.clear();
    const selected = this.store.getState().ui.selectedDepartment;
    const drawn: Record<string, number> = {};
    for (const f of this.features) {
      if (f.kind !== 'department') continue;
      const c = this.departmentColour(f.id);
      drawn[f.id] = c;
      this.path(g, f, c);
    }
    for (const f of this.features) if (f.kind === 'department') this.outline(g, f, DEPARTMENT_EDGE, f.id === selected ? 4 : 1.5, f.id === selected ? 1 : 0.8);
    for (const f of this.features) {
      if (f.kind === 'lake') this.path(g, f, LAKE);
      if (f.kind === 'salt_flat') this.path(g, f, SALT, 0.9);
    }
    for (const f of this.features) {
      if (f.kind !== 'site' || !f.point) continue;
      const [x, y] = this.proj.toScreen(f.point[0], f.point[1]);
      g.fillStyle(0xffffff, 1);
      g.lineStyle(2, 0x111111, 1);
      if (f.siteType === 'city') {
        g.fillCircle(x, y, 4);
        g.strokeCircle(x, y, 4);
      } else if (f.siteType === 'port') {
        g.fillRect(x - 4, y - 4, 8, 8);
        g.strokeRect(x - 4, y - 4, 8, 8);
      } else {
        g.fillTriangle(x, y - 6, x - 5, y + 4, x + 5, y + 4);
        g.strokeTriangle(x, y - 6, x - 5, y + 4, x + 5, y + 4);
      }
    }
    this.drawn = drawn;
  }

  private drawLabels(): void {
    for (const l of this.labels) l.destroy();
    this.labels = [];
    const entry = this.store.getState().entry;
    const size = Math.max(11, Math.min(18, Math.round(this.proj.scale * 0.55)));
    for (const f of this.features) {
      if ((f.kind !== 'department' && f.kind !== 'country') || !f.label) continue;
      const [x, y] = this.proj.toScreen(f.label[0], f.label[1]);
      const dep = entry?.scenario.departments.find((d) => d.id === f.id);
      const name = dep ? textOf(dep.name) : f.name;
      const t = this.add
        .text(x, y, name, {
          fontFamily: 'system-ui, sans-serif',
          fontSize: `${f.kind === 'country' ? size - 1 : size}px`,
          color: f.kind === 'country' ? '#9fb0bb' : '#ffffff',
          stroke: '#000000',
          strokeThickness: f.kind === 'country' ? 2 : 3,
        })
        .setOrigin(0.5);
      this.labels.push(t);
    }
  }

  /** Screen position of a lon/lat, for tests and overlays. */
  project(lon: number, lat: number): [number, number] {
    return this.proj.toScreen(lon, lat);
  }

  /** Is this screen point inside the department? (tests) */
  hit(id: string, x: number, y: number): boolean {
    const f = this.features.find((x2) => x2.id === id);
    const [lon, lat] = this.proj.toLonLat(x, y);
    return !!f && contains(f.polygons, lon, lat);
  }

  /** The departments as drawn, with label points, for tests. */
  departments(): { id: string; label: [number, number] | undefined }[] {
    return this.features.filter((f) => f.kind === 'department').map((f) => ({ id: f.id, label: f.label }));
  }
}
