import Phaser from 'phaser';
import type { StoreApi } from 'zustand/vanilla';
import { describeDepartment, describeProject } from '../present/describe';
import { COUNTRY, COUNTRY_EDGE, SEA } from '../present/palette';
import { wordsOf } from '../present/words';
import type { GameStore } from '../state/createGameStore';
import { Baked } from './baked';
import { DeltaLayer } from './layers/deltaLayer';
import { LabelLayer } from './layers/labelLayer';
import { OverlayLayer } from './layers/overlayLayer';
import { ProjectLayer } from './layers/projectLayer';
import { RouteLayer } from './layers/routeLayer';
import { SiteLayer } from './layers/siteLayer';
import { MapTooltip } from './layers/tooltip';
import { type MapContext, wordsAt } from './mapContext';
import { mapUrlOf } from './mapFiles';
import { contains, departmentAt, fitProjection, type Projection } from './mapGeometry';
import { Rest } from './rest';
import { DEFAULT_MAP, mapNameOf, type World, worldOf } from './world';

/**
 * The map: Bolivia's departments coloured by the chosen overlay, its neighbours,
 * sites, project markers, deal and trade routes and floating meter changes. It
 * reads the store and turns pointer input into UI selections; it holds no game
 * rule. Each layer lives in ./layers; this scene wires them to the store.
 * The shapes that change only with the game (land, fills, patterns, borders, route arcs) are
 * baked into one picture under the outlines, icons, pulses and texts, and the loop
 * rests while nothing moves (./rest): every change below asks for its frame.
 */
export class MapScene extends Phaser.Scene {
  private store!: StoreApi<GameStore>;
  /** The scenario's world as drawn now, and the map file it was made from. */
  private world!: World;
  private mapName = DEFAULT_MAP;
  private proj!: Projection;
  private base!: Phaser.GameObjects.Graphics;
  private ground!: Baked;
  private rest!: Rest;
  private overlayLayer!: OverlayLayer;
  private siteLayer!: SiteLayer;
  private projectLayer!: ProjectLayer;
  private routeLayer!: RouteLayer;
  private deltaLayer!: DeltaLayer;
  private labelLayer!: LabelLayer;
  private tooltip: MapTooltip | undefined;
  /** The language the labels were last drawn in: a language whose words arrive after it was chosen (a remembered one, fetched at boot) draws them again. */
  private labelLang = '';
  private unsubscribe: (() => void) | undefined;
  private reducedMotion: MediaQueryList | undefined;
  private hoverPoint: [number, number] | null = null;
  private resizeObserver: ResizeObserver | undefined;
  /** Department fill colours as last drawn, for tests and the legend. */
  drawn: Record<string, number> = {};

  constructor() {
    super('map');
  }

  init(data: { store: StoreApi<GameStore> }): void {
    this.store = data.store;
  }

  preload(): void {
    this.mapName = mapNameOf(this.store.getState().entry?.scenario);
    const url = mapUrlOf(this.mapName) ?? mapUrlOf(DEFAULT_MAP);
    if (url) this.load.json(`map:${this.mapName}`, url);
  }

  private get features() {
    return this.world.features;
  }

  create(): void {
    this.world = worldOf(this.store.getState().entry?.scenario, this.cache.json.get(`map:${this.mapName}`));
    this.rest = new Rest(this.game);
    // One picture, not one per layer: each full-canvas image is a full-canvas copy every frame the map draws.
    this.ground = new Baked(this, 'map-ground', 0);
    this.base = this.ground.add();
    this.overlayLayer = new OverlayLayer(this, this.ground);
    this.routeLayer = new RouteLayer(this, this.ground);
    // A few dozen small shapes, drawn live above the selection outline (depth 4) rather than baked under it.
    this.siteLayer = new SiteLayer(this, this.add.graphics().setDepth(5));
    this.projectLayer = new ProjectLayer(this.add.graphics().setDepth(6));
    this.labelLayer = new LabelLayer(this);
    this.deltaLayer = new DeltaLayer(this);
    const canvas = this.game.canvas;
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', this.canvasLabel());
    if (canvas.parentElement) this.tooltip = new MapTooltip(canvas.parentElement);
    this.reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)');
    this.reducedMotion?.addEventListener('change', this.layout);
    this.layout();

    this.unsubscribe = this.store.subscribe((s, prev) => {
      if (s.entry !== prev.entry) {
        this.game.canvas.setAttribute('aria-label', this.canvasLabel());
        this.changeWorld();
      } else if (s.lang !== prev.lang || wordsOf(s).lang !== this.labelLang) this.relabel();
      else if (s.game !== prev.game || s.entry !== prev.entry || s.ui.overlay !== prev.ui.overlay) this.drawState();
      if (s.ui !== prev.ui) this.drawSelection();
      // A game put in place (new, loaded, imported) starts with none of the last game's numbers.
      if (s.ui.fresh !== prev.ui.fresh) this.deltaLayer.clear();
      if (s.revision !== prev.revision) this.deltaLayer.show(this.ctx(), [...s.lastEvents]);
      if (s.ui.fresh !== prev.ui.fresh || s.revision !== prev.revision) this.rest.wake();
    });
    // Floating numbers rise and fade, and pulses travel a while after the routes change: the loop runs meanwhile.
    this.rest.keepAwakeWhile(() => this.tweens.getTweens().length > 0 || this.deltaLayer.busy() > 0 || this.routeLayer.moving());
    this.scale.on('resize', this.layout, this);
    this.game.events.on(Phaser.Core.Events.PRE_RENDER, this.roundJoins, this);
    // The page's layout can change the map box without a window resize (panels
    // opening, the controls filling in): follow the box itself.
    const box = canvas.parentElement;
    if (box && typeof ResizeObserver !== 'undefined') {
      this.resizeObserver = new ResizeObserver(() => {
        if (box.clientWidth > 0 && box.clientHeight > 0 && (box.clientWidth !== this.scale.width || box.clientHeight !== this.scale.height))
          this.scale.refresh();
      });
      this.resizeObserver.observe(box);
    }
    this.input.on('pointermove', (p: Phaser.Input.Pointer) => this.hover(p.x, p.y));
    this.input.on('gameout', () => this.hover(null, null));
    this.input.on('pointerdown', (p: Phaser.Input.Pointer) => this.select(p.x, p.y));
    this.events.once('shutdown', () => {
      this.unsubscribe?.();
      this.scale.off('resize', this.layout, this);
      this.game.events.off(Phaser.Core.Events.PRE_RENDER, this.roundJoins, this);
      this.resizeObserver?.disconnect();
      this.reducedMotion?.removeEventListener('change', this.layout);
      this.tooltip?.destroy();
      this.rest.destroy();
    });
    this.store.getState().setUi({ mapReady: true });
  }

  override update(time: number): void {
    this.routeLayer.animate(time);
  }

  /**
   * The 2D canvas joins strokes with mitres unless told otherwise, and Phaser does not tell it:
   * a selected department's thick outline would grow spikes where its border turns sharply.
   */
  private roundJoins(renderer: Phaser.Renderer.Canvas.CanvasRenderer | Phaser.Renderer.WebGL.WebGLRenderer | null): void {
    if (renderer && 'gameContext' in renderer) renderer.gameContext.lineJoin = 'round';
  }

  /**
   * Another scenario: its own sites (and no others), and its own map, fetched first when it has
   * one of its own. A map that cannot be had leaves the last one drawn, with the new scenario's sites.
   */
  private changeWorld(): void {
    const sc = this.store.getState().entry?.scenario;
    const name = mapNameOf(sc);
    const key = `map:${name}`;
    const rebuild = (json: unknown): void => {
      this.world = worldOf(sc, json);
      this.layout();
    };
    if (this.cache.json.exists(key)) {
      this.mapName = name;
      rebuild(this.cache.json.get(key));
      return;
    }
    const url = mapUrlOf(name);
    if (!url) {
      rebuild(this.cache.json.get(`map:${this.mapName}`));
      return;
    }
    this.load.json(key, url);
    this.load.once(Phaser.Loader.Events.COMPLETE, () => {
      if (mapNameOf(this.store.getState().entry?.scenario) !== name) return;
      this.mapName = name;
      rebuild(this.cache.json.get(key));
    });
    this.load.start();
  }

  private canvasLabel(): string {
    const w = wordsOf(this.store.getState());
    this.labelLang = w.lang;
    return w.t('map.canvas', { host: w.host() });
  }

  /** A change of language: the canvas's name, the map's labels and the tooltip say it anew. */
  private relabel(): void {
    this.game.canvas.setAttribute('aria-label', this.canvasLabel());
    this.layout();
  }

  private ctx(): MapContext {
    const { width, height } = this.scale.gameSize;
    return {
      proj: this.proj,
      features: this.features,
      seat: this.world.seat,
      store: this.store,
      width,
      height,
      motion: !this.reducedMotion?.matches,
    };
  }

  /** Projects the map to the current size and redraws everything. */
  private layout = (): void => {
    const { width, height } = this.scale.gameSize;
    this.proj = fitProjection(width, height, this.world.view);
    this.cameras.main.setSize(width, height);
    this.drawBase();
    this.labelLayer.draw(this.ctx());
    this.drawState();
    this.deltaLayer.clear();
    this.tooltip?.hide();
    this.rest.wake();
  };

  private drawBase(): void {
    const g = this.base;
    g.clear();
    // Beyond the map data (a very wide or tall window): land, and the Pacific to the west.
    const { width, height } = this.scale.gameSize;
    const box = this.world.bbox;
    const [westEdge] = this.proj.toScreen(box.west, 0);
    g.fillStyle(COUNTRY, 1);
    g.fillRect(0, 0, width, height);
    g.fillStyle(SEA, 1);
    if (this.world.seaWest && westEdge > 0) g.fillRect(0, 0, westEdge + 1, height);
    for (const f of this.features) {
      if (f.kind !== 'sea' && f.kind !== 'country') continue;
      g.fillStyle(f.kind === 'sea' ? SEA : COUNTRY, 1);
      g.lineStyle(1, COUNTRY_EDGE, 1);
      for (const rings of f.polygons) {
        const outer = rings[0];
        if (!outer) continue;
        g.fillPoints(
          outer.map(([x, y]) => new Phaser.Math.Vector2(...this.proj.toScreen(x, y))),
          true,
        );
        if (f.kind !== 'country') continue;
        // Borders only: not the straight cuts where the data was clipped to its box.
        const onBox = (a: number, b: number, edge: number): boolean => Math.abs(a - edge) < 1e-6 && Math.abs(b - edge) < 1e-6;
        for (let i = 0; i + 1 < outer.length; i++) {
          const [x1, y1] = outer[i]!;
          const [x2, y2] = outer[i + 1]!;
          if (onBox(x1, x2, box.west) || onBox(x1, x2, box.east) || onBox(y1, y2, box.south) || onBox(y1, y2, box.north)) continue;
          g.lineBetween(...this.proj.toScreen(x1, y1), ...this.proj.toScreen(x2, y2));
        }
      }
    }
  }

  /** Everything that follows the game state: fills, sites, projects, routes. */
  private drawState(): void {
    if (!this.proj) return;
    const ctx = this.ctx();
    this.drawn = this.overlayLayer.draw(ctx);
    this.siteLayer.draw(ctx);
    this.projectLayer.draw(ctx);
    this.routeLayer.draw(ctx);
    this.ground.bake();
    this.drawSelection();
    if (this.hoverPoint) this.hover(...this.hoverPoint);
  }

  /** Selection and hover outlines, and the names of the sites in view of them. */
  private drawSelection(): void {
    if (!this.proj) return;
    const ctx = this.ctx();
    const { ui, entry } = this.store.getState();
    this.overlayLayer.drawHighlight(ctx, ui.selectedDepartment, ui.hoveredDepartment);
    // Places abroad (the ports a landlocked country trades through) are always named.
    const show = new Set<string>();
    if (ui.selectedSite) show.add(ui.selectedSite);
    for (const s of entry?.scenario.sites ?? []) if (!s.department || s.department === ui.selectedDepartment) show.add(s.id);
    const hoveredSite = this.hoverPoint ? this.siteLayer.siteAt(...this.hoverPoint, ctx) : null;
    if (hoveredSite) show.add(hoveredSite.id);
    this.siteLayer.drawLabels(ctx, show, this.labelLayer.boxes);
    this.rest.wake();
  }

  private hover(x: number | null, y: number | null): void {
    const ui = this.store.getState().ui;
    if (x === null || y === null || !this.proj) {
      this.hoverPoint = null;
      this.tooltip?.hide();
      if (ui.hoveredDepartment !== null) this.store.getState().setUi({ hoveredDepartment: null });
      return;
    }
    const hadSite = this.hoverPoint ? this.siteLayer.siteAt(...this.hoverPoint, this.ctx()) : null;
    this.hoverPoint = [x, y];
    const ctx = this.ctx();
    const { game, entry } = this.store.getState();
    const w = wordsAt(ctx);
    const marker = this.projectLayer.markerAt(x, y, ctx);
    const site = marker ? null : this.siteLayer.siteAt(x, y, ctx);
    const [lon, lat] = this.proj.toLonLat(x, y);
    const dep = site ? site.department : departmentAt(this.features, lon, lat);
    if (dep !== ui.hoveredDepartment) this.store.getState().setUi({ hoveredDepartment: dep });
    else if ((site?.id ?? null) !== (hadSite?.id ?? null)) this.drawSelection();
    this.game.canvas.style.cursor = dep || site || marker ? 'pointer' : 'default';
    if (!game || !entry || !this.tooltip) return;
    if (marker) {
      const place = marker.project.target ?? marker.project.department ?? '';
      this.tooltip.show(x, y, w.actor(marker.project.actor), [
        { text: describeProject(w, marker.project) },
        { text: this.placeName(place) },
      ]);
    } else if (site) {
      const where = site.department ? w.t('map.tooltip.site', { department: w.department(site.department) }) : w.t('map.tooltip.abroad');
      const note = entry.scenario.sites?.find((s) => s.id === site.id)?.note;
      const lines = [{ text: where }, ...(site.department ? describeDepartment(w, game, entry.scenario, site.department) : [])];
      if (note && !site.department) lines.push({ text: w.text(note) });
      this.tooltip.show(x, y, this.siteLayer.nameOf(ctx, site.id), lines);
    } else if (dep) {
      this.tooltip.show(x, y, w.department(dep), describeDepartment(w, game, entry.scenario, dep));
    } else this.tooltip.hide();
  }

  private placeName(id: string): string {
    const ctx = this.ctx();
    return this.features.find((f) => f.id === id)?.kind === 'site' ? this.siteLayer.nameOf(ctx, id) : wordsAt(ctx).department(id);
  }

  private select(x: number, y: number): void {
    const ctx = this.ctx();
    const marker = this.projectLayer.markerAt(x, y, ctx);
    const markerPlace = marker ? (marker.project.target ?? marker.project.department ?? null) : null;
    const site =
      this.siteLayer.siteAt(x, y, ctx) ?? (markerPlace ? (this.siteLayer.placed.find((p) => p.id === markerPlace) ?? null) : null);
    const [lon, lat] = this.proj.toLonLat(x, y);
    const department = site ? site.department : (marker?.project.department ?? departmentAt(this.features, lon, lat));
    this.store.getState().setUi({ selectedDepartment: department, selectedSite: site?.id ?? null });
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

  /** The sites as drawn, at their screen points (tests). */
  sites(): { id: string; x: number; y: number; department: string | null }[] {
    return this.siteLayer.placed.map((p) => ({ ...p }));
  }

  /** Project markers as drawn (tests). */
  markers(): { id: number; status: string; x: number; y: number }[] {
    return this.projectLayer.markers.map((m) => ({ id: m.project.id, status: m.project.status, x: m.x, y: m.y }));
  }

  /** Routes on the map (tests). */
  routes(): string[] {
    return this.routeLayer.keys();
  }

  /** Frames drawn so far: it stands still while the map rests (tests). */
  get frames(): number {
    return this.rest.frames;
  }

  /** Is the loop asleep, nothing moving and nothing left to draw? (tests) */
  resting(): boolean {
    return !this.game.loop.running;
  }

  /** Floating numbers still on screen (tests wait for zero before a screenshot). */
  busy(): number {
    return this.deltaLayer.busy();
  }

  /** Floating texts on screen now, not counting those waiting (tests check the cap). */
  floating(): number {
    return this.deltaLayer.visible();
  }
}
