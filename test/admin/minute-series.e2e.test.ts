import Redis from 'ioredis';
import { MinuteSeries, SERIES_MINUTES } from '../../src/http/admin/minute-series';
import { TEST_REDIS_URL, uniquePrefix, wipePrefix } from '../support/redis';

describe('MinuteSeries', () => {
  const prefix = uniquePrefix('minute-series');
  let redis: Redis;
  let now = Date.UTC(2026, 0, 1, 10, 30, 15);
  const series = (): MinuteSeries => new MinuteSeries(redis, prefix, () => now);

  beforeAll(() => {
    redis = new Redis(TEST_REDIS_URL);
  });
  afterAll(async () => {
    redis.disconnect();
    await wipePrefix(prefix);
  });

  it('keeps per-minute counts of the last hour per queue, oldest first, shared through Redis', async () => {
    const writer = series();
    writer.count('svc-dkdn', 'completed');
    writer.count('svc-dkdn', 'completed');
    writer.count('svc-dkdn', 'retried');
    now += 60_000;
    writer.count('svc-dkdn', 'completed');
    writer.count('cb-paygov', 'failed');
    // Counts are summed in the process and written about once a second; flush writes them now.
    await writer.flush();
    const read = await series().read();
    const dkdn = read.get('svc-dkdn');
    expect(dkdn?.completed).toHaveLength(SERIES_MINUTES);
    expect(dkdn?.completed.slice(-2)).toEqual([2, 1]);
    expect(dkdn?.retried.slice(-2)).toEqual([1, 0]);
    expect(read.get('cb-paygov')?.failed.at(-1)).toBe(1);
  });

  it('forgets minutes older than an hour', async () => {
    now += SERIES_MINUTES * 60_000;
    const read = await series().read();
    expect(read.get('svc-dkdn')).toBeUndefined();
    const ttl = await redis.ttl(`${prefix}:admin:minute:${Math.floor((now - SERIES_MINUTES * 60_000) / 60_000)}`);
    expect(ttl).toBeGreaterThan(0);
  });
});
