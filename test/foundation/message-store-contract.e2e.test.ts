import Redis from 'ioredis';
import { ServiceUnavailableError } from '../../src/core/errors';
import { FakeClock } from '../../src/core/fakes/fake-clock';
import { SimKeys } from '../../src/sim/sim-keys';
import { RedisKeys } from '../../src/store/keys';
import { RedisJournal } from '../../src/store/redis-journal';
import { RedisMessageStore } from '../../src/store/redis-message-store';
import { record, runMessageStoreContract } from '../support/message-store-contract';
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

// The gateway's store takes a deadline (REDIS_COMMAND_TIMEOUT_MS): Redis writes a new record only
// until then, so a request that gave up waiting (Redis paused) never leaves its record behind.
describe('RedisMessageStore with a create deadline', () => {
  const storeWith = (createDeadlineMs: number) => {
    const own = `${prefix}:deadline-${++serial}`;
    const options = { journalMaxEntries: 100, simVersionKey: new SimKeys(own).version(), createDeadlineMs };
    return new RedisMessageStore(redis, new RedisKeys(own), new FakeClock('2026-01-15T09:00:00.000Z'), 3600, options);
  };
  it('a record reaching Redis after its deadline is not written, and the create is a 503 that says so', async () => {
    const late = storeWith(-60_000);
    const creating = late.create(record('too-late'), 1000);
    await expect(creating).rejects.toBeInstanceOf(ServiceUnavailableError);
    await expect(creating).rejects.toThrow('nothing of the message was stored');
    expect(await late.get({ from: '000.00.00.H30', messageId: 'too-late' })).toBeUndefined();
    expect(await late.findById('too-late')).toEqual([]);
  });

  it('a record reaching Redis in time is written as ever', async () => {
    const store = storeWith(5000);
    expect(await store.create(record('in-time'), 1000)).toMatchObject({ created: true });
    expect(await store.get({ from: '000.00.00.H30', messageId: 'in-time' })).toMatchObject({ messageId: 'in-time', status: 'queued' });
  });
});
