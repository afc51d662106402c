/**
 * A throwaway `redis-server` on a loopback port, for the scale-out tests and the load test's
 * `--redis`: no persistence (`--save ''`, no AOF), so nothing is left on disk, and it stops with
 * the process that started it. The binary is Debian's (`apt-get install redis-server`), found at
 * REDIS_SERVER or /usr/bin/redis-server; when it is absent the error says how to install it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';

export type RedisProcess = { url: string; port: number; stop: () => Promise<void> };

export function redisServerPath(env: NodeJS.ProcessEnv = process.env): string {
  const path = env.REDIS_SERVER || '/usr/bin/redis-server';
  if (!existsSync(path)) {
    throw new Error(
      `redis-server not found at ${path}: install it with 'apt-get install -y redis-server' (Debian), or set REDIS_SERVER to its path`,
    );
  }
  return path;
}

/** A port nothing listens on now, chosen by the system (the load test's default). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    let reply = '';
    socket.setTimeout(500);
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (d) => {
      reply += d.toString();
      if (reply.includes('\r\n')) {
        socket.destroy();
        resolve(reply.startsWith('+PONG'));
      }
    });
    socket.on('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.on('error', () => resolve(false));
  });
}

/** Starts redis-server on 127.0.0.1:`port` (a free one if not given) and waits until it answers PING. */
export async function startRedis(port?: number, timeoutMs = 10_000): Promise<RedisProcess> {
  const bin = redisServerPath();
  const p = port ?? (await freePort());
  // A server already on the port would answer PING and pass for ours (with its old data): refuse.
  if (await answersPing(p)) throw new Error(`port ${p} already has a Redis server: stop it or choose another port`);
  const child: ChildProcess = spawn(
    bin,
    ['--port', String(p), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--loglevel', 'warning'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (d) => {
    stderr += d.toString();
  });
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  const deadline = Date.now() + timeoutMs;
  while (!(await answersPing(p))) {
    if (exited) throw new Error(`redis-server exited at start on port ${p}: ${stderr.trim()}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`redis-server did not answer on port ${p} within ${timeoutMs} ms`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (exited) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { url: `redis://127.0.0.1:${p}`, port: p, stop };
}
