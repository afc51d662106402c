/**
 * The game's own static server: serves a build (dist/) on 127.0.0.1 with the precompressed files
 * the build writes beside each text file (`.br`, `.gz`) when the browser accepts them, the right
 * MIME types, the page's Content-Security-Policy as a header too, and nothing outside the folder.
 * `npm start` and the end-to-end tests use it, so what is tested is what is served.
 *
 *   tsx tools/staticServer.ts --dir dist --port 5173 [--host 127.0.0.1]
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.opus': 'audio/ogg',
  '.m4a': 'audio/mp4',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** The policy the page's <meta http-equiv="Content-Security-Policy"> states, so the header says the same. */
export function cspOf(html: string): string | null {
  const m = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  return m?.[1] ?? null;
}

/** The encodings a request accepts, best first among those we store (br, then gzip); q=0 refuses one. */
export function acceptedEncodings(header: string | undefined): ('br' | 'gzip')[] {
  const ok = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) ok.add(name);
  }
  return (['br', 'gzip'] as const).filter((e) => ok.has(e) || ok.has('*'));
}

const SUFFIX = { br: '.br', gzip: '.gz' } as const;

/** The request handler for a folder: GET and HEAD only; `/` and folders serve their index.html. */
export function staticHandler(dir: string): (req: IncomingMessage, res: ServerResponse) => void {
  const root = resolve(dir);
  const indexHtml = join(root, 'index.html');
  const csp = existsSync(indexHtml) ? cspOf(readFileSync(indexHtml, 'utf8')) : null;
  const fail = (res: ServerResponse, status: number): void => {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(`${status}\n`);
  };
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return fail(res, 405);
    }
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return fail(res, 400);
    }
    if (path.includes('\0')) return fail(res, 400);
    let file = resolve(root, `.${path}`);
    // Nothing outside the folder, however the path is spelled.
    if (file !== root && !file.startsWith(root + sep)) return fail(res, 403);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file) || !statSync(file).isFile()) return fail(res, 404);
    const ext = extname(file);
    const headers: Record<string, string> = { 'Content-Type': MIME[ext] ?? 'application/octet-stream', Vary: 'Accept-Encoding' };
    if (ext === '.html' && csp) headers['Content-Security-Policy'] = csp;
    // Hashed assets never change under their name; pages are checked each time.
    headers['Cache-Control'] = path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    let body = file;
    for (const enc of acceptedEncodings(req.headers['accept-encoding'] as string | undefined)) {
      if (existsSync(file + SUFFIX[enc])) {
        body = file + SUFFIX[enc];
        headers['Content-Encoding'] = enc;
        break;
      }
    }
    headers['Content-Length'] = String(statSync(body).size);
    res.writeHead(200, headers);
    if (req.method === 'HEAD') return void res.end();
    createReadStream(body).pipe(res);
  };
}

/** Serves `dir` on `host:port` (port 0: any free one); resolves once listening. */
export function serveStatic(opts: { dir: string; port: number; host?: string }): Promise<Server> {
  const server = createServer(staticHandler(opts.dir));
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port, opts.host ?? '127.0.0.1', () => ok(server));
  });
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = arg('dir', 'dist');
  const host = arg('host', '127.0.0.1');
  const port = Number(arg('port', process.env.PORT ?? '5173'));
  serveStatic({ dir, port, host }).then(
    () => console.log(`serving ${dir} on http://${host}:${port}/`),
    (e: Error) => {
      console.error(`could not serve ${dir} on ${host}:${port}: ${e.message}`);
      process.exit(1);
    },
  );
  const stop = (): void => process.exit(0);
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
