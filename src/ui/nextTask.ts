/**
 * Resolves in a later task of the event loop, so the browser can paint and answer input in
 * between: long boot work is cut into pieces that each stay short on a slow laptop.
 * `scheduler.yield()` (Chromium) resumes ahead of other queued tasks; elsewhere a zero timeout.
 */
export function nextTask(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  return new Promise((done) => setTimeout(done, 0));
}
