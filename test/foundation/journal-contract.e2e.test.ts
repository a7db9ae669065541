import Redis from 'ioredis';
import { RedisKeys } from '../../src/store/keys';
import { RedisJournal } from '../../src/store/redis-journal';
import { runJournalContract } from '../support/journal-contract';
import { TEST_REDIS_URL, uniquePrefix, wipePrefix } from '../support/redis';

const prefix = uniquePrefix('journal-contract');
const redis = new Redis(TEST_REDIS_URL);
let serial = 0;

afterAll(async () => {
  redis.disconnect();
  await wipePrefix(prefix);
});

// Each test gets a prefix of its own, so it starts from an empty journal.
runJournalContract('RedisJournal', (maxEntries) => new RedisJournal(redis, new RedisKeys(`${prefix}:${++serial}`), maxEntries));
