/**
 * Scale-out: with REDIS_URL set, a class server process shares classes with its siblings through
 * Colyseus' Redis presence (pub/sub between processes, seat reservations) and Redis driver (the
 * matchmaker's room list), and keeps classes and room logs in Redis (RedisStore), so any process
 * can seat a student in any class and rebuild any room from its log.
 *
 * Each process must say where clients reach it (`publicAddress`): a student who asks process B for
 * a room hosted by A is sent to A's address; without it the join fails with "seat reservation
 * expired". PUBLIC_ADDRESS sets it (the host:port, or host/path, a proxy routes to this process);
 * otherwise it is this process's own loopback or bound address and port.
 */
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';
import { RedisStore } from './redisStore';

export type ScaleOut = {
  presence: RedisPresence;
  driver: RedisDriver;
  publicAddress: string;
  store: RedisStore;
  redisUrl: string;
  /** Closes the store's connection (the presence and driver are shut down by Colyseus' gracefullyShutdown). */
  close: () => Promise<void>;
};

export function publicAddressFor(env: NodeJS.ProcessEnv, listen: { host: string; port: number }): string {
  if (env.PUBLIC_ADDRESS) return env.PUBLIC_ADDRESS;
  const host = listen.host === '0.0.0.0' || listen.host === '::' || listen.host === '' ? '127.0.0.1' : listen.host;
  return `${host}:${listen.port}`;
}

/** The Redis parts for a process, or null when REDIS_URL is unset (one process, SQLite). */
export function scaleOutFromEnv(env: NodeJS.ProcessEnv, listen: { host: string; port: number }): ScaleOut | null {
  const url = env.REDIS_URL;
  if (!url) return null;
  if (!/^rediss?:\/\//.test(url)) throw new Error(`REDIS_URL ${url}: expected redis://host:port (or rediss://)`);
  const store = new RedisStore(url, env.REDIS_PREFIX ? { prefix: env.REDIS_PREFIX } : {});
  return {
    presence: new RedisPresence(url),
    driver: new RedisDriver(url),
    publicAddress: publicAddressFor(env, listen),
    store,
    redisUrl: url,
    close: () => store.close(),
  };
}
