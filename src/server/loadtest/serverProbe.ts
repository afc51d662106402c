/**
 * Loaded into a class server process the load test starts (`node --import` beside tsx, with
 * --expose-gc): answers the test's `usage` request over the IPC channel with the heap after a full
 * collection, so memory per room is the live heap's growth, not the resident size (which falls as
 * start-up garbage is returned, and rises with what the collector has not yet reclaimed). Nothing
 * here runs in a server started any other way: without an IPC channel it does nothing.
 */
type Gc = () => void;

if (typeof process.send === 'function') {
  process.on('message', (m: unknown) => {
    if (m !== 'usage') return;
    (globalThis as { gc?: Gc }).gc?.();
    const mem = process.memoryUsage();
    process.send?.({ kind: 'usage', heapUsed: mem.heapUsed, external: mem.external + mem.arrayBuffers, rss: mem.rss });
  });
  // The channel must not keep a server alive that would otherwise exit.
  process.channel?.unref();
}
