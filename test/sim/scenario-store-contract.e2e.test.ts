import Redis from 'ioredis';
import { RedisScenarioStore } from '../../src/sim/redis-scenario-store';
import { SimKeys } from '../../src/sim/sim-keys';
import { TEST_REDIS_URL, uniquePrefix, wipePrefix } from '../support/redis';
import { runScenarioStoreContract } from '../support/scenario-store-contract';

const prefix = uniquePrefix('scenario-contract');
const redis = new Redis(TEST_REDIS_URL);
let serial = 0;

afterAll(async () => {
  redis.disconnect();
  await wipePrefix(prefix);
});

// Each test gets a prefix of its own, so it starts from an empty store.
runScenarioStoreContract('RedisScenarioStore', () => new RedisScenarioStore(redis, new SimKeys(`${prefix}:${++serial}`)));
