import Redis from 'ioredis';
import { TEST_REDIS_URL, uniquePrefix, wipePrefix } from '../../test/support/redis';
import { RedisKeys } from './keys';
import { RedisTokenStore, TOKEN_CACHE_MS } from './redis-token-store';

describe('RedisTokenStore', () => {
  const prefix = uniquePrefix('token-store');
  const keys = new RedisKeys(prefix);
  const principal = { clientId: 'dev-client', agency: '000.00.00.H30', services: '*' as const };
  let redis: Redis;
  let now = Date.UTC(2026, 0, 1);
  const store = (): RedisTokenStore => new RedisTokenStore(redis, keys, () => now);

  beforeAll(() => {
    redis = new Redis(TEST_REDIS_URL);
  });
  afterAll(async () => {
    redis.disconnect();
    await wipePrefix(prefix);
  });

  it('answers a known token from memory for a few seconds, then reads Redis again', async () => {
    const tokens = store();
    const { accessToken } = await tokens.issue(principal, 3600);
    expect(await tokens.resolve(accessToken)).toEqual(principal);
    // Deleted behind the cache's back: still known within TOKEN_CACHE_MS, unknown after it.
    await redis.del(keys.token(accessToken));
    expect(await tokens.resolve(accessToken)).toEqual(principal);
    now += TOKEN_CACHE_MS + 1;
    expect(await tokens.resolve(accessToken)).toBeUndefined();
  });

  it('never keeps a token past its own expiry', async () => {
    const tokens = store();
    const { accessToken } = await tokens.issue(principal, 1);
    expect(await tokens.resolve(accessToken)).toEqual(principal);
    // Within the cache window but after the token's one-second lifetime.
    now += 1500;
    await redis.del(keys.token(accessToken));
    expect(await tokens.resolve(accessToken)).toBeUndefined();
  });

  it('does not remember an unknown token', async () => {
    const tokens = store();
    expect(await tokens.resolve('no-such-token')).toBeUndefined();
    await redis.set(keys.token('no-such-token'), JSON.stringify(principal), 'EX', 60);
    expect(await tokens.resolve('no-such-token')).toEqual(principal);
  });
});
