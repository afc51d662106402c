/** Where a tab keeps its class seat so a reload rejoins it (sessionStorage: per tab, gone with it). */
export const SEAT_KEY = 'altiplano.class.seat';

/** Whether this tab was in a class: checked at boot without loading the class client. */
export function hasRememberedSeat(): boolean {
  try {
    return typeof sessionStorage !== 'undefined' && sessionStorage.getItem(SEAT_KEY) !== null;
  } catch {
    return false;
  }
}
