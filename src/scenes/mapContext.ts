import type { StoreApi } from 'zustand/vanilla';
import { type Words, wordsOf } from '../present/words';
import type { GameStore } from '../state/createGameStore';
import type { MapFeature, Projection, Ring } from './mapGeometry';
import type { Pt } from './patterns';

/** What every map layer needs to draw: the scene's projection, the features and the store. */
export type MapContext = {
  proj: Projection;
  features: MapFeature[];
  /** Where routes start (the host's seat of government): see ./world. */
  seat: string | null;
  store: StoreApi<GameStore>;
  width: number;
  height: number;
  /** False when the player asked for reduced motion: no travelling pulses, no drifting numbers. */
  motion: boolean;
};

/** The words to draw with now: the store's language and scenario (read at draw time, so a change of language shows at the next draw). */
export function wordsAt(ctx: MapContext): Words {
  return wordsOf(ctx.store.getState());
}

/** Every ring of a feature's polygons, projected to screen pixels. */
export function screenRings(proj: Projection, polygons: Ring[][]): Pt[][] {
  return polygons.flatMap((rings) => rings.map((r) => r.map(([lon, lat]) => proj.toScreen(lon, lat))));
}

/** The screen point of a department's label, or of a site. */
export function placePoint(ctx: MapContext, id: string): Pt | null {
  const f = ctx.features.find((x) => x.id === id);
  const at = f?.point ?? f?.label;
  return at ? ctx.proj.toScreen(at[0], at[1]) : null;
}

/** Label sizes that stay readable on a projector and grow with the map. */
export function labelSize(ctx: MapContext): number {
  return Math.round(Math.max(13, Math.min(21, ctx.proj.scale * 0.36)));
}

export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
export const TEXT_RESOLUTION = Math.max(1, Math.min(3, typeof window !== 'undefined' ? window.devicePixelRatio || 1 : 1));
