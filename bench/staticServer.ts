import type { AddressInfo } from 'node:net';
import { serveStatic } from '../tools/staticServer';

/**
 * Serves a built app on 127.0.0.1 at a free port (unless one is given) with the game's own static
 * server (tools/staticServer.ts), so the bench measures what `npm start` serves: the precompressed
 * copies beside each text file (buildBoth writes them for the empty app too), the real MIME types.
 */
export async function serveDir(dir: string, port = 0): Promise<{ url: string; close: () => Promise<void> }> {
  const server = await serveStatic({ dir, port });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}/`,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}
