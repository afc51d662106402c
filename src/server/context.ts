import type { Store } from '../net/store';
import type { ScenarioEntry } from '../state/gameChoice';

/**
 * What every room and request handler of this process shares. Colyseus makes rooms from a
 * name and JSON options (possibly on another process, with Redis), so the store and the
 * scenarios cannot travel in the options: the process sets them here once, at start.
 */
export type ServerContext = {
  store: Store;
  scenarios: ReadonlyMap<string, ScenarioEntry>;
  /** Operator-facing log lines (plain English is fine: only the person running the server reads them). */
  log: (line: string) => void;
  now: () => number;
};

let current: ServerContext | null = null;

export function setServerContext(ctx: ServerContext | null): void {
  current = ctx;
}

export function serverContext(): ServerContext {
  if (!current) throw new Error('the class server context is not set');
  return current;
}
