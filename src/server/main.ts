/**
 * `npm run class-server`: the class server on one port (PORT or --port, default 2567; all
 * interfaces unless --host). Serves the built game (building it first if dist/ is missing),
 * the class API and Colyseus' WebSocket; keeps classes in a SQLite file (--data DIR or FILE,
 * default ./class-data/classes.sqlite). Prints the addresses to open.
 *
 *   --port N  --host H  --data DIR|FILE.sqlite  --dist DIR  --no-static (API and WebSocket only)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scaleOutFromEnv } from './scaleOut';
import { loadScenarios } from './scenarios';
import { sqliteStore } from './sqliteStore';
import { startClassServer } from './startServer';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const flag = (name: string): boolean => process.argv.includes(`--${name}`);

/** Every IPv4 address of this machine a classroom device could reach (not the loopback). */
function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a !== undefined && a.family === 'IPv4' && !a.internal)
    .map((a) => a?.address ?? '');
}

async function main(): Promise<void> {
  const port = Number(arg('port') ?? process.env.PORT ?? 2567);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`not a port: ${arg('port') ?? process.env.PORT}`);
  const host = arg('host') ?? '0.0.0.0';
  const data = resolve(arg('data') ?? 'class-data');
  const file = data.endsWith('.sqlite') ? data : join(data, 'classes.sqlite');
  let dist: string | null = flag('no-static') ? null : resolve(arg('dist') ?? join(ROOT, 'dist'));
  if (dist && !existsSync(join(dist, 'index.html'))) {
    if (arg('dist')) throw new Error(`no built game in ${dist} (index.html missing)`);
    console.log('No built game in dist/: building it first (vite build)…');
    const built = spawnSync(join(ROOT, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
    if (built.status !== 0) {
      console.log('The build failed: serving the class API only.');
      dist = null;
    }
  }
  // REDIS_URL: several processes share classes and logs through Redis (scale-out); else one SQLite file.
  const scale = scaleOutFromEnv(process.env, { host, port });
  const store = scale?.store ?? sqliteStore(file);
  const scenarios = loadScenarios(join(ROOT, 'scenarios'));
  const server = await startClassServer({
    port,
    host,
    store,
    scenarios,
    dist,
    ...(scale ? { presence: scale.presence, driver: scale.driver, publicAddress: scale.publicAddress } : {}),
  });

  const hosts = host === '0.0.0.0' ? ['127.0.0.1', ...lanAddresses()] : [host];
  console.log(
    `\nAltiplano class server on port ${server.port} (classes kept in ${scale ? `Redis ${scale.redisUrl.replace(/\/\/[^@/]*@/, '//')}, reached by other processes at ${scale.publicAddress}` : file}).`,
  );
  for (const h of hosts) {
    console.log(`  students open   http://${h}:${server.port}/   then "Join a class"`);
    console.log(`  teacher console http://${h}:${server.port}/console.html`);
  }
  console.log('Ctrl+C stops it; open classes resume when it starts again.\n');

  const stop = (): void => {
    server
      .close()
      .then(() => store.close())
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(`The class server could not start: ${(e as Error).message}`);
  process.exit(1);
});
