import Redis from 'ioredis';
import { RedisKeys } from '../../src/store/keys';
import { RedisScheduler } from '../../src/store/redis-scheduler';
import { TEST_REDIS_URL, uniquePrefix, wipePrefix } from '../support/redis';
import { runTimerStoreContract } from '../support/timer-store-contract';

const prefix = uniquePrefix('timer-contract');
const redis = new Redis(TEST_REDIS_URL);
let serial = 0;

afterAll(async () => {
  redis.disconnect();
  await wipePrefix(prefix);
});

// Each test gets a prefix of its own, so it starts from an empty store.
runTimerStoreContract('RedisScheduler', () => new RedisScheduler(redis, new RedisKeys(`${prefix}:${++serial}`)));
