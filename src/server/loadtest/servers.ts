/**
 * The server processes a load test starts for itself: `--processes N` class servers on loopback
 * ports (with `--redis`, sharing a redis-server the test also starts), each a separate Node
 * process, so their CPU and memory are measured apart from the simulated students'.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, type RedisProcess, startRedis } from '../redisProcess';
import { processUsage, type Usage } from './processUsage';

export type ServerProcess = { url: string; port: number; pid: number; child: ChildProcess; output: () => string };
export type ServerSet = { servers: ServerProcess[]; redis: RedisProcess | null; stop: () => Promise<void> };

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number, output: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`class server exited (${child.exitCode}) before listening:\n${output()}`);
    try {
      const r = await fetch(`${url}/`); // any answer: the HTTP side is up (API-only, so a 404)
      if (r.status < 500) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`class server at ${url} did not answer within ${timeoutMs} ms:\n${output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Starts `processes` class servers (on Redis when `redis`), each with its own data folder, and
 * waits until each answers. Ports are free ones the system picks unless `ports` names them
 * (`ports.redis`, `ports.servers[i]`: the tests keep to their own range).
 */
export async function startServers(
  processes: number,
  redis: boolean,
  ports: { redis?: number; servers?: number[] } = {},
  env: NodeJS.ProcessEnv = process.env,
): Promise<ServerSet> {
  const r = redis ? await startRedis(ports.redis) : null;
  const data = mkdtempSync(join(tmpdir(), 'altiplano-loadtest-'));
  const servers: ServerProcess[] = [];
  const stop = async () => {
    await Promise.all(
      servers.filter(Boolean).map(
        (s) =>
          new Promise<void>((resolve) => {
            if (s.child.exitCode !== null || s.child.signalCode !== null) return resolve(); // already gone (a test may kill one)
            const t = setTimeout(() => s.child.kill('SIGKILL'), 5000);
            s.child.once('exit', () => {
              clearTimeout(t);
              resolve();
            });
            s.child.kill('SIGTERM');
          }),
      ),
    );
    await r?.stop();
    rmSync(data, { recursive: true, force: true });
  };
  try {
    // Started side by side (each loads the scenarios and the sim: seconds on a busy machine).
    const started = Array.from({ length: processes }, async (_, i) => {
      const port = ports.servers?.[i] ?? (await freePort());
      const childEnv: NodeJS.ProcessEnv = { ...env, PORT: String(port) };
      if (r) childEnv.REDIS_URL = r.url;
      else delete childEnv.REDIS_URL;
      // node itself with tsx as a loader (not npx or the tsx wrapper), so the pid measured is the server's own.
      const child = spawn(
        process.execPath,
        [
          '--expose-gc',
          '--import',
          'tsx',
          '--import',
          './src/server/loadtest/serverProbe.ts',
          'src/server/main.ts',
          '--port',
          String(port),
          '--host',
          '127.0.0.1',
          '--data',
          join(data, `p${i}`),
          '--no-static',
        ],
        { env: childEnv, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] },
      );
      let out = '';
      const keep = (d: Buffer) => {
        out = (out + d.toString()).slice(-4000);
      };
      child.stdout?.on('data', keep);
      child.stderr?.on('data', keep);
      const url = `http://127.0.0.1:${port}`;
      const server = { url, port, pid: child.pid ?? 0, child, output: () => out };
      servers[i] = server;
      await waitForHttp(url, child, 90_000, () => out);
    });
    await Promise.all(started);
  } catch (e) {
    await stop();
    throw e;
  }
  return { servers, redis: r, stop };
}

export function usageOf(s: ServerProcess): Usage | null {
  return processUsage(s.pid);
}

export type HeapUsage = { heapUsed: number; external: number; rss: number };

/** The server's live heap after a full collection, asked through serverProbe.ts; null if it does not answer in time. */
export function heapOf(s: ServerProcess, timeoutMs = 5000): Promise<HeapUsage | null> {
  return new Promise((resolve) => {
    if (!s.child.connected) return resolve(null);
    const t = setTimeout(() => {
      s.child.off('message', on);
      resolve(null);
    }, timeoutMs);
    const on = (m: unknown) => {
      const u = m as { kind?: string } & HeapUsage;
      if (u?.kind !== 'usage') return;
      clearTimeout(t);
      s.child.off('message', on);
      resolve({ heapUsed: u.heapUsed, external: u.external, rss: u.rss });
    };
    s.child.on('message', on);
    s.child.send('usage');
  });
}
