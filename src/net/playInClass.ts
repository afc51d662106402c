import type { StoreApi } from 'zustand/vanilla';
import { type Said, said } from '../sim';
import type { GameStore } from '../state/createGameStore';
import { rebuild, remoteSession } from '../state/remoteSession';
import { classWelcome, openRoom, rememberedSeat, rememberSeat } from './classClient';
import type { JoinOptions } from './protocol';

export type Played = { ok: true } | { ok: false; said: Said };

/**
 * Takes a seat in a class room and plays it: joins the room (or takes the seat back with its
 * reconnection token), fetches the room's scenario as a local game does and checks it is the very
 * file the server runs, rebuilds the game from the welcome's log, and hands the remote session to
 * the store (the game screen then shows it). Nothing changes in the store on a failure.
 */
export async function playInClass(
  store: StoreApi<GameStore>,
  base: string,
  roomId: string,
  options: JoinOptions,
  token?: string,
): Promise<Played> {
  let link: Awaited<ReturnType<typeof openRoom>>;
  try {
    link = await openRoom(base, roomId, options, { remember: true, ...(token ? { token } : {}) });
  } catch (e) {
    return { ok: false, said: isSaid(e) ? e : said('classroom.join.unreachable') };
  }
  const w = link.welcome;
  const fail = (s: Said): Played => {
    link.wire.leave();
    return { ok: false, said: s };
  };
  const entry = await store.getState().loadScenario(w.scenarioId);
  if (!entry) return fail(store.getState().scenarioLoad?.failed ?? said('classroom.join.noScenario', { id: w.scenarioId }));
  if (entry.hash !== w.scenarioHash) return fail(said('classroom.join.scenarioDiffers'));
  const welcome = classWelcome(w, Date.now());
  const built = rebuild(entry, welcome);
  if (!built.ok) return fail(built.problem);
  store.getState().attach(remoteSession(entry, welcome, link.wire));
  // The teacher's reading level for the class, as a setup link would set it.
  if (w.reading) store.getState().setReading(w.reading);
  return { ok: true };
}

/** At boot: a tab that was in a class (a reload, a crash) takes its seat back; resolves whether it did. */
export async function rejoinRememberedSeat(store: StoreApi<GameStore>): Promise<Played | null> {
  const seat = rememberedSeat();
  if (!seat) return null;
  const back = await playInClass(store, seat.base, seat.roomId, seat.options, seat.token);
  if (back.ok) return back;
  // The token had expired (the server restarted, or the seat was let go): the same seat by code and name.
  const again = await playInClass(store, seat.base, seat.roomId, seat.options);
  if (!again.ok) {
    rememberSeat(null);
    store.getState().setUi({ notice: { said: said('classroom.rejoinFailed', { reason: { said: [again.said] } }), level: 'warning' } });
  }
  return again;
}

function isSaid(x: unknown): x is Said {
  return typeof x === 'object' && x !== null && typeof (x as Said).key === 'string';
}
