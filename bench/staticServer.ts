import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wav': 'audio/wav',
  '.ogg': 'audio/ogg',
  '.opus': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.webm': 'audio/webm',
  '.woff2': 'font/woff2',
  '.geojson': 'application/geo+json',
  '.webmanifest': 'application/manifest+json',
};

/** Types worth compressing: text. Audio, images and fonts are compressed formats already (WAV aside, kept as shipped). */
const TEXT = new Set(['.html', '.js', '.css', '.json', '.svg', '.geojson', '.webmanifest']);

/**
 * A minimal static file server for built apps on 127.0.0.1 (a free port unless one is given),
 * with no caching. It compresses as a production server would, so the browser figures and
 * Lighthouse see real transfer sizes: a precompressed sibling (`x.js.br`, `x.js.gz`) when the
 * build made one and the browser accepts it, else text gzipped on the fly (once, kept in memory).
 */
export async function serveDir(dir: string, port = 0): Promise<{ url: string; close: () => Promise<void> }> {
  const root = resolve(dir);
  const gzipped = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const ext = extname(file);
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const headers: Record<string, string> = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      vary: 'accept-encoding',
    };
    let body: Buffer;
    if (/\bbr\b/.test(accepts) && existsSync(`${file}.br`)) {
      body = readFileSync(`${file}.br`);
      headers['content-encoding'] = 'br';
    } else if (/\bgzip\b/.test(accepts) && existsSync(`${file}.gz`)) {
      body = readFileSync(`${file}.gz`);
      headers['content-encoding'] = 'gzip';
    } else if (/\bgzip\b/.test(accepts) && TEXT.has(ext)) {
      body = gzipped.get(file) ?? gzipSync(readFileSync(file));
      gzipped.set(file, body);
      headers['content-encoding'] = 'gzip';
    } else body = readFileSync(file);
    headers['content-length'] = String(body.length);
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ok);
  });
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
