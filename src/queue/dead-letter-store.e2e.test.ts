import Redis from 'ioredis';
import { TEST_REDIS_URL, uniquePrefix, wipePrefix } from '../../test/support/redis';
import type { DeadLetter } from '../core/ports';
import { DeadLetterStore, letterId, type DeadPayload } from './dead-letter-store';

describe('DeadLetterStore retention: a letter lives as long as a message record', () => {
  const prefix = uniquePrefix('dead-letters');
  const RETENTION_MS = 60_000;
  const QUEUE = 'svc-diag';
  let redis: Redis;
  let now = Date.parse('2026-11-27T10:00:00Z');
  let store: DeadLetterStore;

  const letter = (messageId: string): DeadLetter => ({
    messageId,
    service: 'diag',
    messageType: 'diag.echo',
    queue: QUEUE,
    kind: 'service',
    attempts: 3,
    failedAt: new Date(now).toISOString(),
    reason: 'attempt 3 of 3 failed',
  });
  const payload = (messageId: string): DeadPayload => ({
    kind: 'service',
    message: { header: { messageId, messageType: 'diag.echo', from: '000.00.00.H30' }, body: {} },
  });

  beforeAll(() => {
    redis = new Redis(TEST_REDIS_URL);
    store = new DeadLetterStore(redis, prefix, RETENTION_MS, () => now);
  });
  afterAll(async () => {
    redis.disconnect();
    await wipePrefix(prefix);
  });

  it('lists, counts and hands out a letter within the retention, and none of them after it', async () => {
    await store.add(letter('old'), payload('old'));
    expect(await store.count(QUEUE)).toBe(1);
    expect((await store.list([QUEUE], 10)).map((l) => l.messageId)).toEqual(['old']);
    expect(await store.ids(QUEUE)).toEqual(['old']);

    now += RETENTION_MS + 1;
    expect(await store.count(QUEUE)).toBe(0);
    expect(await store.list([QUEUE], 10)).toEqual([]);
    expect(await store.ids(QUEUE)).toEqual([]);
    expect(await store.take(QUEUE, 'old')).toBeUndefined();
  });

  it('deletes expired letters when new ones arrive, so the structure stays bounded', async () => {
    await store.add(letter('new'), payload('new'));
    expect(await redis.zrange(`${prefix}:dlq:${QUEUE}`, '0', '-1')).toEqual(['new']);
    expect(await redis.hkeys(`${prefix}:dlq:${QUEUE}:data`)).toEqual(['new']);
    expect(await store.take(QUEUE, 'new')).toMatchObject({ letter: { messageId: 'new' }, payload: { kind: 'service' } });
    expect(await store.count(QUEUE)).toBe(0);
  });

  it('two agencies that used one messageId keep a letter each: neither overwrites the other', async () => {
    const of = (from: string): DeadLetter => ({ ...letter('shared'), from });
    await store.add(of('000.00.00.H30'), payload('shared'));
    await store.add(of('000.00.00.H56'), payload('shared'));
    const listed = (await store.list([QUEUE], 10)).filter((l) => l.messageId === 'shared');
    expect(listed.map((l) => l.from).sort()).toEqual(['000.00.00.H30', '000.00.00.H56']);
    expect((await store.take(QUEUE, letterId(of('000.00.00.H56'))))?.letter.from).toBe('000.00.00.H56');
    expect((await store.list([QUEUE], 10)).filter((l) => l.messageId === 'shared').map((l) => l.from)).toEqual(['000.00.00.H30']);
  });
});
