import Redis from 'ioredis';
import { TEST_REDIS_URL, uniquePrefix, wipePrefix } from '../../test/support/redis';
import { RedisKeys } from './keys';
import { RedisStateStore } from './redis-state-store';

describe('RedisStateStore.clear', () => {
  const prefix = uniquePrefix('state-store');
  const keys = new RedisKeys(prefix);
  let redis: Redis;
  const storeOf = (service: string): RedisStateStore => new RedisStateStore(redis, keys, service);

  beforeAll(() => {
    redis = new Redis(TEST_REDIS_URL);
  });
  afterAll(async () => {
    redis.disconnect();
    await wipePrefix(prefix);
  });

  it('removes what every kind of write stored, and nothing of other backends or other keys', async () => {
    const paygov = storeOf('paygov');
    const lltp = storeOf('lltp');
    await paygov.set('payment:1', { amount: 10000 });
    await paygov.set('session:1', { open: true }, { ttlSeconds: 600, onlyIfAbsent: true });
    await paygov.increment('seq');
    await paygov.addToIndex('byDate', 'payment:1', 1);
    await lltp.set('dossier:1', { status: 'received' });
    // A key that looks like paygov state but was not written through the store (another tool's).
    await redis.set(`${prefix}:state:paygovx:foreign`, 'kept');

    await paygov.clear();

    expect(await paygov.getMany(['payment:1', 'session:1', 'seq'])).toEqual([undefined, undefined, undefined]);
    expect(await paygov.countByScore('byDate', 0, 10)).toBe(0);
    expect(await redis.exists(keys.stateKeys('paygov'))).toBe(0);
    expect(await lltp.get('dossier:1')).toEqual({ status: 'received' });
    expect(await redis.get(`${prefix}:state:paygovx:foreign`)).toBe('kept');
  });

  it('forgets a deleted key, so its name does not pile up in the registry', async () => {
    const store = storeOf('dkdn');
    await store.set('a', 1);
    await store.set('b', 2);
    await store.delete('a');
    expect(await redis.smembers(keys.stateKeys('dkdn'))).toEqual([keys.state('dkdn', 'b')]);
    await store.clear();
    expect(await store.get('b')).toBeUndefined();
  });

  it('writes after a clear are registered again', async () => {
    const store = storeOf('hotich');
    await store.set('x', 1);
    await store.clear();
    await store.set('x', 2);
    await store.clear();
    expect(await store.get('x')).toBeUndefined();
  });
});
