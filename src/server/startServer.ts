import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type MatchMakerDriver, type Presence, Server } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { staticHandler } from '../../tools/staticServer';
import { MAX_FRAME_BYTES, WORLD_ROOM } from '../net/protocol';
import type { Store } from '../net/store';
import type { ScenarioEntry } from '../state/gameChoice';
import { handleApi } from './api';
import { setServerContext } from './context';
import { ensureRoom, roomIdOf } from './rooms';
import { WorldRoom } from './worldRoom';

export type ClassServerOptions = {
  port: number;
  host?: string;
  store: Store;
  scenarios: ReadonlyMap<string, ScenarioEntry>;
  /** The built game to serve beside the API (null: the API and WebSocket only). */
  dist?: string | null;
  /** Scale-out (several processes): Colyseus' Redis presence and driver, and this process's address as the others reach it. */
  presence?: Presence;
  driver?: MatchMakerDriver;
  publicAddress?: string;
  log?: (line: string) => void;
  now?: () => number;
};

export type ClassServer = { port: number; close(): Promise<void> };

/**
 * The class server on one port: the game's files, the class API (/api/*), Colyseus' matchmaking
 * routes and its WebSocket. Resumes every open class of the store before it resolves.
 */
export async function startClassServer(o: ClassServerOptions): Promise<ClassServer> {
  const log = o.log ?? ((line: string) => console.log(`${new Date().toISOString()} ${line}`));
  setServerContext({ store: o.store, scenarios: o.scenarios, log, now: o.now ?? Date.now });
  const files = o.dist ? staticHandler(o.dist) : null;
  const http = createServer((req, res) => {
    if (handleApi(req, res)) return;
    if (files) return files(req, res);
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('404\n');
  });
  const server = new Server({
    transport: new WebSocketTransport({ server: http, maxPayload: MAX_FRAME_BYTES }),
    ...(o.presence ? { presence: o.presence } : {}),
    ...(o.driver ? { driver: o.driver } : {}),
    ...(o.publicAddress ? { publicAddress: o.publicAddress } : {}),
    gracefullyShutdown: false,
    greet: false,
  });
  server.define(WORLD_ROOM, WorldRoom);
  await server.listen(o.port, o.host ?? '0.0.0.0');
  const port = (http.address() as AddressInfo).port;

  const open = await o.store.openClasses();
  for (const c of open) {
    for (let i = 0; i < c.setup.rooms; i++) {
      try {
        // A room the teacher has ended is made again only when someone joins it (its debrief).
        const log = await o.store.readLog(roomIdOf(c.code, i));
        if (log.some((e) => e.kind === 'control' && e.ended)) continue;
        await ensureRoom(c.code, i);
      } catch (e) {
        log(`class ${c.code} room ${i}: could not be resumed: ${(e as Error).message}`);
      }
    }
  }
  if (open.length > 0) log(`resumed ${open.length} open class(es)`);

  return {
    port,
    close: async () => {
      await server.gracefullyShutdown(false);
      await new Promise<void>((ok) => http.close(() => ok()));
      setServerContext(null);
    },
  };
}
