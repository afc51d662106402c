import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RedisProcess, redisServerPath, startRedis } from '../../src/server/redisProcess';
import { RedisStore } from '../../src/server/redisStore';
import { storeContract } from './storeContract';

// A real redis-server (Debian's) on a loopback port of this helper's range; each test gets a fresh prefix.
let redis: RedisProcess;
let n = 0;
beforeAll(async () => {
  redis = await startRedis(25701);
});
afterAll(async () => {
  await redis?.stop();
});

storeContract('Redis', async () => new RedisStore(redis.url, { prefix: `t${++n}:` }));

describe('redis-server harness', () => {
  it('says how to install redis-server when it is missing', () => {
    expect(() => redisServerPath({ REDIS_SERVER: '/nonexistent/redis-server' })).toThrow(/apt-get install -y redis-server/);
  });
});
