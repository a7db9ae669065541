import Redis from 'ioredis';

/** The Redis tests use: REDIS_URL, or the local default. */
export const TEST_REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * A key prefix of its own for each test file (and run), so files never see each other's keys. It
 * is written as the hash tag the app makes of it (`{t-…}`, see RedisKeys), so `${prefix}:journal`
 * in a test names the app's key.
 */
export function uniquePrefix(label: string): string {
  return `{t-${label}-${process.pid}-${Math.random().toString(36).slice(2, 8)}}`;
}

/** Deletes every key under `prefix` (a test file's cleanup). */
export async function wipePrefix(prefix: string, url = TEST_REDIS_URL): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 10000);
      if (keys.length) await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
