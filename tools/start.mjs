// `npm start`: builds the game and serves it on 127.0.0.1, printing the URL.
import { spawn, spawnSync } from 'node:child_process';

const port = process.env.PORT ?? '5173';
// ALTIPLANO_START: a broken scenario file is listed and left out rather than stopping the game (vite.config.ts).
const env = { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', ALTIPLANO_START: '1' };
const build = spawnSync('./node_modules/.bin/vite', ['build', '--logLevel', 'warn'], { stdio: 'inherit', env });
if (build.status !== 0) process.exit(build.status ?? 1);
console.log(`\nAltiplano is ready: open http://127.0.0.1:${port}/ in your browser (Ctrl+C stops it).\n`);
// Our own static server: it sends the .br/.gz files the build writes beside each text file.
const server = spawn(
  process.execPath,
  ['--import', 'tsx', 'tools/staticServer.ts', '--dir', 'dist', '--host', '127.0.0.1', '--port', port],
  {
    stdio: 'inherit',
    env,
  },
);
const stop = () => server.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code) => process.exit(code ?? 0));

// Open the game in the default browser where there is a desktop to open it on
// (BROWSER=none, or no display, leaves it to you).
const url = `http://127.0.0.1:${port}/`;
const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
const hasDesktop = process.platform === 'darwin' || process.platform === 'win32' || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;
if (hasDesktop && process.env.BROWSER !== 'none') {
  setTimeout(() => {
    try {
      const child = spawn(opener, [url], { stdio: 'ignore', detached: true });
      child.on('error', () => undefined);
      child.unref();
    } catch {
      // No opener: the address printed above is enough.
    }
  }, 800);
}
