import Redis from 'ioredis';
import { FakeClock } from '../../src/core/fakes/fake-clock';
import { SimKeys } from '../../src/sim/sim-keys';
import { RedisKeys } from '../../src/store/keys';
import { RedisJournal } from '../../src/store/redis-journal';
import { RedisMessageStore } from '../../src/store/redis-message-store';
import { runMessageStoreContract } from '../support/message-store-contract';
import { TEST_REDIS_URL, uniquePrefix, wipePrefix } from '../support/redis';

const prefix = uniquePrefix('message-contract');
const redis = new Redis(TEST_REDIS_URL);
let serial = 0;

afterAll(async () => {
  redis.disconnect();
  await wipePrefix(prefix);
});

// Each test gets a prefix of its own, so it starts from an empty store.
runMessageStoreContract('RedisMessageStore', () => {
  const own = `${prefix}:${++serial}`;
  const keys = new RedisKeys(own);
  const simVersionKey = new SimKeys(own).version();
  const clock = new FakeClock('2026-01-15T09:00:00.000Z');
  const store = new RedisMessageStore(redis, keys, clock, 3600, { journalMaxEntries: 100, simVersionKey });
  return {
    store,
    journal: new RedisJournal(redis, keys, 100),
    clock,
    bumpVersion: async () => String(await redis.incr(simVersionKey)),
    issueToken: async () => {
      const token = `token-${++serial}`;
      await redis.set(keys.token(token), '{}', 'EX', 60);
      return token;
    },
    revokeToken: async (token: string) => void (await redis.del(keys.token(token))),
  };
});
