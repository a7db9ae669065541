import Redis from 'ioredis';
import { TEST_REDIS_URL, uniquePrefix, wipePrefix } from '../../test/support/redis';
import { silentLogger } from '../core/logger';
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
    expect(await tokens.resolve(accessToken)).toEqual({ ...principal, token: accessToken });
    // Deleted behind the cache's back: still known within TOKEN_CACHE_MS, unknown after it.
    await redis.del(keys.token(accessToken));
    expect(await tokens.resolve(accessToken)).toEqual({ ...principal, token: accessToken });
    now += TOKEN_CACHE_MS + 1;
    expect(await tokens.resolve(accessToken)).toBeUndefined();
  });

  it('never keeps a token past its own expiry', async () => {
    const tokens = store();
    const { accessToken } = await tokens.issue(principal, 1);
    expect(await tokens.resolve(accessToken)).toMatchObject(principal);
    // Within the cache window but after the token's one-second lifetime.
    now += 1500;
    await redis.del(keys.token(accessToken));
    expect(await tokens.resolve(accessToken)).toBeUndefined();
  });

  it('does not remember an unknown token', async () => {
    const tokens = store();
    expect(await tokens.resolve('no-such-token')).toBeUndefined();
    await redis.set(keys.token('no-such-token'), JSON.stringify(principal), 'EX', 60);
    expect(await tokens.resolve('no-such-token')).toMatchObject(principal);
  });

  it('a revoked token is forgotten at once by every process that cached it, with their clocks standing still', async () => {
    const [here, there] = [store(), store()];
    const subscriber = redis.duplicate();
    try {
      await there.start(silentLogger);
      const { accessToken } = await here.issue(principal, 3600);
      expect(await there.resolve(accessToken)).toMatchObject(principal);
      // Only another client's own revocation counts.
      expect(await here.revoke(accessToken, 'other-client')).toBe(false);
      expect(await there.resolve(accessToken)).toMatchObject(principal);
      // Listen as `there` does, so the test knows when the announcement has gone out to it.
      await subscriber.subscribe(keys.tokenRevocations());
      const announced = new Promise((resolve) => subscriber.once('message', resolve));
      expect(await here.revoke(accessToken, principal.clientId)).toBe(true);
      await announced;
      // `now` has not moved, so nothing but the announcement can have made `there` forget it.
      for (let i = 0; (await there.resolve(accessToken)) !== undefined; i += 1) {
        if (i > 10_000) throw new Error('the revocation never reached the other store');
        await new Promise((resolve) => setImmediate(resolve));
      }
      expect(await here.resolve(accessToken)).toBeUndefined();
    } finally {
      subscriber.disconnect();
      await there.close();
    }
  });
});
