import Redis from 'ioredis';
import { silentLogger } from '../../src/core/logger';
import { RedisClock } from '../../src/sim/redis-clock';
import { SimKeys } from '../../src/sim/sim-keys';
import { SimSync } from '../../src/sim/sim-sync';
import { runClockContract } from '../support/clock-contract';
import { TEST_REDIS_URL, uniquePrefix, wipePrefix } from '../support/redis';

const prefix = uniquePrefix('clock-contract');
const redis = new Redis(TEST_REDIS_URL);
const syncs: SimSync[] = [];
let serial = 0;

afterAll(async () => {
  await Promise.all(syncs.map((sync) => sync.close()));
  redis.disconnect();
  await wipePrefix(prefix);
});

// Each test gets a prefix of its own, so it starts from real time. The clock runs (it is not
// frozen), as it does by default.
runClockContract('RedisClock', () => {
  const keys = new SimKeys(`${prefix}:${++serial}`);
  const sync = new SimSync(redis, keys, silentLogger);
  syncs.push(sync);
  return new RedisClock(redis, keys, sync);
});
