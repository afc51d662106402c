import { type GameEvent, influencePower } from '../sim';

/**
 * What floats over the map after a batch of events: meter changes summed per
 * place and meter, only the meters the map shows (stability, influence) plus
 * national growth, only the ones big enough to read, at most a few per place.
 */
export type Delta = { place: string | null; meter: string; delta: number };

export const MIN_DELTA = 0.5;
export const PER_PLACE = 2;
export const NATIONAL_MAX = 4;
/** At most this many texts float over the map at once (the national heading counts); the rest wait their turn. */
export const MAX_VISIBLE = 10;
/** For this long after it appears, a floating number takes in later changes to its place and meter instead of a second number. */
export const MERGE_MS = 2500;

const shown = (meter: string, national: boolean): boolean =>
  meter === 'stability' || influencePower(meter) !== null || (national && meter === 'growth');

export function deltasOf(events: GameEvent[]): Delta[] {
  const sums = new Map<string, Delta>();
  for (const e of events) {
    if (e.type !== 'MeterChanged') continue;
    const place = e.department ?? null;
    if (!shown(e.meter, place === null)) continue;
    const key = `${place ?? ''}|${e.meter}`;
    const d = sums.get(key) ?? { place, meter: e.meter, delta: 0 };
    d.delta += e.to - e.from;
    sums.set(key, d);
  }
  const byPlace = new Map<string | null, Delta[]>();
  for (const d of sums.values()) {
    if (!Number.isFinite(d.delta) || Math.abs(d.delta) < MIN_DELTA) continue;
    byPlace.set(d.place, [...(byPlace.get(d.place) ?? []), d]);
  }
  const out: Delta[] = [];
  for (const [place, list] of byPlace) {
    list.sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta));
    out.push(...list.slice(0, place === null ? NATIONAL_MAX : PER_PLACE));
  }
  return out;
}
