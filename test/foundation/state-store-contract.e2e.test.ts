import Redis from 'ioredis';
import { RedisKeys } from '../../src/store/keys';
import { RedisStateStore } from '../../src/store/redis-state-store';
import { TEST_REDIS_URL, uniquePrefix, wipePrefix } from '../support/redis';
import { runStateStoreContract } from '../support/state-store-contract';

const prefix = uniquePrefix('state-contract');
const redis = new Redis(TEST_REDIS_URL);
let serial = 0;

afterAll(async () => {
  redis.disconnect();
  await wipePrefix(prefix);
});

// Each test gets a service of its own, so it starts from an empty store.
runStateStoreContract('RedisStateStore', () => new RedisStateStore(redis, new RedisKeys(prefix), `svc${++serial}`));
